package vn.ocop.target;

/** What a target counts. */
public enum TargetKind {
  /** Distinct products of the province certified at the target's stars or more during the period. */
  PRODUCTS_CERTIFIED("Số sản phẩm được công nhận", "Products certified"),
  /** The same, counted per district: every listed district must reach the minimum. */
  PRODUCTS_CERTIFIED_PER_DISTRICT("Số sản phẩm được công nhận mỗi huyện", "Products certified per district"),
  /** Products each district puts into each provincial round of the period (submissions). */
  PRODUCTS_PER_DISTRICT_IN_PROVINCIAL_ROUND("Số sản phẩm mỗi huyện tham gia đánh giá cấp tỉnh",
      "Products per district in each provincial round");

  private final String nameVi;
  private final String nameEn;

  TargetKind(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the name in English} */
  public String nameEn() {
    return nameEn;
  }
}
