package vn.ocop.funding;

import vn.ocop.NullArgumentException;


/**
 * What a plan line or a source stands at: planned, allocated, disbursed. Immutable.
 *
 * @param label the line (e.g. {@code 2021–2025 state-budget}) or the source's slug
 * @param planned the plan's amount
 * @param allocated allocated so far
 * @param disbursed disbursed so far
 */
public record Balance(String label, Vnd planned, Vnd allocated, Vnd disbursed) {
  /**
   * Creates the record, checking its components.
   *
   * @param label the line (e.g. {@code 2021–2025 state-budget}) or the source's slug
   * @param planned the plan's amount
   * @param allocated allocated so far
   * @param disbursed disbursed so far
   * @throws NullArgumentException if a required component is null
   */
  public Balance {
    NullArgumentException.check(label, "label");
    NullArgumentException.check(planned, "planned");
    NullArgumentException.check(allocated, "allocated");
    NullArgumentException.check(disbursed, "disbursed");
  }

  /** {@return planned but not yet allocated} */
  public Vnd unallocated() {
    return planned.minus(allocated);
  }

  /** {@return allocated but not yet disbursed} */
  public Vnd undisbursed() {
    return allocated.minus(disbursed);
  }

  /** {@return planned but not yet disbursed: what is left to spend} */
  public Vnd left() {
    return planned.minus(disbursed);
  }
}
