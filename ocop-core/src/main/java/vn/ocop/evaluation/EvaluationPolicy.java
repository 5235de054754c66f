package vn.ocop.evaluation;

import java.util.List;
import vn.ocop.scoring.ScoredRound;

/**
 * The service-provider interface that decides products' outcomes: eligibility, star band, star
 * gates, which council level certifies, province conditions. {@code ocop-rules} implements it with
 * Drools rule packs; a host may implement it itself. The core never decides a star.
 *
 * <p>Implementations must be thread-safe and deterministic: the same scored round gives the same
 * outcomes whatever the order of its submissions. They must not modify their inputs.
 */
public interface EvaluationPolicy {

  /**
   * Decides the outcome of every product in a scored round.
   *
   * @param round the scored round; not null
   * @return exactly one outcome per submission, in any order
   */
  List<Outcome> decide(ScoredRound round);

  /** What the policy is, for reports: e.g. the packs and versions it applies. */
  default String description() {
    return getClass().getName();
  }
}
