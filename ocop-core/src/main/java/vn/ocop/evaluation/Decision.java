package vn.ocop.evaluation;

/**
 * What a council's evaluation does with a product. Which level may certify which stars, and when a
 * product goes up a level, is set by the instrument in force (Decision 1048/QĐ-TTg, Decision
 * 148/QĐ-TTg, Decision 1489/QĐ-TTg) and decided by the policy.
 */
public enum Decision {
  /** The council's level certifies the product at its stars (3★ and up). */
  CERTIFY("Công nhận", "Certify"),
  /** The product goes to a higher level's council (e.g. a district sends ≥70 points to the province). */
  FORWARD("Chuyển cấp trên", "Forward to a higher level"),
  /** Below 3★: no certificate; the product may improve and come back. */
  NOT_ACHIEVED("Không đạt", "Not achieved"),
  /** The product may not be ranked (producer kind, registration, dossier). */
  INELIGIBLE("Không đủ điều kiện", "Ineligible"),
  /** The council must discuss and score again (e.g. members' totals differ too much). */
  RETURNED_FOR_RESCORING("Chấm lại", "Returned for re-scoring");

  private final String nameVi;
  private final String nameEn;

  Decision(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the decision's name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the decision's name in English} */
  public String nameEn() {
    return nameEn;
  }
}
