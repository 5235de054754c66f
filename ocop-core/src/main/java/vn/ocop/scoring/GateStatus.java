package vn.ocop.scoring;

/** The state of a product's star gates at one level. */
public enum GateStatus {
  /** Every gate at or below the level is met. */
  MET,
  /** At least one gate at or below the level is missed. */
  MISSED,
  /** Gates cannot be checked: the scores are part-level only. */
  NOT_CHECKED
}
