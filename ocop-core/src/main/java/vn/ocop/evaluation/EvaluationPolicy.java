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

  /** {@return what the policy is, for reports: e.g. the packs and versions it applies} */
  default String description() {
    return getClass().getName();
  }

  /**
   * The policy that decides and describes one evaluation from start to end. A policy whose rules can
   * change while it serves (one that reloads its packs) returns what is in service now, unchanging,
   * so that a result is never decided by one set of rules and described as another; a policy that
   * never changes returns itself, as this default does.
   *
   * @return a policy whose {@link #decide} and {@link #description} do not change; not null
   * @since 0.1.0
   */
  default EvaluationPolicy snapshot() {
    return this;
  }
}
