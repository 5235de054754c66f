package vn.ocop;

import java.util.List;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Round;
import vn.ocop.scoring.ScoredRound;
import vn.ocop.scoring.Scoring;

/**
 * The entry point: score a round and have a policy decide it.
 *
 * <pre>{@code
 * RoundResult result = Ocop.evaluate(round, policy);
 * for (RankedProduct p : result.ranking().entries()) {
 *   String line = p.rank() + ". " + p.result().product().name() + " " + p.result().score();
 * }
 * }</pre>
 *
 * <p>Data flows one way: the round is scored with the catalogue in force on its date
 * ({@link Scoring}), the policy decides each product's outcome, and the result ranks them.
 */
public final class Ocop {
  private Ocop() {}

  /**
   * Scores a round without deciding it.
   *
   * @param round the round to score
   * @return the round with every submission scored
   * @throws NullArgumentException if {@code round} is null
   * @throws vn.ocop.catalog.NoCatalogueInForceException if no catalogue covers the round's date
   * @throws vn.ocop.scoring.ScoringException if a scorecard cannot be scored
   */
  public static ScoredRound score(Round round) {
    return Scoring.score(NullArgumentException.check(round, "round"));
  }

  /**
   * Scores a round and lets {@code policy} decide every product.
   *
   * @param round the round to score
   * @param policy the policy that decides each scored product; its snapshot is used for the whole call
   * @return the scored round with one outcome per product and the policy's description
   * @throws NullArgumentException naming {@code round} or {@code policy} if it is null
   * @throws vn.ocop.catalog.NoCatalogueInForceException if no catalogue covers the round's date
   * @throws vn.ocop.scoring.ScoringException if a scorecard cannot be scored
   * @throws IllegalStateException if the policy does not give exactly one outcome per product
   */
  public static RoundResult evaluate(Round round, EvaluationPolicy policy) {
    // one policy from start to end: a holder that reloads between the two calls must not tear the result
    NullArgumentException.check(round, "round");
    EvaluationPolicy book = NullArgumentException.check(NullArgumentException.check(policy, "policy").snapshot(),
        "policy.snapshot()");
    ScoredRound scored = score(round);
    List<Outcome> outcomes = book.decide(scored);
    return RoundResult.of(scored, outcomes, book.description());
  }
}
