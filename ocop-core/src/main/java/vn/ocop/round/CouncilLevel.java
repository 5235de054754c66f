package vn.ocop.round;

/**
 * The level of government whose council evaluates a round (hội đồng đánh giá, phân hạng cấp …).
 * Which level certifies which stars depends on the instrument in force (Decision 1048/QĐ-TTg,
 * Decision 148/QĐ-TTg, Decision 1489/QĐ-TTg); that is the rule packs' business.
 */
public enum CouncilLevel {
  /** The district council (cấp huyện). */
  DISTRICT("cấp huyện", "district"),
  /** The province council (cấp tỉnh). */
  PROVINCE("cấp tỉnh", "province"),
  /** The central council (cấp trung ương). */
  CENTRAL("cấp trung ương", "central");

  private final String nameVi;
  private final String nameEn;

  CouncilLevel(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the level's name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the level's name in English} */
  public String nameEn() {
    return nameEn;
  }
}
