package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.Selection;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.testing.Rounds;
import vn.ocop.scoring.ScoredRound;

/** Star gates on the real scorecard of Decision 148, set 03 (rice, cereals and pre-processed grains). */
class Decision148GateTest {

  private static final Catalogue D148 = Catalogues.decision148();
  private static final Scorecard RICE = D148.scorecard(D148.productSet("148/03")).orElseThrow();
  private static final LocalDate DATE = LocalDate.of(2024, 6, 5);

  /** The best option of every criterion (one case per one-case group). */
  private static Map<Criterion, Option> best() {
    Map<Criterion, Option> pick = new LinkedHashMap<>();
    for (CriterionGroup g : RICE.groups().toList()) {
      List<Criterion> criteria = g.selection() == Selection.ONE_CASE ? g.criteria().subList(0, 1) : g.criteria();
      for (Criterion c : criteria) {
        pick.put(c, c.options().stream().max(Comparator.comparingInt(Option::points)).orElseThrow());
      }
    }
    return pick;
  }

  private static int total(Map<Criterion, Option> pick) {
    return pick.values().stream().mapToInt(Option::points).sum();
  }

  private static Criterion criterion(String key) {
    return RICE.findCriterion(key).orElseThrow();
  }

  private static Outcome decide(CouncilLevel level, Map<Criterion, Option> pick) {
    Submission.Builder s = Submission.builder().product(Rounds.product("rice", Rounds.DA_LAT, "148/03"))
        .addAllDossier(Rounds.FULL_DOSSIER);
    String[] choices = pick.values().stream().map(Option::key).toArray(String[]::new);
    for (int m = 1; m <= 3; m++) {
      s.scoredBy("m" + m, choices);
    }
    Round.Builder r = Round.builder().province(Rounds.LAM_DONG).year(2024).sequence(1).level(level).councilDate(DATE)
        .council(Rounds.COUNCIL).addSubmissions(s.build());
    if (level == CouncilLevel.DISTRICT) {
      r.district(Rounds.DA_LAT);
    }
    ScoredRound scored = Ocop.score(r.build()); // the catalogue in force on the date: Decision 148
    assertThat(scored.catalogue().instrument().shortCode()).isEqualTo("148");
    return RuleBooks.bundled().decide(scored).get(0);
  }

  @Test
  void aFourStarBandRiceMissingTheFourStarGateOnProductionCapacityIsCertifiedAtThreeStarsByTheDistrict() {
    Map<Criterion, Option> pick = best();
    // lower criteria without gates up to 4★ to their lowest option until the total is in the 4★ band
    for (Criterion c : List.copyOf(pick.keySet())) {
      Option lowest = c.options().stream().min(Comparator.comparingInt(Option::points)).orElseThrow();
      int drop = pick.get(c).points() - lowest.points();
      if (c.requiredPoints(StarRating.FOUR_STARS).isEmpty() && total(pick) - drop >= 78) {
        pick.put(c, lowest);
      }
    }
    Criterion capacity = criterion("A1c"); // A1c/2 is the 4★ gate, A1c/3 the 5★ gate
    pick.put(capacity, capacity.option(1));
    assertThat(total(pick)).isBetween(70, 89);

    Outcome o = decide(CouncilLevel.DISTRICT, pick);

    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.stars()).contains(StarRating.THREE_STARS);
    assertThat(o.reasons()).extracting(Reason::ruleId)
        .containsExactly("148.band.4", "148.gate.cap", "148.stars.capped", "148.authority.district.certify-3",
            RuleBook.LAW_RULE_ID);
    assertThat(o.reasons().get(1).messageVi()).contains("chỉ tiêu A1c (Năng lực sản xuất để đáp ứng yêu cầu phân phối)",
        "lựa chọn A1c/2 (2 điểm)", "hạng 4 sao");
    assertThat(o.reasons().get(1).messageEn()).contains("criterion A1c", "needs at least option A1c/2", "for 4★");
  }

  @Test
  void aRiceScoringNinetyNineButMissingAFiveStarGateIsCertifiedAtFourStarsByTheProvince() {
    Map<Criterion, Option> pick = best();
    Criterion valueAdded = criterion("A1b"); // A1b/3 is a 5★ gate
    pick.put(valueAdded, valueAdded.option(2));
    assertThat(total(pick)).isGreaterThanOrEqualTo(90);

    Outcome o = decide(CouncilLevel.PROVINCE, pick);

    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.stars()).contains(StarRating.FOUR_STARS);
    assertThat(o.reasons()).anySatisfy(r -> assertThat(r.messageEn()).contains("5★ minimum requirement", "A1b/3"));
  }

  @Test
  void theBestRiceIsForwardedToTheCentralCouncil() {
    Outcome o = decide(CouncilLevel.PROVINCE, best());

    assertThat(o.stars()).contains(StarRating.FIVE_STARS);
    assertThat(o.decision()).isEqualTo(Decision.FORWARD);
    assertThat(o.forwardTo()).contains(CouncilLevel.CENTRAL);
  }
}
