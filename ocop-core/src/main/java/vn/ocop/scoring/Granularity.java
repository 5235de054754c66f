package vn.ocop.scoring;

/** How finely a product's scores are known. */
public enum Granularity {
  /** Every member's option on every criterion: totals and star gates can be computed. */
  OPTION_LEVEL,
  /** Part totals only (history): totals are known, star gates are not checked. */
  PART_LEVEL,
  /** No scores were given. */
  UNSCORED
}
