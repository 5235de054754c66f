package vn.ocop.target;

/** How far a target is reached. */
public enum TargetStatus {
  /** Below the minimum. */
  NOT_MET,
  /** At least the minimum. */
  MET,
  /** At least the upper end of the range. */
  UPPER_MET,
  /** At least the stretch goal. */
  STRETCH_MET
}
