package vn.ocop.testkit;

import vn.ocop.evaluation.Outcome;
import vn.ocop.result.Ranking;
import vn.ocop.result.RoundResult;
import vn.ocop.scoring.ScoreSheet;

/**
 * Entry point of the OCOP assertions, to import statically next to AssertJ's:
 *
 * <pre>{@code
 * import static vn.ocop.testkit.OcopAssertions.assertThat;
 *
 * assertThat(result).product("p001").isCertifiedAt(3).byCouncil(CouncilLevel.PROVINCE).hasReason("148.band.3");
 * assertThat(result.ranking()).isTotalOrder().hasSharedRanksOnlyForEqualMerit();
 * assertThat(sheet).meetsGatesFor(4);
 * }</pre>
 *
 * @since 0.2
 */
public final class OcopAssertions {
  private OcopAssertions() {}

  /**
   * Assertions on an outcome. {@link OutcomeAssert#byCouncil} needs the round: name it with
   * {@link OutcomeAssert#in}, or start from the result ({@link #assertThat(RoundResult)}).
   *
   * @param actual the outcome
   * @return assertions on {@code actual}
   */
  public static OutcomeAssert assertThat(Outcome actual) {
    return new OutcomeAssert(actual, null);
  }

  /**
   * Assertions on a round's result, and through it on each product.
   *
   * @param actual the result
   * @return assertions on {@code actual}
   */
  public static RoundResultAssert assertThat(RoundResult actual) {
    return new RoundResultAssert(actual);
  }

  /**
   * Assertions on a ranking.
   *
   * @param actual the ranking
   * @return assertions on {@code actual}
   */
  public static RankingAssert assertThat(Ranking actual) {
    return new RankingAssert(actual);
  }

  /**
   * Assertions on a product's score sheet.
   *
   * @param actual the sheet
   * @return assertions on {@code actual}
   */
  public static ScoreSheetAssert assertThat(ScoreSheet actual) {
    return new ScoreSheetAssert(actual);
  }
}
