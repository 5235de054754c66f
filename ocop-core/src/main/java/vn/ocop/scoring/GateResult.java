package vn.ocop.scoring;

import java.util.List;
import vn.ocop.law.StarRating;

/**
 * A product's star gates at one level: every gate at that level and below, judged.
 *
 * @param level the level judged
 * @param judgement how each gate was judged
 * @param status met, missed, or not checked (part-level scores)
 * @param checks every gate at or below {@code level}, in scorecard order; empty when not checked
 */
public record GateResult(StarRating level, GateJudgement judgement, GateStatus status, List<GateCheck> checks) {
  /**
   * Copies {@code checks}.
   *
   * @param level the level judged
   * @param judgement how each gate was judged
   * @param status met, missed, or not checked
   * @param checks every gate at or below {@code level}, in scorecard order
   */
  public GateResult {
    checks = List.copyOf(checks);
  }

  /** {@return the gates that are missed} */
  public List<GateCheck> missed() {
    return checks.stream().filter(c -> !c.met()).toList();
  }

  /** {@return whether the product may be ranked at {@code level} as far as gates go (met, or not checked)} */
  public boolean allowsLevel() {
    return status != GateStatus.MISSED;
  }
}
