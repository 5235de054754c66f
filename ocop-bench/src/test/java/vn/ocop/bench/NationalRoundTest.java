package vn.ocop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.law.StarRating;
import vn.ocop.result.RoundResult;
import vn.ocop.result.RoundStatistics;
import vn.ocop.round.Round;
import vn.ocop.rules.RuleBooks;

/** The national round generator: seeded, scorable, with a realistic star mix. */
class NationalRoundTest {

  @Test
  void sameSeedGivesTheSameRound() {
    assertThat(NationalRound.generate(200, 7)).isEqualTo(NationalRound.generate(200, 7));
    assertThat(NationalRound.generate(200, 7)).isNotEqualTo(NationalRound.generate(200, 8));
  }

  @Test
  void givesAboutTwoThirdsThreeStarsAThirdFourStarsAndFewFiveStars() {
    Round round = NationalRound.generate(4_000);
    RoundResult result = Ocop.evaluate(round, RuleBooks.bundled().forRound(round));
    RoundStatistics stats = result.statistics();
    double n = stats.size();
    assertThat(stats.count(StarRating.THREE_STARS) / n).isCloseTo(0.64, within(0.05));
    assertThat(stats.count(StarRating.FOUR_STARS) / n).isCloseTo(0.31, within(0.06));
    assertThat(stats.count(StarRating.FIVE_STARS) / n).isBetween(0.0005, 0.01);
    assertThat(stats.count(StarRating.TWO_STARS) + stats.count(StarRating.ONE_STAR)).isPositive();
    assertThat(result.results()).anySatisfy(r ->
        assertThat(r.outcome().reasons()).anySatisfy(x -> assertThat(x.ruleId()).isEqualTo("148.stars.capped")));
    assertThat(round.submissions().stream().mapToLong(s -> s.scorecards().stream()
        .mapToLong(c -> c.choices().size()).sum()).sum() / n).as("choices per product").isBetween(190.0, 240.0);
  }
}
