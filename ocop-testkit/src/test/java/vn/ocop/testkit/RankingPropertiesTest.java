package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.round.Round;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;
import vn.ocop.testing.BandPolicy;

/**
 * The ready-made properties hold for the bundled packs and for a plain band policy, and each one
 * fails — with a shrunk round described in the domain's words — for a policy that breaks it (with a
 * fixed seed, so that these failures are found on every run).
 */
class RankingPropertiesTest {

  private static final Gen<Round> ROUNDS = RoundGenerator.of(Units.AN_GIANG).places(Units.AN_GIANG_PLACES)
      .councilDate(LocalDate.of(2024, 11, 20)).products(1, 25).councilSize(3, 7).build();

  private static final RankingProperties BUNDLED = RankingProperties.of(RuleBooks.bundled(), ROUNDS).withExamples(15);
  private static final RankingProperties BANDS = RankingProperties.of(new BandPolicy(), ROUNDS).withExamples(40);

  @Test
  void theBundledPacksHoldEveryProperty() {
    BUNDLED.betterOptionNeverLowersStarsOrRank();
    BUNDLED.orderOfSubmissionsDoesNotMatter();
    BUNDLED.deterministicAcrossThreads(2);
    BUNDLED.countsAddUp();
    BUNDLED.scoreIsTheMeanOfMemberTotals();
    BUNDLED.rankingIsATotalOrder();
  }

  @Test
  void aPlainBandPolicyHoldsEveryPropertyAndGrantsNoMoreThanItself() {
    BANDS.betterOptionNeverLowersStarsOrRank();
    BANDS.orderOfSubmissionsDoesNotMatter();
    BANDS.countsAddUp();
    BANDS.rankingIsATotalOrder();
    BANDS.neverGrantsMoreStarsThan(new BandPolicy());
  }

  /** Stars from the last digit of the score: a better option lowers them as often as not. */
  private static final class Lottery implements EvaluationPolicy {
    @Override
    public List<Outcome> decide(ScoredRound round) {
      List<Outcome> out = new ArrayList<>();
      for (ScoreSheet s : round.sheets()) {
        StarRating stars = StarRating.of(1 + s.score().intValue() % 5);
        out.add(Outcome.builder().productId(s.product().id()).stars(stars).decision(Decision.NOT_ACHIEVED).build());
      }
      return out;
    }
  }

  /** 5★ to whichever product was submitted first. */
  private static final class FirstComeFirstServed implements EvaluationPolicy {
    @Override
    public List<Outcome> decide(ScoredRound round) {
      List<Outcome> out = new ArrayList<>(new BandPolicy().decide(round));
      Outcome first = out.get(0);
      out.set(0, Outcome.builder().productId(first.productId()).stars(StarRating.FIVE_STARS).decision(Decision.CERTIFY).build());
      return out;
    }
  }

  /** One star more than the bands give, up to 5★. */
  private static final class Generous implements EvaluationPolicy {
    @Override
    public List<Outcome> decide(ScoredRound round) {
      return new BandPolicy().decide(round).stream().map(o -> Outcome.builder().productId(o.productId())
          .stars(StarRating.of(Math.min(5, o.stars().orElseThrow().stars() + 1))).decision(o.decision()).build()).toList();
    }
  }

  /** Stars that depend on how many rounds it has decided before. */
  private static final class Forgetful implements EvaluationPolicy {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public List<Outcome> decide(ScoredRound round) {
      int n = calls.incrementAndGet();
      return round.sheets().stream().map(s -> Outcome.builder().productId(s.product().id())
          .stars(StarRating.of(1 + n % 5)).decision(Decision.NOT_ACHIEVED).build()).toList();
    }
  }

  @Test
  void monotonicityFailsForAPolicyThatRewardsWorseOptionsAndNamesTheMemberCriterionAndOptions() {
    assertThatThrownBy(() -> RankingProperties.of(new Lottery(), ROUNDS).withExamples(100).withFixedSeed(42).betterOptionNeverLowersStarsOrRank())
        .hasMessageContaining("Smallest round found")
        .hasMessageContaining("Round an-giang/2024/1/province").hasMessageContaining("; 1 product\n")
        .hasMessageMatching("(?s).*Product p\\d{3}: member m\\d+ chose option \\S+ \\(\\d+ points?\\) instead of \\S+ .*"
            + "on criterion .*the stars from \\d★ .* to \\d★.*");
  }

  @Test
  void orderIndependenceFailsForAPolicyThatFavoursTheFirstSubmitted() {
    assertThatThrownBy(() -> RankingProperties.of(new FirstComeFirstServed(), ROUNDS).withFixedSeed(42).orderOfSubmissionsDoesNotMatter())
        .hasMessageContaining("Smallest round found")
        .hasMessageContaining("; 2 products\n")
        .hasMessageMatching("(?s).*Product p\\d{3} is decided differently in the order \\[p.*");
  }

  @Test
  void theCeilingFailsForAPolicyThatGrantsAStarMore() {
    assertThatThrownBy(() -> RankingProperties.of(new Generous(), ROUNDS).withFixedSeed(42).neverGrantsMoreStarsThan(new BandPolicy()))
        .hasMessageContaining("Smallest round found")
        .hasMessageContaining("1 member: m1 Nguyễn Văn An (chair); 1 product\n")
        .hasMessageMatching("(?s).*Product p\\d{3} is granted \\d★ .* but only \\d★ .*");
  }

  @Test
  void determinismFailsForAPolicyWithMemory() {
    assertThatThrownBy(() -> RankingProperties.of(new Forgetful(), ROUNDS).withFixedSeed(42).deterministicAcrossThreads(3))
        .hasMessageContaining("Smallest round found")
        .hasMessageContaining("1 member: m1 Nguyễn Văn An (chair); 1 product\n")
        .hasMessageMatching("(?s).*Product p\\d{3} is decided differently on thread \\d of 3 than on one thread.*");
  }

  @Test
  void settingsAreCheckedAtOnce() {
    assertThatThrownBy(() -> BANDS.withExamples(0)).hasMessageContaining("at least one example");
    assertThatThrownBy(() -> BANDS.deterministicAcrossThreads(1)).hasMessageContaining("2 threads or more; was 1");
  }
}
