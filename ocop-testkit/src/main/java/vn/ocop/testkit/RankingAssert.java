package vn.ocop.testkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import vn.ocop.law.StarRating;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RankedProduct;
import vn.ocop.result.Ranking;

/**
 * AssertJ assertions on a round's {@link Ranking}:
 * {@code assertThat(result.ranking()).isTotalOrder().hasSharedRanksOnlyForEqualMerit()}. Failures
 * name the products, their ranks, stars, scores and part C. Obtain it from {@link OcopAssertions}.
 *
 * <p>Not thread-safe (an AssertJ assertion object).
 *
 * @since 0.2
 */
public final class RankingAssert extends AbstractAssert<RankingAssert, Ranking> {

  RankingAssert(Ranking actual) {
    super(actual, RankingAssert.class);
  }

  /**
   * The ranking is a total order: each product once, best first by stars, then score, then part C,
   * then product id ({@link Ranking#ORDER}), ranks starting at 1, each product either sharing the
   * rank of the one before it or ranked at its position (1, 2, 2, 4), and marked tied exactly when
   * another product shares its rank.
   *
   * @return this assertion, for chaining
   */
  public RankingAssert isTotalOrder() {
    isNotNull();
    List<RankedProduct> e = actual.entries();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < e.size(); i++) {
      ProductResult r = e.get(i).result();
      if (!seen.add(r.product().id())) {
        failWithMessage("Product %s is ranked twice: %s", r.product().id(), actual);
      }
      if (i == 0) {
        if (e.get(0).rank() != 1) {
          failWithMessage("The first product, %s, is ranked %d, not 1", line(e.get(0)), e.get(0).rank());
        }
        continue;
      }
      RankedProduct before = e.get(i - 1);
      if (Ranking.ORDER.compare(before.result(), r) >= 0) {
        failWithMessage("Products out of order at position %d: %s is ranked before %s", i + 1, line(before), line(e.get(i)));
      }
      int rank = e.get(i).rank();
      if (rank != before.rank() && rank != i + 1) {
        failWithMessage("At position %d, %s should share the rank of the product before it (%d) or be ranked %d",
            i + 1, line(e.get(i)), before.rank(), i + 1);
      }
    }
    for (int i = 0; i < e.size(); i++) {
      int rank = e.get(i).rank();
      boolean shares = (i > 0 && e.get(i - 1).rank() == rank) || (i + 1 < e.size() && e.get(i + 1).rank() == rank);
      if (e.get(i).tied() != shares) {
        failWithMessage("%s is marked %s, but %s", line(e.get(i)), e.get(i).tied() ? "tied" : "not tied",
            shares ? "another product shares its rank" : "no other product shares its rank");
      }
    }
    return this;
  }

  /**
   * Two products share a rank if and only if they have the same stars, score and part C.
   *
   * @return this assertion, for chaining
   */
  public RankingAssert hasSharedRanksOnlyForEqualMerit() {
    isNotNull();
    List<RankedProduct> e = actual.entries();
    for (int i = 1; i < e.size(); i++) {
      boolean equalMerit = sameMerit(e.get(i - 1).result(), e.get(i).result());
      boolean shared = e.get(i).rank() == e.get(i - 1).rank();
      if (equalMerit != shared) {
        failWithMessage(shared ? "%s and %s share a rank without equal merit" : "%s and %s have equal merit but different ranks",
            line(e.get(i - 1)), line(e.get(i)));
      }
    }
    return this;
  }

  /**
   * The ranking gives exactly these ranks to exactly these products (for example those of a
   * vendor's own ranking of the same round).
   *
   * @param expected rank by product id; not null
   * @return this assertion, for chaining
   */
  public RankingAssert hasRanks(Map<String, Integer> expected) {
    isNotNull();
    vn.ocop.NullArgumentException.check(expected, "expected");
    List<String> differences = new ArrayList<>();
    for (RankedProduct r : actual.entries()) {
      String id = r.result().product().id();
      Integer want = expected.get(id);
      if (want == null) {
        differences.add(line(r) + ": not in the expected ranking");
      } else if (want != r.rank()) {
        differences.add(line(r) + ": expected rank " + want);
      }
    }
    for (String id : expected.keySet()) {
      if (actual.entry(id).isEmpty()) {
        differences.add("product " + id + ": expected at rank " + expected.get(id) + ", but not ranked");
      }
    }
    if (!differences.isEmpty()) {
      failWithMessage("The ranking differs from the expected one:%n  %s", String.join("\n  ", differences));
    }
    return this;
  }

  static boolean sameMerit(ProductResult a, ProductResult b) {
    return a.stars().equals(b.stars()) && a.score().compareTo(b.score()) == 0 && a.partC().compareTo(b.partC()) == 0;
  }

  static String line(RankedProduct r) {
    ProductResult p = r.result();
    return "#" + r.rank() + " product " + p.product().id() + " (" + p.stars().map(StarRating::symbol).orElse("no stars")
        + ", " + p.score().toPlainString() + " points, part C " + p.partC().toPlainString() + ")";
  }
}
