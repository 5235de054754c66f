package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.round.Round;
import vn.ocop.testing.BandPolicy;
import vn.ocop.testing.Fixtures;
import vn.ocop.testing.TestCatalogue;
import vn.ocop.testkit.RankingProperties;
import vn.ocop.testkit.RoundGenerator;

/** Properties of the scoring arithmetic (moved from ocop-core onto the testkit), over the in-code test scorecard. */
class ScoringPropertiesTest {

  private static final Gen<Round> ROUNDS = RoundGenerator.of(Fixtures.KIEN_GIANG).places(List.of(Fixtures.SOC_SON))
      .councilDate(LocalDate.of(2024, 6, 25)).catalogue(TestCatalogue.CATALOGUE).products(1, 3).councilSize(1, 15).build();

  @Test
  void theMeanLiesBetweenTheLowestAndHighestMemberTotal() {
    qt().withExamples(300).forAll(ROUNDS).checkAssert(round -> {
      for (ScoreSheet sheet : Scoring.score(round).sheets()) {
        assertThat(sheet.score()).isBetween(sheet.lowestTotal(), sheet.highestTotal());
        assertThat(sheet.score().scale()).isEqualTo(2);
        assertThat(sheet.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
      }
    });
  }

  @Test
  void theScoreIsTheMeanOfTheMembersTotalsToTwoDecimals() {
    RankingProperties.of(new BandPolicy(), ROUNDS).withExamples(300).scoreIsTheMeanOfMemberTotals();
  }

  @Test
  void memberTotalsAreTheSumOfTheirCriterionPoints() {
    qt().withExamples(300).forAll(ROUNDS).checkAssert(round -> {
      for (ScoreSheet sheet : Scoring.score(round).sheets()) {
        for (MemberScore m : sheet.members()) {
          int sum = m.criterionPoints().values().stream().mapToInt(Integer::intValue).sum();
          assertThat(m.total()).isEqualByComparingTo(BigDecimal.valueOf(sum));
          assertThat(m.groupPoints().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sum);
        }
      }
    });
  }
}
