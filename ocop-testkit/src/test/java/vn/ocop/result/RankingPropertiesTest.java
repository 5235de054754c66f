package vn.ocop.result;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.round.Round;
import vn.ocop.scoring.Granularity;
import vn.ocop.testing.BandPolicy;
import vn.ocop.testing.Fixtures;
import vn.ocop.testing.TestCatalogue;
import vn.ocop.testkit.RankingProperties;
import vn.ocop.testkit.RoundGenerator;

/**
 * Properties of the core's ranking and statistics (moved from ocop-core onto the testkit), with the
 * in-test band policy over the in-code test scorecard: part-level rounds in quarter points, where
 * ties between products are common, and option-level rounds.
 */
class RankingPropertiesTest {

  private static RoundGenerator kienGiang2024() {
    return RoundGenerator.of(Fixtures.KIEN_GIANG).places(List.of(Fixtures.SOC_SON)).councilDate(LocalDate.of(2024, 6, 25))
        .catalogue(TestCatalogue.CATALOGUE).councilSize(3, 3);
  }

  private static final Gen<Round> PART_LEVEL = kienGiang2024().granularity(Granularity.PART_LEVEL).products(0, 30).build();
  private static final Gen<Round> OPTION_LEVEL = kienGiang2024().products(2, 8).build();

  @Test
  void theRankingIsATotalOrderWithTiesSharedOnlyOnEqualMerit() {
    RankingProperties.of(new BandPolicy(), PART_LEVEL).withExamples(200).rankingIsATotalOrder();
  }

  @Test
  void theRankingDoesNotDependOnTheOrderOfSubmissions() {
    RankingProperties.of(new BandPolicy(), PART_LEVEL).withExamples(200).orderOfSubmissionsDoesNotMatter();
  }

  @Test
  void countsPerStarAddUpToTheRoundSize() {
    RankingProperties.of(new BandPolicy(), PART_LEVEL).withExamples(200).countsAddUp();
  }

  @Test
  void aProductThatGainsPointsOnAnyCriterionNeverFallsInRank() {
    RankingProperties.of(new BandPolicy(), OPTION_LEVEL).withExamples(200).betterOptionNeverLowersStarsOrRank();
  }
}
