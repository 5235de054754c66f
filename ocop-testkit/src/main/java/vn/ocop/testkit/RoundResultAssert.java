package vn.ocop.testkit;

import org.assertj.core.api.AbstractAssert;
import vn.ocop.evaluation.Decision;
import vn.ocop.law.StarRating;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RoundResult;
import vn.ocop.result.RoundStatistics;

/**
 * AssertJ assertions on a whole {@link RoundResult}, and the way in to one product's outcome or
 * sheet: {@code assertThat(result).product("p001").isCertifiedAt(3).byCouncil(PROVINCE)}. Obtain it
 * from {@link OcopAssertions}.
 *
 * <p>Not thread-safe (an AssertJ assertion object).
 *
 * @since 0.2
 */
public final class RoundResultAssert extends AbstractAssert<RoundResultAssert, RoundResult> {

  RoundResultAssert(RoundResult actual) {
    super(actual, RoundResultAssert.class);
  }

  /**
   * Assertions on the outcome of one product, knowing the round (so that
   * {@link OutcomeAssert#byCouncil} can be checked).
   *
   * @param productId the product's id; not null
   * @return assertions on that product's outcome
   */
  public OutcomeAssert product(String productId) {
    return new OutcomeAssert(find(productId).outcome(), actual.round()).as("product %s", productId);
  }

  /**
   * Assertions on the score sheet of one product.
   *
   * @param productId the product's id; not null
   * @return assertions on that product's score sheet
   */
  public ScoreSheetAssert sheet(String productId) {
    return new ScoreSheetAssert(find(productId).sheet());
  }

  /**
   * Assertions on the round's ranking.
   *
   * @return assertions on the ranking
   */
  public RankingAssert ranking() {
    isNotNull();
    return new RankingAssert(actual.ranking());
  }

  private ProductResult find(String productId) {
    isNotNull();
    return actual.result(productId).orElseThrow(() -> new AssertionError("Round " + actual.round().id()
        + " has no product '" + productId + "'; its products are " + actual.results().stream()
        .map(r -> r.product().id()).toList()));
  }

  /**
   * The statistics add up: the products per star level plus the unranked make the round's size, so
   * do the products per decision, and "3★ or more" is the sum of 3★, 4★ and 5★.
   *
   * @return this assertion, for chaining
   */
  public RoundResultAssert hasCountsAddingUp() {
    isNotNull();
    RoundStatistics s = actual.statistics();
    int n = actual.results().size();
    int perStars = s.unranked();
    for (StarRating r : StarRating.values()) {
      perStars += s.count(r);
    }
    int perDecision = 0;
    for (Decision d : Decision.values()) {
      perDecision += s.count(d);
    }
    int atLeast3 = s.count(StarRating.THREE_STARS) + s.count(StarRating.FOUR_STARS) + s.count(StarRating.FIVE_STARS);
    if (s.size() != n || perStars != n || perDecision != n || s.countAtLeast(StarRating.THREE_STARS) != atLeast3) {
      failWithMessage("Round %s has %d products, but its statistics say: size %d, per star level plus unranked %d,"
          + " per decision %d, 3★ or more %d (3★+4★+5★ = %d): %s", actual.round().id(), n, s.size(), perStars,
          perDecision, s.countAtLeast(StarRating.THREE_STARS), atLeast3, s);
    }
    return this;
  }
}
