package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.DossierItem;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;
import vn.ocop.scoring.ScoredRound;

/**
 * Deciding a round in slices of products ({@link RuleBook#SLICE}) gives exactly the outcomes of one
 * session over the whole round, for every bundled book; books whose rules look across products, and
 * rules that insert a finding about another product, are decided in one session.
 */
class SlicedDecideTest {

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource({
      "kien-giang, DISTRICT, 2024-06-14",
      "kien-giang, PROVINCE, 2024-06-14",
      "lam-dong, PROVINCE, 2026-06-15",
      "quang-nam, DISTRICT, 2023-05-10",
      "quang-nam, PROVINCE, 2021-06-10",
      "ha-tinh, PROVINCE, 2019-10-10",
      "tay-ninh, PROVINCE, 2024-06-14",
      "an-giang, PROVINCE, 2020-08-20",
      "an-giang, PROVINCE, 2025-08-20",
      "lam-dong, PROVINCE, 2024-06-25",
  })
  void slicesGiveTheOutcomesOfOneSession(String province, CouncilLevel level, LocalDate date) {
    ScoredRound scored = Ocop.score(round(province, level, date, 61));
    RuleBook book = RuleBooks.bundled().forRound(scored.round());

    List<Outcome> whole = book.decide(scored, Integer.MAX_VALUE);
    List<Outcome> sliced = book.decide(scored, 7);

    assertThat(sliced).isEqualTo(whole);
    assertThat(book.decide(scored)).isEqualTo(whole);
    assertThat(whole.stream().map(Outcome::decision).distinct().count()).as("decisions the round reaches")
        .isGreaterThan(1);
  }

  /**
   * Every reason names its pack as {@code id@version}; a round's reasons share one text per pack rather
   * than each holding its own (what a national round's outcomes keep live, docs/performance.md).
   */
  @Test
  void reasonsOfOnePackShareItsName() {
    ScoredRound scored = Ocop.score(round("kien-giang", CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 14), 30));
    RuleBook book = RuleBooks.bundled().forRound(scored.round());
    java.util.Map<String, String> first = new java.util.HashMap<>();
    int reasons = 0;
    for (Outcome o : book.decide(scored)) {
      for (Reason r : o.reasons()) {
        assertThat(r.pack()).as(r.ruleId()).isSameAs(first.computeIfAbsent(r.pack(), k -> r.pack()));
        reasons++;
      }
    }
    assertThat(first.keySet()).contains("national/148@2023.1");
    assertThat(reasons).isGreaterThan(60);
  }

  @Test
  void theBundledNationalPacksAreProductLocalAndTheDistrictCountIsNot() {
    RuleBooks bundled = RuleBooks.bundled();
    for (String law : List.of("2019-10-10", "2024-06-14", "2025-08-20", "2026-06-15")) {
      LocalDate date = LocalDate.parse(law);
      assertThat(ProductLocality.firstNonLocalRule(bundled.resolve("lam-dong", date))).as(law).isEmpty();
      assertThat(ProductLocality.firstNonLocalRule(bundled.resolve("kien-giang", date))).as(law).isEmpty();
    }
    // an-giang asks for a least number of products per district: a count over the round's candidates
    assertThat(ProductLocality.firstNonLocalRule(bundled.resolve("an-giang", LocalDate.of(2020, 8, 20))))
        .hasValueSatisfying(rule -> assertThat(rule).endsWith("province.min-products-per-district"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // two products in one match
      "$a : Candidate() | $b : Candidate(productId != $a.productId)",
      // bound, but to the wrong field
      "$a : Candidate($d : district) | $b : Candidate(productId == $d)",
      // a negation over every product of the round
      "RoundFact() | not Candidate(score > 95)",
      "$a : Candidate() | not Finding(kind == FindingKind.CERTIFY)",
      "$a : Candidate() | exists GateMiss(level == 5)",
      // a count over the round
      "$a : Candidate() | Number() from accumulate(Candidate(), count(1))",
      "$a : Candidate() | java.util.List() from collect(Finding(kind == FindingKind.BAND))",
      // no product at all: would fire once per slice
      "RoundFact() | Param(key == \"band.5\")",
      // a negation before the product it could name
      "not Finding(kind == FindingKind.INELIGIBLE) | $a : Candidate()",
      // either of two products
      "$a : Candidate() | (Finding(productId == $a.productId) or GateMiss())",
      // an unknown fact type: may match any fact
      "$a : Candidate() | Object()",
  })
  void rulesThatLookAcrossProductsAreNotProductLocal(String first, String second) {
    assertThat(ProductLocality.firstNonLocalRule(drl(first + "\n  " + second))).hasValue("x");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "$c : Candidate() | Param(key == \"band.5\", $v : decimal)",
      "Finding(kind == FindingKind.BAND, $id : productId) | $c : Candidate(productId == $id)",
      "$c : Candidate($id : productId) | not Finding($id == productId, kind == FindingKind.INELIGIBLE)",
      "$c : Candidate() | exists GateMiss(productId == $c.productId, level == 4)",
      "$c : Candidate($id : productId) | Number() from accumulate(Finding(kind == FindingKind.CAP, productId == $id, $x : stars), min($x))",
      "$c : Candidate($items : dossier) | String(this == \"FOOD_SAFETY_EVIDENCE\") from $items",
  })
  void rulesAboutOneProductAreProductLocal(String first, String second) {
    assertThat(ProductLocality.firstNonLocalRule(drl(first + "\n  " + second))).isEmpty();
  }

  @Test
  void aRuleWhoseAttributesActAcrossTheSessionIsNotProductLocal() {
    String rule = """
        package test.locality;
        import vn.ocop.rules.facts.*;
        rule "x"
          @id("x") @legal("")
          %s
        when
          $c : Candidate()
        then
        end
        """;
    assertThat(ProductLocality.firstNonLocalRule(rule.formatted("activation-group \"one\""))).hasValue("x");
    assertThat(ProductLocality.firstNonLocalRule(rule.formatted("ruleflow-group \"g\" auto-focus true"))).hasValue("x");
    assertThat(ProductLocality.firstNonLocalRule(rule.formatted("salience 10 no-loop true"))).isEmpty();
  }

  @Test
  void aFileThatDoesNotParseIsNotProductLocal() {
    assertThat(ProductLocality.firstNonLocalRule("rule \"x\" when $c : Candidate( then end")).isPresent();
  }

  @Test
  void aFindingAboutAnotherProductSendsTheRoundBackToOneSession() {
    LocalDate date = LocalDate.of(2024, 6, 25);
    // a trusted (classpath) pack whose rule, on product p1, notes something on product p40
    String drl = lamDongRule("lam-dong.x", "p1", """
        insert(new Finding("p40", FindingKind.NOTE, 0, "", "lam-dong.x", "ocop.province.lam_dong", "", "ghi chú",
            "a note on p40"));
        """);
    RuleBook book = withPack(date, drl);
    assertThat(ProductLocality.firstNonLocalRule(book.packs())).as("the conditions name one product").isEmpty();
    ScoredRound scored = Ocop.score(round("lam-dong", CouncilLevel.PROVINCE, date, 50));

    List<Outcome> sliced = book.decide(scored, 7);

    assertThat(sliced).isEqualTo(book.decide(scored, Integer.MAX_VALUE));
    assertThat(sliced.get(39).productId()).isEqualTo("p40");
    assertThat(sliced.get(39).reasons()).extracting(Reason::messageEn).contains("a note on p40");
  }

  /**
   * A sliced round makes each slice's outcomes as soon as the slice has run; a product the rules decide
   * in conflicting ways is still reported only after every slice has run, so that a later slice's breach
   * of the limits comes first, as in one session.
   */
  @Test
  void aConflictInAnEarlySliceIsReportedAfterTheLaterSlicesRun() {
    LocalDate date = LocalDate.of(2024, 6, 25);
    String conflict = lamDongRule("lam-dong.conflict", "p1", """
        insert(new Finding("p1", FindingKind.NOT_ACHIEVED, 0, "", "lam-dong.conflict", "ocop.province.lam_dong", "",
            "không đạt", "not achieved"));
        """);
    String many = lamDongRule("lam-dong.many", "p50", """
        for (int i = 0; i < 12; i++) {
          insert(new Finding("p50", FindingKind.NOTE, 0, "", "lam-dong.many", "ocop.province.lam_dong", "",
              "ghi chú " + i, "note " + i));
        }
        """);
    ScoredRound scored = Ocop.score(round("lam-dong", CouncilLevel.PROVINCE, date, 50));
    ExecutionLimits limits = ExecutionLimits.defaults().withFindingsPerProduct(10);

    RuleBook conflicting = withPack(date, conflict).withLimits(limits);
    assertThatThrownBy(() -> conflicting.decide(scored, 7)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("product 'p1' in conflicting ways")
        .hasMessage(messageOf(() -> conflicting.decide(scored, Integer.MAX_VALUE)));

    RuleBook both = withPack(date, conflict, many).withLimits(limits);
    assertThatThrownBy(() -> both.decide(scored, 7)).isInstanceOf(RuleExecutionException.class)
        .hasMessageContaining("findings for product 'p50'")
        .hasMessage(messageOf(() -> both.decide(scored, Integer.MAX_VALUE)));
  }

  /** A Lâm Đồng pack's rule {@code id} that, on product {@code product}, runs {@code then}. */
  private static String lamDongRule(String id, String product, String then) {
    return """
        package ocop.province.lam_dong;
        import vn.ocop.rules.facts.Candidate;
        import vn.ocop.rules.facts.Finding;
        import vn.ocop.rules.facts.FindingKind;
        rule "%1$s"
          @id("%1$s")
          @legal("")
        when
          $c : Candidate(productId == "%2$s")
        then
        %3$s
        end
        """.formatted(id, product, then);
  }

  /** The bundled book of Lâm Đồng on {@code date} with one more trusted (classpath) pack of {@code drls}. */
  private static RuleBook withPack(LocalDate date, String... drls) {
    List<RulePack.Source> sources = new java.util.ArrayList<>();
    for (int i = 0; i < drls.length; i++) {
      sources.add(new RulePack.Source("classpath:test/x" + i + ".drl", "x" + i + ".drl", drls[i]));
    }
    List<Problem> problems = new java.util.ArrayList<>();
    RulePack pack = PackLoader.read("classpath:test/pack.properties", Packs.lamDongManifest(), sources, problems)
        .orElseThrow();
    assertThat(problems).isEmpty();
    List<RulePack> chain = new java.util.ArrayList<>(RuleBooks.bundled().resolve("lam-dong", date));
    chain.add(pack);
    return RuleBookCompiler.compile(chain);
  }

  private static String messageOf(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an exception");
  }

  private static String drl(String when) {
    return """
        package test.locality;
        import vn.ocop.rules.facts.*;
        rule "x"
          @id("x") @legal("")
        when
          %s
        then
        end
        """.formatted(when);
  }

  /**
   * {@code n} products of the province's districts, scores across every band (some exactly on a
   * threshold), some dossiers missing an item.
   */
  static Round round(String province, CouncilLevel level, LocalDate date, int n) {
    AdministrativeUnit[] districts = switch (province) {
      case "kien-giang" -> new AdministrativeUnit[] {Rounds.HON_DAT, Rounds.PHU_QUOC};
      case "an-giang" -> new AdministrativeUnit[] {Rounds.THOAI_SON, Rounds.TRI_TON};
      case "ha-tinh" -> new AdministrativeUnit[] {Rounds.NGHI_XUAN};
      case "quang-nam" -> new AdministrativeUnit[] {Rounds.HOI_AN};
      case "tay-ninh" -> new AdministrativeUnit[] {Rounds.TAN_BIEN};
      default -> new AdministrativeUnit[] {Rounds.DA_LAT};
    };
    AdministrativeUnit district = districts[0];
    Round.Builder b = Rounds.round(district.province(), district, level, date);
    String[] scores = {"25.00", "30.00", "49.99", "50.00", "62.50", "69.99", "70.00", "81.25", "89.99", "90.00", "94.50"};
    for (int i = 1; i <= n; i++) {
      AdministrativeUnit place = level == CouncilLevel.DISTRICT ? district : districts[i % districts.length];
      BigDecimal total = new BigDecimal(scores[(i * 7) % scores.length]);
      BigDecimal a = total.min(new BigDecimal("35"));
      BigDecimal bb = total.subtract(a).min(new BigDecimal("25"));
      Set<DossierItem> dossier = EnumSet.copyOf(Rounds.FULL_DOSSIER);
      if (i % 13 == 0) {
        dossier.remove(dossier.iterator().next());
      }
      Submission s = Submission.builder().product(Rounds.product("p" + i, place, Rounds.setOn(date)))
          .addAllDossier(dossier).filedOn(date)
          .addPartScores(vn.ocop.round.PartScores.builder().partA(a).partB(bb).partC(total.subtract(a).subtract(bb))
              .build())
          .build();
      b.addSubmissions(s);
    }
    return b.build();
  }
}
