package vn.ocop.round;

/** A member's role on an evaluation council. */
public enum CouncilRole {
  CHAIR("Chủ tịch hội đồng", "Chair"),
  VICE_CHAIR("Phó Chủ tịch hội đồng", "Vice-chair"),
  MEMBER("Thành viên", "Member");

  private final String nameVi;
  private final String nameEn;

  CouncilRole(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  public String nameVi() {
    return nameVi;
  }

  public String nameEn() {
    return nameEn;
  }
}
