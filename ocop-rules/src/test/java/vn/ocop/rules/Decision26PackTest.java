package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;
import vn.ocop.catalog.Selection;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.law.DossierKind;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.product.Product;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.DossierItem;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.RoundException;
import vn.ocop.round.Submission;
import vn.ocop.rules.testing.Rounds;
import vn.ocop.scoring.ScoreSheet;

/** The national pack of Decision 26/2026/QĐ-TTg, decided on its own catalogue, and the transition of Article 12. */
class Decision26PackTest {
  static final AdministrativeUnit AN_GIANG = AdministrativeUnit.builder().id("an-giang").name("An Giang")
      .level(AdministrativeLevel.PROVINCE).officialCode("91").build();
  static final AdministrativeUnit TRI_TON = AdministrativeUnit.commune(AN_GIANG, "tri-ton", "Tri Tôn");
  static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 20);
  static final LocalDate FILED = LocalDate.of(2026, 10, 1);

  static final Producer COOP = Producer.builder().id("htx").name("HTX Tri Tôn").kind(ProducerKind.COOPERATIVE)
      .registration("1600000001").build();

  private static List<DossierItem> dossier() {
    return List.of(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT, DossierItem.COMMUNE_PROPOSAL,
        DossierItem.COMMUNE_REPORT, DossierItem.PRODUCT_SAMPLES);
  }

  private static Submission.Builder submission(String id, String set, Producer producer) {
    return submission(id, set, producer, FILED);
  }

  private static Submission.Builder submission(String id, String set, Producer producer, LocalDate filed) {
    Product p = Product.builder().id(id).name("Sản phẩm " + id).productSet(set).producer(producer).place(TRI_TON).build();
    return Submission.builder().product(p).filedOn(filed).addAllDossier(dossier());
  }

  private static Submission parts(String id, String a, String b, String c) {
    return submission(id, "26-2026/03", COOP).addPartScores(PartScores.builder().partA(new BigDecimal(a))
        .partB(new BigDecimal(b)).partC(new BigDecimal(c)).build()).build();
  }

  private static Round round(CouncilLevel level, LocalDate date, Submission... s) {
    return Round.builder().province(AN_GIANG).year(date.getYear()).sequence(2).level(level).councilDate(date)
        .council(Rounds.council(3)).addSubmissions(s).build();
  }

  private static Outcome decide(Round round) {
    return RuleBooks.bundled().decide(Ocop.score(round)).get(0);
  }

  private static List<String> ids(Outcome o) {
    return o.reasons().stream().map(Reason::ruleId).toList();
  }

  @Test
  void aRoundHeldTodayIsDecidedByDecision26of2026AndSaysSo() {
    Round round = round(CouncilLevel.PROVINCE, NOVEMBER, parts("p1", "30", "20", "25"));
    Outcome o = decide(round);
    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.stars()).contains(StarRating.FOUR_STARS);
    assertThat(ids(o)).containsExactlyInAnyOrder("26-2026.band.4", "26-2026.gate.not-checked", "26-2026.stars.band",
        "26-2026.authority.province.certify", RuleBook.LAW_RULE_ID);
    assertThat(ids(o).get(0)).isEqualTo("26-2026.band.4");
    Reason law = o.reasons().get(o.reasons().size() - 1);
    assertThat(law.pack()).isEqualTo("national/26-2026@2026.1");
    assertThat(law.legalReference()).contains("26/2026/QĐ-TTg", "Điều 11");
    assertThat(law.messageEn()).contains("filed on 01/10/2026");
    assertThat(RuleBooks.bundled().forRound(round).description()).isEqualTo("national/26-2026@2026.1");
    // the Vietnamese written in the DRL itself survives compilation, whatever the platform charset
    assertThat(o.reasons()).filteredOn(r -> r.ruleId().equals("26-2026.authority.province.certify")).singleElement()
        .satisfies(r -> assertThat(r.messageVi()).isEqualTo("Chủ tịch UBND cấp tỉnh công nhận, cấp giấy chứng nhận sản phẩm OCOP 4 sao"));
  }

  @Test
  void theProvinceProposesProductsOfNinetyPointsOrMoreAndCertifiesBelow() {
    assertThat(decide(round(CouncilLevel.PROVINCE, NOVEMBER, parts("p1", "40", "25", "24.99"))))
        .satisfies(o -> assertThat(o.decision()).isEqualTo(Decision.CERTIFY));
    Outcome up = decide(round(CouncilLevel.PROVINCE, NOVEMBER, parts("p1", "40", "25", "25")));
    assertThat(up.decision()).isEqualTo(Decision.FORWARD);
    assertThat(up.forwardTo()).contains(CouncilLevel.CENTRAL);
    assertThat(ids(up)).contains("26-2026.authority.province.forward");
    Outcome low = decide(round(CouncilLevel.PROVINCE, NOVEMBER, parts("p1", "20", "10", "15")));
    assertThat(low.decision()).isEqualTo(Decision.NOT_ACHIEVED);
    assertThat(low.stars()).contains(StarRating.TWO_STARS);
  }

  @Test
  void aNinetyOnePointProductThatMissesAFiveStarGateIsStillProposedToTheMinistryOnItsPoints() {
    Scorecard card = Catalogues.decision26of2026().scorecard(Catalogues.decision26of2026().productSet("03")).orElseThrow();
    Map<String, Integer> choices = best(card);
    Map.Entry<Criterion, Option> gated = gatedAt(card, 5);
    choices.put(gated.getKey().key(), gated.getValue().number()); // one below its 5★ option
    lowerTo(card, choices, 91, gated.getKey().key());
    assertThat(points(card, choices)).isEqualTo(91);
    Submission s = submission("p1", "26-2026/03", COOP).addScorecards(MemberScorecard.of("m1", keys(choices)))
        .addScorecards(MemberScorecard.of("m2", keys(choices))).addScorecards(MemberScorecard.of("m3", keys(choices))).build();
    Outcome o = decide(round(CouncilLevel.PROVINCE, NOVEMBER, s));
    assertThat(o.decision()).isEqualTo(Decision.FORWARD);
    assertThat(o.forwardTo()).contains(CouncilLevel.CENTRAL);
    assertThat(o.stars()).contains(StarRating.FOUR_STARS);
    assertThat(ids(o)).contains("26-2026.band.5", "26-2026.gate.cap", "26-2026.stars.capped", "26-2026.authority.province.forward");
    assertThat(o.reasons()).filteredOn(r -> r.ruleId().equals("26-2026.authority.province.forward")).singleElement()
        .satisfies(r -> assertThat(r.messageEn()).contains("91.00", "the provincial council found 4★"));
  }

  @Test
  void theMinistryCertifiesFiveStarsOnlyAndPointsTheProvinceToArticle7_4g() {
    Submission five = submission("p1", "26-2026/03", COOP, LocalDate.of(2026, 7, 20)).addDossier(DossierItem.PROVINCE_PROPOSAL)
        .addPartScores(PartScores.builder().partA(new BigDecimal("40")).partB(new BigDecimal("25")).partC(new BigDecimal("26")).build()).build();
    Submission four = submission("p2", "26-2026/03", COOP, LocalDate.of(2026, 7, 20)).addDossier(DossierItem.PROVINCE_PROPOSAL)
        .addPartScores(PartScores.builder().partA(new BigDecimal("38")).partB(new BigDecimal("22")).partC(new BigDecimal("25")).build()).build();
    List<Outcome> out = RuleBooks.bundled().decide(Ocop.score(round(CouncilLevel.CENTRAL, LocalDate.of(2026, 9, 20), five, four)));
    assertThat(out.get(0).decision()).isEqualTo(Decision.CERTIFY);
    assertThat(out.get(0).stars()).contains(StarRating.FIVE_STARS);
    assertThat(out.get(1).decision()).isEqualTo(Decision.NOT_ACHIEVED);
    assertThat(out.get(1).reasons()).anySatisfy(r -> assertThat(r.legalReference()).contains("Điều 7 khoản 4 điểm g"));
  }

  @Test
  void farmsAndSmallOrMediumEnterprisesEnterAssociationsOnlyForTourism() {
    Producer farm = Producer.builder().id("tt").name("Trang trại Tri Tôn").kind(ProducerKind.FARM).registration("1").build();
    Producer unregisteredFarm = Producer.builder().id("tt2").name("Trang trại 2").kind(ProducerKind.FARM).build();
    Producer association = Producer.builder().id("h").name("Hội du lịch").kind(ProducerKind.ASSOCIATION).registration("2").build();
    Producer sme = Producer.builder().id("dn").name("Công ty nhỏ").kind(ProducerKind.ENTERPRISE).registration("3")
        .smallOrMediumEnterprise(true).build();
    Producer large = Producer.builder().id("dl").name("Công ty lớn").kind(ProducerKind.ENTERPRISE).registration("4")
        .smallOrMediumEnterprise(false).build();
    Producer undeclared = Producer.builder().id("du").name("Công ty").kind(ProducerKind.ENTERPRISE).registration("5").build();
    PartScores p = PartScores.builder().partA(new BigDecimal("30")).partB(new BigDecimal("20")).partC(new BigDecimal("25")).build();
    List<Submission> s = List.of(
        submission("farm", "26-2026/01", farm).addPartScores(p).build(),
        submission("farm2", "26-2026/01", unregisteredFarm).addPartScores(p).build(),
        submission("assoc-food", "26-2026/01", association).addPartScores(p).build(),
        submission("assoc-tour", "26-2026/26", association).addPartScores(p).build(),
        submission("sme", "26-2026/01", sme).addPartScores(p).build(),
        submission("large", "26-2026/01", large).addPartScores(p).build(),
        submission("undeclared", "26-2026/01", undeclared).addPartScores(p).build());
    List<Outcome> out = RuleBooks.bundled().decide(Ocop.score(round(CouncilLevel.PROVINCE, NOVEMBER, s.toArray(Submission[]::new))));
    assertThat(out).extracting(Outcome::decision).containsExactly(Decision.CERTIFY, Decision.INELIGIBLE,
        Decision.INELIGIBLE, Decision.CERTIFY, Decision.CERTIFY, Decision.INELIGIBLE, Decision.INELIGIBLE);
    assertThat(ids(out.get(1))).contains("26-2026.eligibility.registration");
    assertThat(ids(out.get(2))).contains("26-2026.eligibility.kind");
    assertThat(ids(out.get(5))).contains("26-2026.eligibility.small-or-medium");
    assertThat(ids(out.get(6))).contains("26-2026.eligibility.size-undeclared");
  }

  @Test
  void theDossierOfArticle6IsCheckedByKindAndLevel() {
    PartScores p = PartScores.builder().partA(new BigDecimal("30")).partB(new BigDecimal("20")).partC(new BigDecimal("25")).build();
    Product product = Product.builder().id("x").name("X").productSet("26-2026/03").producer(COOP).place(TRI_TON).build();
    Submission noCommuneReport = Submission.builder().product(product).filedOn(FILED).addPartScores(p)
        .addDossier(DossierItem.REGISTRATION_FORM, DossierItem.SELF_ASSESSMENT, DossierItem.COMMUNE_PROPOSAL, DossierItem.PRODUCT_SAMPLES).build();
    Outcome o = decide(round(CouncilLevel.PROVINCE, NOVEMBER, noCommuneReport));
    assertThat(o.decision()).isEqualTo(Decision.INELIGIBLE);
    assertThat(o.reasons()).anySatisfy(r -> assertThat(r.messageVi()).contains("Mẫu số 03"));
    Submission upgrade = submission("u", "26-2026/03", COOP).dossierKind(DossierKind.UPGRADE).addPartScores(p).build();
    assertThat(ids(decide(round(CouncilLevel.PROVINCE, NOVEMBER, upgrade)))).contains("26-2026.dossier.upgrade");
    Submission withChanges = submission("u", "26-2026/03", COOP).dossierKind(DossierKind.UPGRADE)
        .addDossier(DossierItem.CHANGES_EVIDENCE).addPartScores(p).build();
    assertThat(decide(round(CouncilLevel.PROVINCE, NOVEMBER, withChanges)).decision()).isEqualTo(Decision.CERTIFY);
  }

  @Test
  void aGroundForDisqualificationFoundByTheCouncilMakesTheProductIneligibleQuotingTheSheet() {
    Submission s = submission("r", "26-2026/14", COOP).addDisqualifications("X2")
        .addPartScores(PartScores.builder().partA(new BigDecimal("30")).partB(new BigDecimal("20")).partC(new BigDecimal("25")).build()).build();
    Outcome o = decide(round(CouncilLevel.PROVINCE, NOVEMBER, s));
    assertThat(o.decision()).isEqualTo(Decision.INELIGIBLE);
    assertThat(o.reasons()).filteredOn(r -> r.ruleId().equals("26-2026.disqualified")).singleElement()
        .satisfies(r -> assertThat(r.messageVi()).contains("X2", "Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu"));
  }

  @Test
  void duringTheTransitionOneRoundDecidesEachProductByItsOwnLaw() {
    LocalDate june = LocalDate.of(2026, 6, 18);
    PartScores p = PartScores.builder().partA(new BigDecimal("30")).partB(new BigDecimal("20")).partC(new BigDecimal("25")).build();
    Product old = Product.builder().id("old").name("Cũ").productSet("148/03").producer(COOP).place(TRI_TON).build();
    Submission filedInMay = Submission.builder().product(old).filedOn(LocalDate.of(2026, 5, 12)).addAllDossier(Rounds.FULL_DOSSIER)
        .addPartScores(p).build();
    Submission filedAfter = submission("new", "26-2026/03", COOP, LocalDate.of(2026, 5, 25)).addPartScores(p).build();
    Submission filedAfterButLate = Submission.builder().product(old).filedOn(LocalDate.of(2026, 5, 25)).build();
    Round round = Round.builder().province(AN_GIANG).year(2026).sequence(1).level(CouncilLevel.PROVINCE).councilDate(june)
        .council(Rounds.council(3)).addSubmissions(filedInMay, filedAfter).build();
    List<ScoreSheet> sheets = Ocop.score(round).sheets();
    assertThat(sheets.get(0).productSet().code()).isEqualTo("148/03");
    assertThat(sheets.get(1).productSet().code()).isEqualTo("26-2026/03");
    List<Outcome> out = RuleBooks.bundled().decide(Ocop.score(round));
    assertThat(ids(out.get(0))).contains("1489.authority.province.certify");
    assertThat(out.get(0).reasons().get(out.get(0).reasons().size() - 1).legalReference()).contains("Điều 12 khoản 2 điểm a");
    assertThat(ids(out.get(1))).contains("26-2026.authority.province.certify");
    assertThatThrownBy(() -> RuleBooks.bundled().forRound(round)).hasMessageContaining("Article 12.2");
    assertThat(RuleBooks.bundled().booksFor(round)).extracting(RuleBook::procedure).containsExactly("1489", "26-2026");
    assertThat(filedAfterButLate.filedOn()).isPresent();
  }

  @Test
  void aReEvaluationFiledBeforeTheDecisionCannotBeEvaluatedAfter22June2026() {
    Product old = Product.builder().id("old").name("Cũ").productSet("148/03").producer(COOP).place(TRI_TON).build();
    Submission late = Submission.builder().product(old).filedOn(LocalDate.of(2026, 4, 30)).dossierKind(DossierKind.RE_EVALUATION).build();
    assertThatThrownBy(() -> Round.builder().province(AN_GIANG).year(2026).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(LocalDate.of(2026, 6, 23)).council(Rounds.council(3)).addSubmissions(late).build())
        .isInstanceOf(RoundException.class).hasMessageContaining("product 'old'").hasMessageContaining("Article 12.2.b")
        .hasMessageContaining("22/06/2026");
  }

  // --- helpers over the real 26/2026 scorecard -----------------------------------------------------------

  /** The best option of every criterion (the first case of a one-case group). */
  static Map<String, Integer> best(Scorecard card) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (ScorecardPart part : card.parts()) {
      for (CriterionGroup g : part.groups()) {
        List<Criterion> crits = g.selection() == Selection.ONE_CASE ? g.criteria().subList(0, 1) : g.criteria();
        for (Criterion c : crits) {
          m.put(c.key(), c.options().stream().max(java.util.Comparator.comparingInt(Option::points)
              .thenComparing(o -> -o.number())).orElseThrow().number());
        }
      }
    }
    return m;
  }

  static int points(Scorecard card, Map<String, Integer> m) {
    return m.entrySet().stream().mapToInt(e -> card.findCriterion(e.getKey()).orElseThrow().option(e.getValue()).points()).sum();
  }

  /** The best option scoring less than {@code option}, if any. */
  static java.util.Optional<Option> below(Criterion c, Option option) {
    return c.options().stream().filter(o -> o.points() < option.points())
        .max(java.util.Comparator.comparingInt(Option::points));
  }

  /** A criterion whose best option is a gate of {@code stars}, and the option just below it (still scoring, no higher gate). */
  static Map.Entry<Criterion, Option> gatedAt(Scorecard card, int stars) {
    for (ScorecardPart part : card.parts()) {
      for (CriterionGroup g : part.groups()) {
        for (Criterion c : g.criteria()) {
          Option top = c.options().stream().max(java.util.Comparator.comparingInt(Option::points)).orElseThrow();
          java.util.Optional<Option> next = below(c, top);
          if (top.gate().map(gt -> gt.stars() == stars).orElse(false) && next.isPresent() && next.get().points() > 0
              && next.get().gate().map(x -> x.stars() < stars).orElse(true) && c.gate().isEmpty()) {
            return Map.entry(c, next.get());
          }
        }
      }
    }
    throw new AssertionError("no criterion of " + card.productSet().code() + " has a " + stars + "★ gate on its best option");
  }

  /** Lowers ungated criteria (never {@code keep}) until the total reaches {@code target}. */
  static void lowerTo(Scorecard card, Map<String, Integer> m, int target, String keep) {
    for (String key : new ArrayList<>(m.keySet())) {
      Criterion c = card.findCriterion(key).orElseThrow();
      if (key.equals(keep) || c.gate().isPresent() || c.options().stream().anyMatch(o -> o.gate().isPresent())) {
        continue;
      }
      while (points(card, m) > target) {
        java.util.Optional<Option> lower = below(c, c.option(m.get(key)));
        if (lower.isEmpty() || points(card, m) - (c.option(m.get(key)).points() - lower.get().points()) < target) {
          break;
        }
        m.put(key, lower.get().number());
      }
    }
  }

  static String[] keys(Map<String, Integer> m) {
    return m.entrySet().stream().map(e -> e.getKey() + "/" + e.getValue()).toArray(String[]::new);
  }
}
