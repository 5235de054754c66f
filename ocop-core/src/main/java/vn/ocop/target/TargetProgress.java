package vn.ocop.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ocop.NullArgumentException;

/**
 * Progress on one target up to a date. Immutable.
 *
 * @param target the target
 * @param asOf the last day counted
 * @param achieved the province-wide count; for the per-district kinds, the smallest count of any
 *     listed district (or district in a round), which is what the minimum is compared with
 * @param perUnit counts per district path (per-district kinds) or per "round id · district path"
 *     (round kind); empty for the province-wide kind
 * @param shortfalls the units below the minimum, in key order
 * @param status how far the target is reached
 */
public record TargetProgress(Target target, LocalDate asOf, int achieved, Map<String, Integer> perUnit,
    List<String> shortfalls, TargetStatus status) {
  /**
   * Creates the record, checking its components.
   *
   * @param target the target
   * @param asOf the last day counted
   * @param achieved the province-wide count; for the per-district kinds, the smallest count of any
   *     listed district (or district in a round), which is what the minimum is compared with
   * @param perUnit counts per district path (per-district kinds) or per "round id · district path"
   *     (round kind); empty for the province-wide kind
   * @param shortfalls the units below the minimum, in key order
   * @param status how far the target is reached
   * @throws NullArgumentException if a required component is null
   */
  public TargetProgress {
    NullArgumentException.check(target, "target");
    NullArgumentException.check(asOf, "asOf");
    perUnit = Map.copyOf(perUnit);
    shortfalls = List.copyOf(shortfalls);
    NullArgumentException.check(status, "status");
  }

  /** {@return how many more are needed to reach the minimum (zero once met)} */
  public int missing() {
    return Math.max(0, target.minimum() - achieved);
  }
}
