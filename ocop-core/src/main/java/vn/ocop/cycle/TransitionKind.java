package vn.ocop.cycle;

/** What a journey's transition was. */
public enum TransitionKind {
  /** A new product entered at the idea step. */
  ENTERED_NEW,
  /** A product already on the market entered at a later step. */
  ENTERED_EXISTING,
  /** Moved on to the next step. */
  ADVANCED,
  /** Went back to an earlier step (improve and come back; re-evaluation or upgrade). */
  RETURNED
}
