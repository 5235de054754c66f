package vn.ocop.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.law.StarRating;
import vn.ocop.round.PartScores;
import vn.ocop.round.Submission;
import vn.ocop.testing.BandPolicy;
import vn.ocop.testing.Fixtures;

class RankingTest {

  private static Submission parts(String id, String a, String b, String c) {
    return Submission.builder().product(Fixtures.product(id)).addPartScores(PartScores.of(a, b, c)).build();
  }

  @Test
  void productsAreOrderedByStarsThenScoreThenPartCThenId() {
    RoundResult result = Ocop.evaluate(Fixtures.round(List.of(
        parts("d", "30", "20", "20"),   // 70 4★, C 20
        parts("a", "20", "20", "30"),   // 70 4★, C 30
        parts("c", "40", "25", "30"),   // 95 5★
        parts("b", "10", "10", "10"))), // 30 2★
        new BandPolicy());

    assertThat(result.ranking().entries()).extracting(e -> e.result().product().id()).containsExactly("c", "a", "d", "b");
    assertThat(result.ranking().entries()).extracting(RankedProduct::rank).containsExactly(1, 2, 3, 4);
    assertThat(result.ranking().entries()).noneMatch(RankedProduct::tied);
  }

  @Test
  void trueTiesShareARankAndTheNextRankSkips() {
    RoundResult result = Ocop.evaluate(Fixtures.round(List.of(
        parts("x", "30", "20", "20"),
        parts("w", "30", "20", "20"),
        parts("z", "40", "25", "30"),
        parts("y", "10", "10", "10"))),
        new BandPolicy());

    assertThat(result.ranking().entries()).extracting(e -> e.result().product().id()).containsExactly("z", "w", "x", "y");
    assertThat(result.ranking().entries()).extracting(RankedProduct::rank).containsExactly(1, 2, 2, 4);
    assertThat(result.ranking().entries()).extracting(RankedProduct::tied).containsExactly(false, true, true, false);
  }

  @Test
  void rankingsByDistrictAndByProductGroupRankWithinEach() {
    Submission phuQuoc = Submission.builder().product(Fixtures.product("pq", Fixtures.PHU_QUOC))
        .addPartScores(PartScores.of("20", "20", "20")).build();
    RoundResult result = Ocop.evaluate(Fixtures.round(List.of(parts("h1", "30", "20", "20"), phuQuoc,
        parts("h2", "40", "20", "20"))), new BandPolicy());

    assertThat(result.rankingByDistrict()).hasSize(2);
    assertThat(result.rankingByDistrict().get(Fixtures.HON_DAT).entries())
        .extracting(e -> e.result().product().id()).containsExactly("h2", "h1");
    assertThat(result.rankingByDistrict().get(Fixtures.PHU_QUOC).rankOf("pq")).contains(1);
    assertThat(result.rankingByProductGroup()).hasSize(1);
    assertThat(result.rankingByProductGroup().values().iterator().next().size()).isEqualTo(3);
  }

  @Test
  void statisticsCountPerStarAndShareAtThreeStarsOrMore() {
    RoundResult result = Ocop.evaluate(Fixtures.round(List.of(
        parts("a", "30", "20", "20"), parts("b", "20", "20", "20"), parts("c", "10", "10", "10"))), new BandPolicy());

    RoundStatistics stats = result.statistics();
    assertThat(stats.size()).isEqualTo(3);
    assertThat(stats.count(StarRating.FOUR_STARS)).isEqualTo(1);
    assertThat(stats.count(StarRating.THREE_STARS)).isEqualTo(1);
    assertThat(stats.count(StarRating.TWO_STARS)).isEqualTo(1);
    assertThat(stats.countAtLeast(StarRating.THREE_STARS)).isEqualTo(2);
    assertThat(stats.shareAtLeastThreeStars()).isEqualByComparingTo("66.67");
  }

  @Test
  void aPolicyThatSkipsAProductIsReportedByName() {
    vn.ocop.evaluation.EvaluationPolicy lazy = round -> List.of();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ocop.evaluate(Fixtures.round(List.of(parts("a", "1", "1", "1"))), lazy))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no outcome for product 'a'");
  }
}
