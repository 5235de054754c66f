package vn.ocop.rules.facts;

import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule concluded about one product: the only fact rules insert. The static factories take the
 * rule context ({@code drools} in a consequence), so the rule's {@code @id} and {@code @legal}
 * metadata travel with the finding and a rule author cannot misquote them:
 *
 * <pre>
 * rule "148.band.4" @id("148.band.4") @legal("Quyết định 148/QĐ-TTg, Phụ lục III")
 * when ... $c : Candidate(...)
 * then insert(Finding.band(drools, $c, 4, "…", "…"));
 * end
 * </pre>
 *
 * @param productId the product
 * @param kind what the finding says
 * @param stars the stars it names (band, cap, stars, decision), or 0
 * @param forwardTo the council level a {@link FindingKind#FORWARD} sends the product to, else {@code ""}
 * @param ruleId the rule's {@code @id}
 * @param rulePackage the DRL package of the rule
 * @param legal the rule's {@code @legal} reference ({@code ""} where no law sets it)
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
public record Finding(
    String productId,
    FindingKind kind,
    int stars,
    String forwardTo,
    String ruleId,
    String rulePackage,
    String legal,
    String messageVi,
    String messageEn) {

  private static final Set<String> LEVELS = Set.of("DISTRICT", "PROVINCE", "CENTRAL");

  /**
   * Checks the components.
   *
   * @param productId the product
   * @param kind what the finding says
   * @param stars the stars it names (band, cap, stars, decision), or 0
   * @param forwardTo the council level a {@link FindingKind#FORWARD} sends the product to, else {@code ""}
   * @param ruleId the rule's {@code @id}
   * @param rulePackage the DRL package of the rule
   * @param legal the rule's {@code @legal} reference ({@code ""} where no law sets it)
   * @param messageVi the message in Vietnamese
   * @param messageEn the message in English
   * @throws vn.ocop.NullArgumentException if a component other than {@code rulePackage} or {@code legal} is null
   * @throws IllegalArgumentException if {@code stars} is outside 0 to 5, or a {@link FindingKind#FORWARD} names a
   *     level other than {@code DISTRICT}, {@code PROVINCE} or {@code CENTRAL}
   */
  public Finding {
    vn.ocop.NullArgumentException.check(productId, "productId");
    vn.ocop.NullArgumentException.check(kind, "kind");
    vn.ocop.NullArgumentException.check(forwardTo, "forwardTo");
    vn.ocop.NullArgumentException.check(ruleId, "ruleId");
    vn.ocop.NullArgumentException.check(messageVi, "messageVi");
    vn.ocop.NullArgumentException.check(messageEn, "messageEn");
    if (stars < 0 || stars > 5) {
      throw new IllegalArgumentException("Rule " + ruleId + " gives " + stars + " stars; stars are 1 to 5");
    }
    if (kind == FindingKind.FORWARD && !LEVELS.contains(forwardTo)) {
      throw new IllegalArgumentException("Rule " + ruleId + " forwards to '" + forwardTo
          + "'; use DISTRICT, PROVINCE or CENTRAL");
    }
  }

  /**
   * A value written the Vietnamese way, for the Vietnamese message of a finding: a decimal with a
   * comma ({@code 74,50}), a date as dd/MM/yyyy ({@code 20/05/2020}); anything else as it prints.
   *
   * @param value a {@code BigDecimal}, a {@code LocalDate} or any other value (may be null)
   * @return the value as text for a Vietnamese message ({@code "null"} for null)
   */
  public static String vi(Object value) {
    if (value instanceof java.math.BigDecimal d) {
      return d.toPlainString().replace('.', ',');
    }
    if (value instanceof java.time.LocalDate d) {
      return d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
    return String.valueOf(value);
  }

  /** {@link #bandVi}'s wording naming the score, each threshold with the pack that set it, and the rounding (1048, 148). */
  public static final String BAND_WORDING_SOURCES = "score-with-sources";
  /** {@link #bandVi}'s wording naming the members' mean and the thresholds (26/2026, Article 3.3). */
  public static final String BAND_WORDING_MEAN = "mean-score";

  /**
   * The Vietnamese message of the shared band rule ({@code vn/ocop/rules/national/bands.drl}): which
   * band a score is in, between the thresholds in force.
   *
   * @param wording {@value #BAND_WORDING_SOURCES} or {@value #BAND_WORDING_MEAN}
   * @param score the product's score
   * @param stars the band, 1 to 5
   * @param lo the band's least score, or null for 1★
   * @param loSource the pack that set {@code lo}, or null
   * @param hi the next band's least score, or null for 5★
   * @param hiSource the pack that set {@code hi}, or null
   * @param rounding the parameter {@code band.rounding} in force
   * @return e.g. {@code Điểm 74,50 thuộc khung 4 sao (từ 70 [national/148@2023.1] đến dưới 90 [...] điểm; làm tròn: none)}
   */
  public static String bandVi(String wording, Object score, int stars, Object lo, String loSource, Object hi,
      String hiSource, String rounding) {
    boolean sources = !BAND_WORDING_MEAN.equals(wording);
    String from = lo == null ? "" : "từ " + vi(lo) + (sources ? " [" + loSource + "]" : "");
    String below = hi == null ? "" : (lo == null ? "dưới " : " đến dưới ") + vi(hi) + (sources ? " [" + hiSource + "]" : "");
    return (sources ? "Điểm " : "Điểm trung bình ") + vi(score) + " thuộc khung " + stars + " sao (" + from + below + " điểm"
        + (sources ? "; làm tròn: " + rounding : "") + ")";
  }

  /**
   * The English message of the shared band rule; see {@link #bandVi}.
   *
   * @param wording {@value #BAND_WORDING_SOURCES} or {@value #BAND_WORDING_MEAN}
   * @param score the product's score
   * @param stars the band, 1 to 5
   * @param lo the band's least score, or null for 1★
   * @param loSource the pack that set {@code lo}, or null
   * @param hi the next band's least score, or null for 5★
   * @param hiSource the pack that set {@code hi}, or null
   * @param rounding the parameter {@code band.rounding} in force
   * @return e.g. {@code Score 74.50 is in the 4★ band (from 70 [national/148@2023.1] to below 90 [...]; rounding: none)}
   */
  public static String bandEn(String wording, Object score, int stars, Object lo, String loSource, Object hi,
      String hiSource, String rounding) {
    boolean sources = !BAND_WORDING_MEAN.equals(wording);
    String from = lo == null ? "" : "from " + lo + (sources ? " [" + loSource + "]" : "");
    String below = hi == null ? "" : (lo == null ? "below " : " to below ") + hi + (sources ? " [" + hiSource + "]" : "");
    return (sources ? "Score " : "Mean score ") + score + " is in the " + stars + "★ band (" + from + below
        + (sources ? "; rounding: " + rounding : " points") + ")";
  }

  /**
   * The star band a product's score falls in.
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param c the product
   * @param stars the band (1 to 5)
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return a {@link FindingKind#BAND} finding
   */
  public static Finding band(RuleContext drools, Candidate c, int stars, String vi, String en) {
    return of(drools, c.productId(), FindingKind.BAND, stars, "", vi, en);
  }

  /**
   * A missed gate: the stars are capped at the gate's level minus one.
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param miss the missed gate
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return a {@link FindingKind#CAP} finding with {@code miss.level() - 1} stars
   */
  public static Finding cap(RuleContext drools, GateMiss miss, String vi, String en) {
    return of(drools, miss.productId(), FindingKind.CAP, miss.level() - 1, "", vi, en);
  }

  /**
   * The stars a product reaches.
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param c the product
   * @param stars the stars (1 to 5)
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return a {@link FindingKind#STARS} finding
   */
  public static Finding stars(RuleContext drools, Candidate c, int stars, String vi, String en) {
    return of(drools, c.productId(), FindingKind.STARS, stars, "", vi, en);
  }

  /**
   * The product may not be ranked.
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param c the product
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return an {@link FindingKind#INELIGIBLE} finding (0 stars)
   */
  public static Finding ineligible(RuleContext drools, Candidate c, String vi, String en) {
    return of(drools, c.productId(), FindingKind.INELIGIBLE, 0, "", vi, en);
  }

  /**
   * The council must score the product again.
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param c the product
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return a {@link FindingKind#RESCORE} finding (0 stars)
   */
  public static Finding rescore(RuleContext drools, Candidate c, String vi, String en) {
    return of(drools, c.productId(), FindingKind.RESCORE, 0, "", vi, en);
  }

  /**
   * The council's level certifies the product at {@code stars} (3 to 5).
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param c the product
   * @param stars the certified stars, 3 to 5
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return a {@link FindingKind#CERTIFY} finding
   * @throws IllegalArgumentException if {@code stars} is below 3 (or above 5)
   */
  public static Finding certify(RuleContext drools, Candidate c, int stars, String vi, String en) {
    if (stars < 3) {
      throw new IllegalArgumentException("Rule " + ruleId(drools) + " certifies " + c.productId() + " at " + stars
          + "★; certificates start at 3★");
    }
    return of(drools, c.productId(), FindingKind.CERTIFY, stars, "", vi, en);
  }

  /**
   * The product goes up to {@code level} ({@code PROVINCE} or {@code CENTRAL}) with the stars found.
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param c the product
   * @param level the council level the product goes to: {@code DISTRICT}, {@code PROVINCE} or {@code CENTRAL}
   * @param stars the stars found at this council
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return a {@link FindingKind#FORWARD} finding
   * @throws IllegalArgumentException if {@code level} is not one of the three levels
   */
  public static Finding forward(RuleContext drools, Candidate c, String level, int stars, String vi, String en) {
    return of(drools, c.productId(), FindingKind.FORWARD, stars, level, vi, en);
  }

  /**
   * No certificate at this council; {@code stars} are the stars found.
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param c the product
   * @param stars the stars found (0 to 5)
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return a {@link FindingKind#NOT_ACHIEVED} finding
   */
  public static Finding notAchieved(RuleContext drools, Candidate c, int stars, String vi, String en) {
    return of(drools, c.productId(), FindingKind.NOT_ACHIEVED, stars, "", vi, en);
  }

  /**
   * A remark that does not change the outcome.
   *
   * @param drools the rule context ({@code drools} in the consequence), naming the rule
   * @param c the product
   * @param vi the message in Vietnamese
   * @param en the message in English
   * @return a {@link FindingKind#NOTE} finding (0 stars)
   */
  public static Finding note(RuleContext drools, Candidate c, String vi, String en) {
    return of(drools, c.productId(), FindingKind.NOTE, 0, "", vi, en);
  }

  private static Finding of(RuleContext drools, String productId, FindingKind kind, int stars, String forwardTo,
      String vi, String en) {
    Rule rule = drools.getRule();
    Map<String, Object> meta = rule.getMetaData();
    Object legal = meta.get("legal");
    return new Finding(productId, kind, stars, forwardTo, ruleId(drools), rule.getPackageName(),
        legal == null ? "" : legal.toString(), vi, en);
  }

  private static String ruleId(RuleContext drools) {
    Object id = drools.getRule().getMetaData().get("id");
    return id == null ? drools.getRule().getName() : id.toString();
  }
}
