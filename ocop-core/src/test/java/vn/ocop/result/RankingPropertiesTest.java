package vn.ocop.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.round.PartScores;
import vn.ocop.round.Submission;
import vn.ocop.scoring.ScoredRound;
import vn.ocop.testing.Fixtures;

/**
 * The ranking (primitive sort keys, sub-rankings cut from the round-wide one) against a plain reference:
 * the results sorted with a comparator reading stars, score and part C, each product's rank counted as 1
 * + the products strictly better, tied when another product is equal on all three. Random rounds of 0–60
 * products whose part scores come from a few values (so that ties are frequent), in three districts and
 * the province itself, with stars (or none) drawn by the policy. The general path (for merits the sort
 * keys cannot pack, which no scorecard of 100 points gives) is held to the same reference.
 */
class RankingPropertiesTest {

  private static final List<AdministrativeUnit> PLACES =
      List.of(Fixtures.SOC_SON, Fixtures.HON_DAT, Fixtures.PHU_QUOC, Fixtures.KIEN_GIANG);

  /** A drawn product: part scores, place, and the stars the policy gives (0 for none). */
  record Drawn(String a, String b, String c, int place, int stars) {}

  private static Gen<List<Drawn>> rounds() {
    return in -> {
      int n = integers().between(0, 60).generate(in);
      List<String> values = List.of("10", "15", "20.5", "22.25", "25");
      List<Drawn> drawn = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        drawn.add(new Drawn(values.get(integers().between(0, values.size() - 1).generate(in)),
            values.get(integers().between(0, values.size() - 1).generate(in)),
            values.get(integers().between(0, values.size() - 1).generate(in)),
            integers().between(0, PLACES.size() - 1).generate(in), integers().between(0, 5).generate(in)));
      }
      return drawn;
    };
  }

  private static RoundResult evaluate(List<Drawn> drawn) {
    List<Submission> submissions = new ArrayList<>();
    for (int i = 0; i < drawn.size(); i++) {
      Drawn d = drawn.get(i);
      // ids not in score order, of differing lengths, some with letters outside Latin-1 (tied ids are
      // compared as characters copied out of the strings), so that the id's place in the order is tested
      String id = "p" + ((i * 7919) % 1000) + (i % 3 == 0 ? "x" : "") + (i % 5 == 4 ? "đ" : "") + (i % 7 == 6 ? "Ă" : "");
      submissions.add(Submission.builder().product(Fixtures.product(id, PLACES.get(d.place())))
          .addPartScores(PartScores.of(d.a(), d.b(), d.c())).build());
    }
    EvaluationPolicy policy = (ScoredRound round) -> {
      List<Outcome> outcomes = new ArrayList<>();
      for (int i = 0; i < round.sheets().size(); i++) {
        int stars = drawn.get(i).stars();
        Outcome.Builder o = Outcome.builder().productId(round.sheets().get(i).product().id());
        if (stars == 0) {
          o.decision(Decision.INELIGIBLE);
        } else {
          o.stars(StarRating.of(stars)).decision(stars >= 3 ? Decision.CERTIFY : Decision.NOT_ACHIEVED);
        }
        outcomes.add(o.build());
      }
      return outcomes;
    };
    return Ocop.evaluate(Fixtures.round(submissions), policy);
  }

  /** The reference: (id, rank, tied) of each product, best first. */
  private static List<String> reference(List<ProductResult> results) {
    Comparator<ProductResult> merit = Comparator
        .comparing((ProductResult r) -> r.stars().map(StarRating::stars).orElse(0), Comparator.reverseOrder())
        .thenComparing(ProductResult::score, Comparator.reverseOrder())
        .thenComparing(ProductResult::partC, Comparator.reverseOrder());
    List<ProductResult> sorted = new ArrayList<>(results);
    sorted.sort(merit.thenComparing(r -> r.product().id()));
    List<String> rows = new ArrayList<>();
    for (ProductResult r : sorted) {
      long better = results.stream().filter(o -> merit.compare(o, r) < 0).count();
      long equal = results.stream().filter(o -> merit.compare(o, r) == 0).count();
      rows.add(r.product().id() + " " + (better + 1) + (equal > 1 ? "=" : ""));
    }
    return rows;
  }

  private static List<String> rows(Ranking ranking) {
    return ranking.entries().stream().map(e -> e.result().product().id() + " " + e.rank() + (e.tied() ? "=" : "")).toList();
  }

  private static AdministrativeUnit district(ProductResult r) {
    return r.product().place().district().orElse(r.product().place().province());
  }

  @Test
  void theRoundWideRankingIsTheReferenceRanking() {
    qt().withExamples(300).forAll(rounds()).checkAssert(drawn -> {
      RoundResult result = evaluate(drawn);
      assertThat(rows(result.ranking())).isEqualTo(reference(result.results()));
      List<ProductResult> reversed = new ArrayList<>(result.results());
      Collections.reverse(reversed);
      assertThat(rows(Ranking.of(reversed))).isEqualTo(reference(result.results()));
      assertThat(rows(Ranking.ofComparing(reversed.toArray(new ProductResult[0])))).isEqualTo(reference(result.results()));
    });
  }

  @Test
  void everyPathKnowsEachEntrysPlaceInItsInput() {
    // rankings by district read each entry's key at its input index: a wrong index groups a product
    // under another product's district
    qt().withExamples(200).forAll(rounds()).checkAssert(drawn -> {
      List<ProductResult> reversed = new ArrayList<>(evaluate(drawn).results());
      Collections.reverse(reversed);
      ProductResult[] input = reversed.toArray(new ProductResult[0]);
      for (Ranking ranking : List.of(Ranking.of(reversed), Ranking.ofComparing(input.clone()))) {
        int[] index = ranking.inputIndexes();
        assertThat(index).hasSize(input.length);
        for (int i = 0; i < input.length; i++) {
          assertThat(ranking.entries().get(i).result()).isSameAs(input[index[i]]);
        }
      }
    });
  }

  @Test
  void outcomesOutOfOrderGiveTheSameRankingsAndStatistics() {
    // RoundResult.of pairs outcomes given in the sheets' order by position, and others through a map;
    // both note each product's merit, id, district and counts as they pair
    qt().withExamples(200).forAll(rounds()).checkAssert(drawn -> {
      RoundResult inOrder = evaluate(drawn);
      List<Outcome> outcomes = new ArrayList<>(inOrder.results().stream().map(ProductResult::outcome).toList());
      Collections.reverse(outcomes);
      RoundResult outOfOrder = RoundResult.of(inOrder.scoredRound(), outcomes, "reversed");
      assertThat(outOfOrder.results()).isEqualTo(inOrder.results());
      assertThat(rows(outOfOrder.ranking())).isEqualTo(reference(inOrder.results()));
      assertThat(outOfOrder.rankingByDistrict().keySet()).containsExactlyElementsOf(inOrder.rankingByDistrict().keySet());
      inOrder.rankingByDistrict().forEach((d, r) -> assertThat(rows(outOfOrder.rankingByDistrict().get(d))).isEqualTo(rows(r)));
      for (RoundResult result : List.of(inOrder, outOfOrder)) {
        RoundStatistics counted = RoundStatistics.of(result.results());
        assertThat(result.statistics().perStars()).isEqualTo(counted.perStars());
        assertThat(result.statistics().unranked()).isEqualTo(counted.unranked());
        assertThat(result.statistics().size()).isEqualTo(drawn.size());
        for (Decision d : Decision.values()) {
          assertThat(result.statistics().count(d)).as(d.name())
              .isEqualTo(result.results().stream().filter(r -> r.decision() == d).count());
        }
      }
    });
  }

  @Test
  void eachDistrictsRankingIsTheReferenceRankingOfItsProducts() {
    qt().withExamples(300).forAll(rounds()).checkAssert(drawn -> {
      RoundResult result = evaluate(drawn);
      Map<AdministrativeUnit, Ranking> byDistrict = result.rankingByDistrict();
      List<AdministrativeUnit> expectedKeys = result.results().stream().map(RankingPropertiesTest::district).distinct()
          .sorted(Comparator.comparing(AdministrativeUnit::path)).toList();
      assertThat(byDistrict.keySet()).containsExactlyElementsOf(expectedKeys);
      for (AdministrativeUnit d : expectedKeys) {
        List<ProductResult> own = result.results().stream().filter(r -> district(r).equals(d)).toList();
        assertThat(rows(byDistrict.get(d))).as(d.path()).isEqualTo(reference(own));
      }
      Map<?, Ranking> byGroup = result.rankingByProductGroup();
      assertThat(byGroup.values()).allSatisfy(r -> assertThat(rows(r)).isEqualTo(reference(result.results())));
    });
  }

  @Test
  void roundsLongerThanOneBlockOfPairingArePairedWhole() {
    // RoundResult pairs outcomes in order in blocks of 64 products: rounds of several blocks and a part
    // block, with an outcome out of place (or foreign) in a later block
    List<Drawn> drawn = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      drawn.add(new Drawn(String.valueOf(10 + i % 5), String.valueOf(10 + i % 3), "20.5", i % PLACES.size(), 3 + i % 2));
    }
    RoundResult result = evaluate(drawn);
    assertThat(rows(result.ranking())).isEqualTo(reference(result.results()));
    assertThat(result.statistics().size()).isEqualTo(150);
    assertThat(result.rankingByDistrict().values().stream().mapToInt(Ranking::size).sum()).isEqualTo(150);

    List<Outcome> outcomes = new ArrayList<>(result.results().stream().map(ProductResult::outcome).toList());
    Collections.swap(outcomes, 100, 101);
    RoundResult swapped = RoundResult.of(result.scoredRound(), outcomes, "swapped");
    assertThat(swapped.results()).isEqualTo(result.results());
    assertThat(rows(swapped.ranking())).isEqualTo(rows(result.ranking()));
    assertThat(swapped.statistics().perStars()).isEqualTo(result.statistics().perStars());

    outcomes.set(130, Outcome.builder().productId("zz").decision(Decision.INELIGIBLE).build());
    assertThatThrownBy(() -> RoundResult.of(result.scoredRound(), outcomes, "t"))
        .hasMessageContaining("decided on product 'zz', which is not in round");
  }

  @Test
  void tiesShareARankInTheRoundAndInTheirDistricts() {
    // the reference above must meet real ties, across districts and within one
    List<Drawn> tied = List.of(new Drawn("10", "10", "10", 0, 3), new Drawn("10", "10", "10", 1, 3),
        new Drawn("10", "10", "10", 2, 3), new Drawn("25", "10", "10", 2, 3));
    RoundResult result = evaluate(tied);
    assertThat(rows(result.ranking())).containsExactly("p757x 1", "p0x 2=", "p838 2=", "p919 2=");
    assertThat(rows(result.rankingByDistrict().get(Fixtures.HON_DAT))).containsExactly("p0x 1=", "p919 1=");
    assertThat(rows(result.rankingByDistrict().get(Fixtures.PHU_QUOC))).containsExactly("p757x 1", "p838 2");
  }

  @Test
  void aPolicyThatDecidesTwiceOrOutsideTheRoundIsNamed() {
    List<Drawn> two = List.of(new Drawn("10", "10", "10", 0, 3), new Drawn("20.5", "10", "10", 1, 3));
    RoundResult result = evaluate(two);
    ScoredRound scored = result.scoredRound();
    List<Outcome> outcomes = result.results().stream().map(ProductResult::outcome).toList();
    Outcome stranger = Outcome.builder().productId("zz").decision(Decision.INELIGIBLE).build();

    assertThatThrownBy(() -> RoundResult.of(scored, List.of(outcomes.get(0), outcomes.get(0), outcomes.get(1)), "t"))
        .isInstanceOf(IllegalStateException.class).hasMessage("Policy t gave two outcomes for product 'p0x'");
    assertThatThrownBy(() -> RoundResult.of(scored, List.of(outcomes.get(0), stranger, outcomes.get(1)), "t"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("decided on product 'zz', which is not in round");
    assertThatThrownBy(() -> RoundResult.of(scored, List.of(outcomes.get(1), outcomes.get(1), stranger), "t"))
        .hasMessageContaining("gave two outcomes for product 'p919'");
    assertThatThrownBy(() -> RoundResult.of(scored, List.of(outcomes.get(1)), "t"))
        .hasMessage("Policy t gave no outcome for product 'p0x' (Sản phẩm p0x)");
    // as many outcomes as products, paired in order until one does not match
    assertThatThrownBy(() -> RoundResult.of(scored, List.of(outcomes.get(0), outcomes.get(0)), "t"))
        .hasMessage("Policy t gave two outcomes for product 'p0x'");
    assertThatThrownBy(() -> RoundResult.of(scored, List.of(outcomes.get(0), stranger), "t"))
        .hasMessageContaining("decided on product 'zz', which is not in round");
    assertThat(RoundResult.of(scored, outcomes, "t").results()).isEqualTo(result.results());
    assertThat(RoundResult.of(scored, List.of(outcomes.get(1), outcomes.get(0)), "t").results())
        .extracting(r -> r.product().id()).containsExactly("p0x", "p919");
    assertThat(result.statistics().count(Decision.CERTIFY)).isEqualTo(2);
  }
}
