package vn.ocop.round;

/** A member's role on an evaluation council. */
public enum CouncilRole {
  /** The chair (chủ tịch hội đồng). */
  CHAIR("Chủ tịch hội đồng", "Chair"),
  /** A vice-chair (phó chủ tịch hội đồng). */
  VICE_CHAIR("Phó Chủ tịch hội đồng", "Vice-chair"),
  /** An ordinary member (thành viên). */
  MEMBER("Thành viên", "Member");

  private final String nameVi;
  private final String nameEn;

  CouncilRole(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the role's name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the role's name in English} */
  public String nameEn() {
    return nameEn;
  }
}
