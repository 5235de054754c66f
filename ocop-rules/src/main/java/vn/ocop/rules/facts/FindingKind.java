package vn.ocop.rules.facts;

/**
 * What a {@link Finding} says, and the stage it belongs to: reasons are ordered by stage, then by
 * rule id.
 */
public enum FindingKind {
  /** The product may not be ranked (producer, registration, dossier). */
  INELIGIBLE(1),
  /** The council must score the product again (spread, quorum, no scores). */
  RESCORE(2),
  /** The star band the score falls in. */
  BAND(3),
  /** A missed star gate caps the stars. */
  CAP(4),
  /** The stars the product reaches: the band, capped by missed gates. */
  STARS(5),
  /** The council's level certifies the product. */
  CERTIFY(6),
  /** The product goes to a higher council. */
  FORWARD(6),
  /** No certificate at this council. */
  NOT_ACHIEVED(6),
  /** A remark that does not change the outcome (province conditions, awards, gates not checked). */
  NOTE(7);

  private final int stage;

  FindingKind(int stage) {
    this.stage = stage;
  }

  /**
   * The stage, 1 (eligibility) to 7 (notes).
   *
   * @return the stage number
   */
  public int stage() {
    return stage;
  }

  /**
   * Whether findings of this kind decide the outcome on their own.
   *
   * @return true for {@link #INELIGIBLE}, {@link #RESCORE}, {@link #CERTIFY}, {@link #FORWARD} and {@link
   *     #NOT_ACHIEVED}
   */
  public boolean isDecision() {
    return this == INELIGIBLE || this == RESCORE || this == CERTIFY || this == FORWARD || this == NOT_ACHIEVED;
  }
}
