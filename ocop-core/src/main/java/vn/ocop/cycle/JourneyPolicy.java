package vn.ocop.cycle;

import java.util.List;

/**
 * The service-provider interface that judges a journey's transitions. {@link StandardJourneyPolicy}
 * encodes the national conditions; {@code ocop-rules} (or a host) may supply another, e.g. with a
 * province's extra conditions. Implementations must be thread-safe and deterministic and must not
 * modify their inputs.
 */
public interface JourneyPolicy {

  /**
   * The conditions {@code request} does not meet; empty when the transition is allowed.
   *
   * @param request the transition; not null
   * @return the unmet conditions; empty when allowed
   */
  List<UnmetCondition> check(TransitionRequest request);

  /** {@return the national conditions} */
  static JourneyPolicy standard() {
    return StandardJourneyPolicy.INSTANCE;
  }
}
