package vn.ocop.rules;

/** Whether a pack carries national law or one province's additions. @since 0.1.0 */
public enum PackKind {
  /** National law of one instrument ({@code national/148}). */
  NATIONAL,
  /** One province's parameters and rules, layered on the national pack in force ({@code province/kien-giang}). */
  PROVINCE
}
