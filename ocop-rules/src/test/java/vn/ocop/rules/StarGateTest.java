package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;
import vn.ocop.testing.TestCatalogue;

/**
 * Star gates on an option-level scorecard. The catalogue branch had not landed when this was
 * written, so the scorecard is the in-code test scorecard shaped like Decision 148: A1a/2 is a 3★
 * gate, B1a/2 a 4★ gate, A1a/4 a 5★ gate.
 */
class StarGateTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 5);

  /** Three members who all choose the same options. */
  private static Outcome decide(CouncilLevel level, RuleBooks books, String... choices) {
    Submission.Builder s = Submission.builder().product(Rounds.product("p1", Rounds.DA_LAT, TestCatalogue.SET))
        .addAllDossier(Rounds.FULL_DOSSIER);
    for (int m = 1; m <= 3; m++) {
      s.scoredBy("m" + m, choices);
    }
    Round round = Rounds.round(Rounds.LAM_DONG, Rounds.DA_LAT, level, DATE).addSubmissions(s.build()).build();
    return Rounds.outcome(round, books);
  }

  @Test
  void aFourStarBandProductMissingAFourStarGateIsCertifiedAtThreeStarsWithTheCriterionAndOptionNamed() {
    // 30 + 10 + 5 + 5 + 35 = 85 points, 4★ band; B1a/1 (5 points) misses the 4★ gate B1a/2 (15)
    Outcome o = decide(CouncilLevel.DISTRICT, RuleBooks.bundled(), "A1a/4", "A1b/3", "B1a/1", "B1b/2", "C1a/2");

    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.stars()).contains(StarRating.THREE_STARS);
    assertThat(o.reasons()).extracting(r -> r.ruleId())
        .containsExactly("148.band.4", "148.gate.cap", "148.stars.capped", "148.authority.district.certify-3",
            RuleBook.LAW_RULE_ID);
    assertThat(o.reasons().get(1).messageEn())
        .contains("4★ minimum requirement", "criterion B1a", "needs at least option B1a/2", "15 points",
            "members' mean 5.00", "0 of 3 members", "at most 3★");
    assertThat(o.reasons().get(1).messageVi()).contains("chỉ tiêu B1a", "lựa chọn B1a/2");
    assertThat(o.reasons().get(1).legalReference()).contains("yêu cầu tối thiểu");
  }

  @Test
  void aFiveStarBandProductMissingTheFiveStarGateIsForwardedNoFurtherThanFourStars() {
    // 20 + 10 + 20 + 5 + 35 = 90 points, 5★ band; A1a/3 (20) misses the 5★ gate A1a/4 (30)
    Outcome o = decide(CouncilLevel.PROVINCE, RuleBooks.bundled(), "A1a/3", "A1b/3", "B1a/3", "B1b/2", "C1a/2");

    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.stars()).contains(StarRating.FOUR_STARS);
    assertThat(o.reasons()).anySatisfy(r -> assertThat(r.messageEn()).contains("5★ minimum requirement", "A1a/4"));
  }

  @Test
  void missingAThreeStarGateLeavesNoCertificate() {
    // 0 + 10 + 20 + 5 + 35 = 70 points, 4★ band; A1a/1 (0) misses the 3★ gate A1a/2 (10)
    Outcome o = decide(CouncilLevel.DISTRICT, RuleBooks.bundled(), "A1a/1", "A1b/3", "B1a/3", "B1b/2", "C1a/2");

    assertThat(o.decision()).isEqualTo(Decision.NOT_ACHIEVED);
    assertThat(o.stars()).contains(StarRating.TWO_STARS);
    assertThat(o.reasons()).anySatisfy(r -> assertThat(r.messageEn()).contains("3★ minimum requirement", "A1a/2"));
  }

  @Test
  void aProductMeetingEveryGateKeepsItsBand() {
    Outcome o = decide(CouncilLevel.PROVINCE, RuleBooks.bundled(), "A1a/4", "A1b/3", "B1a/3", "B1b/2", "C1a/2");

    assertThat(o.stars()).contains(StarRating.FIVE_STARS);
    assertThat(o.decision()).isEqualTo(Decision.FORWARD);
    assertThat(o.reasons()).noneMatch(r -> r.ruleId().contains("gate"));
  }

  @Test
  void gatesAboveTheBandAreNotReasons() {
    // 10 + 0 + 15 + 0 + 35 = 60 points, 3★ band; the 5★ gate A1a/4 is missed but is above the band
    Outcome o = decide(CouncilLevel.DISTRICT, RuleBooks.bundled(), "A1a/2", "B1a/2", "C1a/2");

    assertThat(o.stars()).contains(StarRating.THREE_STARS);
    assertThat(o.reasons()).noneMatch(r -> r.ruleId().contains("gate"));
  }

  @Test
  void thePacksGateJudgementDecidesWhenMembersDisagree(@TempDir Path dir) {
    // totals 90, 85, 75 → 83.33, 4★ band; B1a: 20, 15, 5 → mean 13.33 misses 15; two of three reach it
    Submission s = Submission.builder().product(Rounds.product("p1", Rounds.DA_LAT, TestCatalogue.SET))
        .addAllDossier(Rounds.FULL_DOSSIER)
        .scoredBy("m1", "A1a/3", "A1b/3", "B1a/3", "B1b/2", "C1a/2")
        .scoredBy("m2", "A1a/3", "A1b/3", "B1a/2", "B1b/2", "C1a/2")
        .scoredBy("m3", "A1a/3", "A1b/3", "B1a/1", "B1b/2", "C1a/2").build();
    Round round = Rounds.round(Rounds.LAM_DONG, Rounds.DA_LAT, CouncilLevel.PROVINCE, DATE).addSubmissions(s).build();
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.gate.judgement=MAJORITY_OF_MEMBERS"));

    Outcome byMean = Rounds.outcome(round, RuleBooks.bundled());
    Outcome byMajority = Rounds.outcome(round, RuleBooks.bundledWith(dir));

    assertThat(byMean.stars()).contains(StarRating.THREE_STARS);
    assertThat(byMean.reasons()).anySatisfy(r -> assertThat(r.messageEn()).contains("judged by: the members' mean"));
    assertThat(byMajority.stars()).contains(StarRating.FOUR_STARS);
  }

  @Test
  void partLevelScoresSayGatesWereNotChecked() {
    Outcome o = Rounds.outcome(Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, DATE, "75.00"), RuleBooks.bundled());

    assertThat(o.stars()).contains(StarRating.FOUR_STARS);
    assertThat(o.reasons()).anySatisfy(r -> {
      assertThat(r.ruleId()).isEqualTo("148.gate.not-checked");
      assertThat(r.messageEn()).contains("not checked");
    });
  }
}
