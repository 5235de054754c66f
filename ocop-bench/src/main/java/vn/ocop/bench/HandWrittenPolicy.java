package vn.ocop.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.catalog.Catalogue;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.DossierItem;
import vn.ocop.rules.RuleBook;
import vn.ocop.rules.facts.Candidate;
import vn.ocop.rules.facts.Dossier;
import vn.ocop.rules.facts.Finding;
import vn.ocop.rules.facts.GateMiss;
import vn.ocop.scoring.GateCheck;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/**
 * The decisions of the bundled pack {@code national/148} written by hand in Java, with the same
 * reasons word for word: the benchmarks' second baseline, what deciding costs without a rule engine.
 * {@code HandWrittenPolicyTest} proves it gives the same outcomes as the rule book on a generated
 * round. It covers {@code national/148} alone (no province pack, no removed rules); the parameters
 * (bands, rounding, gate judgement, eligibility and dossier lists) and their sources are read from the
 * rule book, so a bench run measures exactly what the book decides.
 */
public final class HandWrittenPolicy implements EvaluationPolicy {
  private static final String AUTHORITY = "Quyết định 148/QĐ-TTg, Phụ lục II (quy trình đánh giá, phân hạng; thẩm quyền công nhận)";
  private static final String BANDS = "Quyết định 148/QĐ-TTg, Bộ tiêu chí đánh giá, phân hạng (phân hạng 05 hạng theo tổng điểm)";
  private static final String GATES = "Quyết định 148/QĐ-TTg, Phụ lục III (phiếu đánh giá: yêu cầu tối thiểu theo hạng sao ***, ****, *****)";
  private static final String KIND = "Quyết định 148/QĐ-TTg, Điều 1, đối tượng áp dụng";
  private static final String REGISTRATION = "Quyết định 148/QĐ-TTg, Điều 1, đối tượng áp dụng (hộ sản xuất có đăng ký kinh doanh)";
  private static final String DOSSIER = "Quyết định 148/QĐ-TTg, Phụ lục II, hồ sơ đánh giá, phân hạng";
  private static final String SAMPLES = "Quyết định 148/QĐ-TTg, Phụ lục II, hồ sơ đánh giá, phân hạng (sản phẩm mẫu, trừ dịch vụ)";
  private static final String FOOD = "Quyết định 148/QĐ-TTg, Phụ lục II, hồ sơ đánh giá, phân hạng (an toàn thực phẩm)";
  private static final String UNSCORED = "Quyết định 148/QĐ-TTg, Phụ lục II, chấm điểm của thành viên hội đồng";

  private static final Comparator<Reason> ORDER = Comparator.comparingInt(HandWrittenPolicy::stage)
      .thenComparing(Reason::ruleId).thenComparing(Reason::messageEn).thenComparing(Reason::messageVi);

  private final String pack;
  private final String description;
  private final GateJudgement judgement;
  private final String rounding;
  private final BigDecimal[] band = new BigDecimal[6];
  private final String[] bandSource = new String[6];
  private final Set<String> kinds;
  private final List<String> required;
  private final Set<Integer> noSamplesGroups;
  private final Set<Integer> foodGroups;

  /**
   * The hand-written twin of {@code book}.
   *
   * @throws IllegalArgumentException if the book is not {@code national/148} alone
   */
  public HandWrittenPolicy(RuleBook book) {
    if (book.packs().size() != 1 || !book.packs().get(0).id().equals("national/148")) {
      throw new IllegalArgumentException("The hand-written policy covers national/148 alone, not " + book.description());
    }
    this.pack = book.packs().get(0).ref();
    this.description = book.description();
    this.judgement = book.gateJudgement();
    Map<String, String> p = book.parameters();
    Map<String, String> src = book.parameterSources();
    this.rounding = p.get("band.rounding").trim();
    for (int s = 2; s <= 5; s++) {
      band[s] = new BigDecimal(p.get("band." + s).trim());
      bandSource[s] = src.get("band." + s);
    }
    this.kinds = Set.copyOf(list(p.get("eligibility.kinds")));
    this.required = list(p.get("dossier.required"));
    this.noSamplesGroups = integers(p.get("dossier.no-samples-groups"));
    this.foodGroups = integers(p.get("dossier.food-safety-groups"));
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Outcome> decide(ScoredRound round) {
    Catalogue catalogue = round.catalogue();
    String level = round.round().level().name();
    List<Outcome> outcomes = new ArrayList<>(round.sheets().size());
    for (ScoreSheet sheet : round.sheets()) {
      outcomes.add(decide(sheet, catalogue, level));
    }
    return outcomes;
  }

  private Outcome decide(ScoreSheet sheet, Catalogue catalogue, String level) {
    var product = sheet.product();
    String id = product.id();
    List<Reason> reasons = new ArrayList<>();
    Outcome.Builder outcome = Outcome.builder().productId(id);

    // Eligibility (salience 200).
    String kind = product.producer().kind().name();
    if (!kinds.contains(kind)) {
      reasons.add(reason("148.eligibility.kind", KIND,
          "Loại chủ thể " + kind + " không thuộc đối tượng của Chương trình OCOP",
          "Producer kind " + kind + " is not admitted to the OCOP programme"));
    }
    if (!product.producer().isRegistered()) {
      reasons.add(reason("148.eligibility.registration", REGISTRATION,
          "Chủ thể chưa có đăng ký kinh doanh: hộ sản xuất phải có đăng ký kinh doanh mới được tham gia",
          "The producer has no business registration: a household needs one to enter"));
    }
    Set<DossierItem> dossier = sheet.submission().dossier();
    for (String item : required) {
      if (!dossier.contains(DossierItem.valueOf(item))) {
        reasons.add(reason("148.dossier.required", DOSSIER, "Hồ sơ thiếu: " + Dossier.nameVi(item),
            "The dossier lacks: " + Dossier.nameEn(item)));
      }
    }
    int group = catalogue.groupOf(sheet.productSet()).number();
    if (!noSamplesGroups.contains(group) && !dossier.contains(DossierItem.PRODUCT_SAMPLES)) {
      reasons.add(reason("148.dossier.samples", SAMPLES,
          "Hồ sơ thiếu: " + Dossier.nameVi("PRODUCT_SAMPLES") + " (chỉ sản phẩm dịch vụ không cần mẫu)",
          "The dossier lacks: " + Dossier.nameEn("PRODUCT_SAMPLES") + " (only services need none)"));
    }
    if (foodGroups.contains(group) && !dossier.contains(DossierItem.FOOD_SAFETY_EVIDENCE)) {
      reasons.add(reason("148.dossier.food-safety", FOOD,
          "Hồ sơ thiếu: " + Dossier.nameVi("FOOD_SAFETY_EVIDENCE") + " (bắt buộc với thực phẩm và đồ uống)",
          "The dossier lacks: " + Dossier.nameEn("FOOD_SAFETY_EVIDENCE") + " (required for food and drink)"));
    }
    if (!reasons.isEmpty()) {
      return finish(sheet, outcome.decision(Decision.INELIGIBLE), reasons);
    }
    if (!sheet.isScored()) {
      reasons.add(reason("148.unscored", UNSCORED, "Sản phẩm chưa được thành viên hội đồng nào chấm điểm",
          "No council member has scored the product"));
      return finish(sheet, outcome.decision(Decision.RETURNED_FOR_RESCORING), reasons);
    }

    // Band (salience 100).
    BigDecimal score = sheet.score();
    BigDecimal bandScore = Candidate.bandScore(score, rounding);
    int stars = 1;
    for (int s = 2; s <= 5; s++) {
      if (bandScore.compareTo(band[s]) >= 0) {
        stars = s;
      }
    }
    reasons.add(bandReason(stars, score));

    // Gates (salience 90): every missed gate at the band's level or below caps the stars.
    int capped = stars;
    for (GateMiss miss : gateMisses(sheet)) {
      if (miss.level() <= stars) {
        reasons.add(reason("148.gate.cap", GATES,
            "Chưa đạt yêu cầu tối thiểu của hạng " + miss.level() + " sao: " + miss.describeVi() + "; hạng tối đa "
                + (miss.level() - 1) + " sao",
            "Misses a " + miss.level() + "★ minimum requirement: " + miss.describeEn() + "; at most "
                + (miss.level() - 1) + "★"));
        capped = Math.min(capped, miss.level() - 1);
      }
    }
    if (stars >= 3 && !sheet.granularity().name().equals("OPTION_LEVEL")) {
      reasons.add(reason("148.gate.not-checked", GATES,
          "Chỉ có điểm theo phần (A, B, C): chưa kiểm tra được yêu cầu tối thiểu theo hạng sao",
          "Only part-level scores are known: star gates (minimum requirements) were not checked"));
    }

    // Stars (salience 80).
    if (capped == stars) {
      reasons.add(reason("148.stars.band", GATES, "Xếp hạng " + stars + " sao", "Ranked " + stars + "★"));
    } else {
      reasons.add(reason("148.stars.capped", GATES,
          "Xếp hạng " + capped + " sao: khung điểm " + stars + " sao nhưng chưa đạt yêu cầu tối thiểu của hạng "
              + (capped + 1) + " sao",
          "Ranked " + capped + "★: the score is in the " + stars + "★ band but a " + (capped + 1)
              + "★ minimum requirement is missed"));
    }
    int s = capped;

    // Authority (salience 50).
    if (s < 3) {
      reasons.add(reason("148.authority.not-achieved", AUTHORITY,
          "Đạt " + s + " sao, dưới 3 sao: không được công nhận sản phẩm OCOP; chủ thể có thể hoàn thiện và đăng ký lại",
          "Reaches " + s + "★, below 3★: no OCOP certificate; the producer may improve the product and come back"));
      outcome.decision(Decision.NOT_ACHIEVED);
    } else if (level.equals("DISTRICT")) {
      if (s == 3) {
        reasons.add(reason("148.authority.district.certify-3", AUTHORITY,
            "Hội đồng cấp huyện công nhận sản phẩm đạt 3 sao", "The district council certifies the product at 3★"));
        outcome.decision(Decision.CERTIFY);
      } else {
        reasons.add(reason("148.authority.district.forward", AUTHORITY,
            "Đạt từ 70 điểm (" + s + " sao): chuyển Hội đồng cấp tỉnh đánh giá, phân hạng",
            "Reaches 70 points or more (" + s + "★): forwarded to the provincial council"));
        outcome.decision(Decision.FORWARD).forwardTo(CouncilLevel.PROVINCE);
      }
    } else if (level.equals("PROVINCE")) {
      if (s == 4) {
        reasons.add(reason("148.authority.province.certify-4", AUTHORITY,
            "Hội đồng cấp tỉnh công nhận sản phẩm đạt 4 sao", "The provincial council certifies the product at 4★"));
        outcome.decision(Decision.CERTIFY);
      } else if (s == 3) {
        reasons.add(reason("148.authority.province.below-4", AUTHORITY,
            "Đạt 3 sao: theo Quyết định 148, sản phẩm 3 sao do cấp huyện công nhận, Hội đồng cấp tỉnh chỉ công nhận 4 sao",
            "Reaches 3★: under Decision 148 the district certifies 3★; the provincial council certifies 4★ only"));
        outcome.decision(Decision.NOT_ACHIEVED);
      } else {
        reasons.add(reason("148.authority.province.forward", AUTHORITY,
            "Đạt từ 90 điểm (5 sao): chuyển Hội đồng cấp trung ương đánh giá, công nhận 5 sao",
            "Reaches 90 points or more (5★): forwarded to the central council, which certifies 5★"));
        outcome.decision(Decision.FORWARD).forwardTo(CouncilLevel.CENTRAL);
      }
    } else {
      if (s == 5) {
        reasons.add(reason("148.authority.central.certify-5", AUTHORITY,
            "Hội đồng cấp trung ương công nhận sản phẩm đạt 5 sao", "The central council certifies the product at 5★"));
        outcome.decision(Decision.CERTIFY);
      } else {
        reasons.add(reason("148.authority.central.below-5", AUTHORITY,
            "Đạt " + s + " sao: Hội đồng cấp trung ương chỉ công nhận 5 sao; chứng nhận cấp dưới (nếu có) vẫn giữ nguyên",
            "Reaches " + s + "★: the central council certifies 5★ only; a lower level's certificate, if any, stands"));
        outcome.decision(Decision.NOT_ACHIEVED);
      }
    }
    outcome.stars(StarRating.of(s));
    return finish(sheet, outcome, reasons);
  }

  private Reason bandReason(int stars, BigDecimal score) {
    String r = rounding;
    String vi;
    String en;
    if (stars == 1) {
      BigDecimal hi = band[2];
      vi = "Điểm " + Finding.vi(score) + " thuộc khung 1 sao (dưới " + Finding.vi(hi) + " [" + bandSource[2]
          + "] điểm; làm tròn: " + r + ")";
      en = "Score " + score + " is in the 1★ band (below " + hi + " [" + bandSource[2] + "]; rounding: " + r + ")";
    } else if (stars == 5) {
      BigDecimal lo = band[5];
      vi = "Điểm " + Finding.vi(score) + " thuộc khung 5 sao (từ " + Finding.vi(lo) + " [" + bandSource[5]
          + "] điểm; làm tròn: " + r + ")";
      en = "Score " + score + " is in the 5★ band (from " + lo + " [" + bandSource[5] + "]; rounding: " + r + ")";
    } else {
      BigDecimal lo = band[stars];
      BigDecimal hi = band[stars + 1];
      vi = "Điểm " + Finding.vi(score) + " thuộc khung " + stars + " sao (từ " + Finding.vi(lo) + " ["
          + bandSource[stars] + "] đến dưới " + Finding.vi(hi) + " [" + bandSource[stars + 1] + "] điểm; làm tròn: "
          + r + ")";
      en = "Score " + score + " is in the " + stars + "★ band (from " + lo + " [" + bandSource[stars]
          + "] to below " + hi + " [" + bandSource[stars + 1] + "]; rounding: " + r + ")";
    }
    return reason("148.band." + stars, BANDS, vi, en);
  }

  /** Every missed gate of levels 3★–5★, once per criterion and gate level (as the rule book's facts). */
  private List<GateMiss> gateMisses(ScoreSheet sheet) {
    List<GateMiss> misses = new ArrayList<>();
    for (GateCheck c : sheet.missedGates(judgement)) {
      misses.add(new GateMiss(sheet.product().id(), c.level().stars(), c.criterion().key(), c.criterion().title(),
          c.requiredOption().key(), c.requiredOption().text(), c.requiredPoints(), c.meanPoints(), c.membersMeeting(),
          c.members(), judgement.name()));
    }
    return misses;
  }

  private Outcome finish(ScoreSheet sheet, Outcome.Builder outcome, List<Reason> reasons) {
    reasons.sort(ORDER);
    // the library's last reason: which law judged the product and why (as RuleBook adds it)
    vn.ocop.law.ApplicableLaw law = sheet.law();
    reasons.add(new Reason(vn.ocop.rules.RuleBook.LAW_RULE_ID, pack, "Luật áp dụng: " + law.explanationVi(),
        "Law applied: " + law.explanationEn(), law.basis().toString()));
    return outcome.addAllReasons(reasons).build();
  }

  private Reason reason(String ruleId, String legal, String vi, String en) {
    return new Reason(ruleId, pack, vi, en, legal);
  }

  private static int stage(Reason r) {
    String id = r.ruleId();
    if (id.startsWith("148.eligibility.") || id.startsWith("148.dossier.")) {
      return 1;
    } else if (id.equals("148.unscored")) {
      return 2;
    } else if (id.startsWith("148.band.")) {
      return 3;
    } else if (id.equals("148.gate.cap")) {
      return 4;
    } else if (id.startsWith("148.stars.")) {
      return 5;
    } else if (id.startsWith("148.authority.")) {
      return 6;
    }
    return 7;
  }

  private static List<String> list(String value) {
    List<String> out = new ArrayList<>();
    for (String s : value.split(",")) {
      if (!s.trim().isEmpty()) {
        out.add(s.trim());
      }
    }
    return List.copyOf(out);
  }

  private static Set<Integer> integers(String value) {
    Set<Integer> out = new HashSet<>();
    for (String s : list(value)) {
      out.add(Integer.valueOf(s));
    }
    return Set.copyOf(out);
  }

  @Override
  public String toString() {
    return "HandWrittenPolicy[" + description + "]";
  }
}
