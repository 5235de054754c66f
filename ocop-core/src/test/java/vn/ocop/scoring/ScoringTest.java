package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Part;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;
import vn.ocop.testing.TestCatalogue;

class ScoringTest {

  private static ScoreSheet scoreOne(Submission s) {
    return Scoring.score(Fixtures.round(List.of(s))).sheets().get(0);
  }

  @Test
  void memberTotalIsTheSumOfTheChosenOptionsPerGroupAndPart() {
    // A1a/3 = 20, A1b/2 = 5, B1a/2 = 15, B1b/2 = 5, C1b/1 = 10 (case 2 of C1)
    Submission s = Submission.builder().product(Fixtures.product("p1"))
        .scoredBy("m1", "A1a/3", "A1b/2", "B1a/2", "B1b/2", "C1b/1").build();

    MemberScore m = scoreOne(s).members().get(0);

    assertThat(m.partPoints()).containsEntry(Part.A, BigDecimal.valueOf(25))
        .containsEntry(Part.B, BigDecimal.valueOf(20)).containsEntry(Part.C, BigDecimal.valueOf(10));
    assertThat(m.total()).isEqualByComparingTo("55");
    assertThat(m.groupPoints()).containsExactly(
        java.util.Map.entry("A1", 25), java.util.Map.entry("B1", 20), java.util.Map.entry("C1", 10));
    assertThat(m.criterionPoints()).containsEntry("C1a", 0).containsEntry("C1b", 10);
  }

  @Test
  void productScoreIsTheMeanOfMemberTotalsRoundedHalfUpToTwoDecimals() {
    Submission s = Submission.builder().product(Fixtures.product("p1"))
        .scoredBy("m1", "A1a/3", "A1b/2", "B1a/2", "B1b/2", "C1b/1")   // 55
        .scoredBy("m2", "A1a/3", "A1b/3", "B1a/2", "B1b/2", "C1b/1")   // 60
        .scoredBy("m3", "A1a/3", "A1b/3", "B1a/2", "B1b/2", "C1b/1")   // 60
        .build();

    ScoreSheet sheet = scoreOne(s);

    assertThat(sheet.score()).isEqualTo(new BigDecimal("58.33")); // 175 / 3 = 58.333…
    assertThat(sheet.score().scale()).isEqualTo(2);
    assertThat(sheet.partMean(Part.A)).isEqualTo(new BigDecimal("28.33")); // 85 / 3
    assertThat(sheet.lowestTotal()).isEqualByComparingTo("55");
    assertThat(sheet.highestTotal()).isEqualByComparingTo("60");
  }

  @Test
  void aMeanEndingInAHalfHundredthRoundsUp() {
    Submission s = Submission.builder().product(Fixtures.product("p1"))
        .addPartScores(PartScores.byMember("m1", "30", "20", "21"))      // 71.00
        .addPartScores(PartScores.byMember("m2", "30.25", "20", "21"))   // 71.25
        .build();

    assertThat(scoreOne(s).score()).isEqualTo(new BigDecimal("71.13")); // 71.125
    assertThat(ScoreSheet.mean(List.of(new BigDecimal("71.00"), new BigDecimal("71.24")))).isEqualTo(new BigDecimal("71.12"));
  }

  @Test
  void aConditionalCriterionLeftBlankScoresZeroAndRecordsTheConditionNotMet() {
    Submission s = Submission.builder().product(Fixtures.product("p1"))
        .scoredBy("m1", "A1a/4", "B1a/3", "C1a/2").build();

    MemberScore m = scoreOne(s).members().get(0);

    assertThat(m.criterionPoints()).containsEntry("A1b", 0).containsEntry("B1b", 0);
    assertThat(m.notApplicable()).containsOnlyKeys("A1b", "B1b");
    assertThat(m.conditionsNotMet()).containsExactly(Condition.HAS_STORY);
    assertThat(m.total()).isEqualByComparingTo("85"); // 30 + 20 + 35
  }

  @Test
  void optionsMayBeGivenByFullCode() {
    Submission s = Submission.builder().product(Fixtures.product("p1"))
        .scoredBy("m1", "148/99/A1a/4", "148/99/A1b/3", "B1a/3", "B1b/2", "C1a/2").build();

    assertThat(scoreOne(s).score()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void councilLevelPartScoresAreTheProductScore() {
    Submission s = Submission.builder().product(Fixtures.product("p1"))
        .addPartScores(PartScores.of("30.5", "20", "21.25")).build();

    ScoreSheet sheet = scoreOne(s);

    assertThat(sheet.granularity()).isEqualTo(Granularity.PART_LEVEL);
    assertThat(sheet.score()).isEqualTo(new BigDecimal("71.75"));
    assertThat(sheet.members().get(0).member()).isEmpty();
  }

  @Test
  void aSubmissionWithoutScoresIsUnscored() {
    ScoreSheet sheet = scoreOne(Submission.builder().product(Fixtures.product("p1")).build());

    assertThat(sheet.granularity()).isEqualTo(Granularity.UNSCORED);
    assertThat(sheet.isScored()).isFalse();
    assertThat(sheet.score()).isEqualTo(new BigDecimal("0.00"));
  }

  @Test
  void partScoresUnderAPartLevelCatalogueUseItsMaxima() {
    vn.ocop.product.Product p = vn.ocop.product.Product.builder().id("ag-1").name("Khô cá tra").productSet("1048/01")
        .producer(Fixtures.COOPERATIVE).place(Fixtures.SOC_SON).build();
    Round round = Fixtures.roundOf2024().council(Fixtures.COUNCIL).level(vn.ocop.round.CouncilLevel.PROVINCE).catalogue(TestCatalogue.PART_LEVEL)
        .addSubmissions(Submission.builder().product(p).addPartScores(PartScores.of("35", "25", "40")).build())
        .build();

    assertThat(Scoring.score(round).sheets().get(0).score()).isEqualTo(new BigDecimal("100.00"));
  }

  @Test
  void memberScorecardOfBuildsTheSameSheetAsTheBuilder() {
    assertThat(MemberScorecard.of("m1", "A1a/1", "B1a/1"))
        .isEqualTo(MemberScorecard.builder().member("m1").choose("A1a/1").choose("B1a/1").build());
  }
}
