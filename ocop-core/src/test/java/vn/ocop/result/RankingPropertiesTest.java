package vn.ocop.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.catalog.Criterion;
import vn.ocop.law.StarRating;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Submission;
import vn.ocop.testing.BandPolicy;
import vn.ocop.testing.Fixtures;
import vn.ocop.testing.Generators;
import vn.ocop.testing.TestCatalogue;

class RankingPropertiesTest {

  private static RoundResult evaluate(List<Submission> submissions) {
    return Ocop.evaluate(Fixtures.round(submissions), new BandPolicy());
  }

  @Test
  void theRankingIsATotalOrderWithTiesSharedOnlyOnEqualMerit() {
    qt().forAll(Generators.partLevelSubmissions(1, 30)).checkAssert(subs -> {
      List<RankedProduct> entries = evaluate(subs).ranking().entries();
      assertThat(entries).hasSize(subs.size());
      for (int i = 1; i < entries.size(); i++) {
        ProductResult a = entries.get(i - 1).result();
        ProductResult b = entries.get(i).result();
        assertThat(Ranking.ORDER.compare(a, b)).isNegative();
        boolean sameMerit = a.stars().equals(b.stars()) && a.score().compareTo(b.score()) == 0
            && a.partC().compareTo(b.partC()) == 0;
        if (sameMerit) {
          assertThat(entries.get(i).rank()).isEqualTo(entries.get(i - 1).rank());
        } else {
          assertThat(entries.get(i).rank()).isEqualTo(i + 1);
        }
      }
    });
  }

  @Test
  void theRankingDoesNotDependOnTheOrderOfSubmissions() {
    qt().forAll(Generators.partLevelSubmissions(1, 30), longs().all()).checkAssert((subs, seed) -> {
      List<Submission> shuffled = new ArrayList<>(subs);
      Collections.shuffle(shuffled, new Random(seed));
      List<String> a = evaluate(subs).ranking().entries().stream()
          .map(e -> e.rank() + ":" + e.result().product().id()).toList();
      List<String> b = evaluate(shuffled).ranking().entries().stream()
          .map(e -> e.rank() + ":" + e.result().product().id()).toList();
      assertThat(b).isEqualTo(a);
    });
  }

  @Test
  void countsPerStarAddUpToTheRoundSize() {
    qt().forAll(Generators.partLevelSubmissions(0, 30)).checkAssert(subs -> {
      RoundStatistics stats = evaluate(subs).statistics();
      int sum = stats.unranked();
      for (StarRating s : StarRating.values()) {
        sum += stats.count(s);
      }
      assertThat(sum).isEqualTo(subs.size());
      assertThat(stats.size()).isEqualTo(subs.size());
    });
  }

  @Test
  void aProductThatGainsPointsOnAnyCriterionNeverFallsInRank() {
    qt().forAll(integers().between(2, 8).flatMap(n -> in -> {
          List<Submission> subs = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            subs.add(Generators.optionLevelSubmission("p" + i, 3).generate(in));
          }
          return subs;
        }), integers().between(0, 1000), integers().between(0, 1000))
        .checkAssert((subs, productPick, criterionPick) -> {
          int target = productPick % subs.size();
          Submission before = subs.get(target);
          Submission after = improveOneChoice(before, criterionPick);
          if (after == null) {
            return; // every choice of that member is already the best: nothing to gain
          }
          List<Submission> improved = new ArrayList<>(subs);
          improved.set(target, after);
          String id = before.product().id();
          int rankBefore = evaluate(subs).ranking().rankOf(id).orElseThrow();
          int rankAfter = evaluate(improved).ranking().rankOf(id).orElseThrow();
          assertThat(rankAfter).isLessThanOrEqualTo(rankBefore);
        });
  }

  /** Raises one chosen option of member m1 to the next option with more points, if any. */
  private static Submission improveOneChoice(Submission s, int pick) {
    MemberScorecard card = s.scorecards().get(0);
    List<String> choices = new ArrayList<>(card.choices());
    for (int k = 0; k < choices.size(); k++) {
      int idx = (pick + k) % choices.size();
      String key = choices.get(idx);
      String crit = key.substring(0, key.indexOf('/'));
      int number = Integer.parseInt(key.substring(key.indexOf('/') + 1));
      Criterion c = TestCatalogue.SCORECARD.findCriterion(crit).orElseThrow();
      int points = c.option(number).points();
      for (int n = 1; n <= c.options().size(); n++) {
        if (c.option(n).points() > points) {
          choices.set(idx, crit + "/" + n);
          List<MemberScorecard> cards = new ArrayList<>(s.scorecards());
          cards.set(0, MemberScorecard.builder().member(card.member()).addAllChoices(choices).build());
          return Submission.builder().product(s.product()).addAllScorecards(cards).build();
        }
      }
    }
    return null;
  }
}
