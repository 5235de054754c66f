package vn.ocop.cycle;

import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.NullArgumentException;

/**
 * One dated step of a journey: from where (empty for the entry), to where, on which day, by which
 * body. Immutable.
 *
 * @param from the step left; empty for the entry
 * @param to the step reached
 * @param date the day
 * @param actingBody the body that acted, e.g. "UBND xã Sóc Sơn", "Hội đồng cấp tỉnh"
 * @param kind entry, advance or return
 */
public record Transition(Optional<CycleStep> from, CycleStep to, LocalDate date, String actingBody, TransitionKind kind) {
  /**
   * Creates the record, checking its components.
   *
   * @param from the step left; empty for the entry
   * @param to the step reached
   * @param date the day
   * @param actingBody the body that acted, e.g. "UBND xã Sóc Sơn", "Hội đồng cấp tỉnh"
   * @param kind entry, advance or return
   * @throws IllegalArgumentException if {@code actingBody} is blank
   * @throws NullArgumentException if a required component is null
   */
  public Transition {
    NullArgumentException.check(from, "from");
    NullArgumentException.check(to, "to");
    NullArgumentException.check(date, "date");
    NullArgumentException.check(actingBody, "actingBody");
    NullArgumentException.check(kind, "kind");
    if (actingBody.isBlank()) {
      throw new IllegalArgumentException("A transition to " + to + " on " + date + " must name the body that acted");
    }
  }
}
