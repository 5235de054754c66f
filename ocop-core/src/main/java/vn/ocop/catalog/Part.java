package vn.ocop.catalog;

/**
 * The three parts of every OCOP scorecard (Decision 1048/QĐ-TTg and Decision 148/QĐ-TTg, Appendix III):
 * A product and community strength, B marketing capacity, C product quality. Their maxima depend on
 * the instrument ({@link Catalogue#partMaximum(Part)}): 35/25/40 under 1048, 40/25/35 under 148.
 */
public enum Part {
  /** Part A: the product and community strength. */
  A("Sản phẩm và sức mạnh của cộng đồng", "Product and community strength"),
  /** Part B: marketing capacity. */
  B("Khả năng tiếp thị", "Marketing capacity"),
  /** Part C: product quality. */
  C("Chất lượng sản phẩm", "Product quality");

  private final String nameVi;
  private final String nameEn;

  Part(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the part's name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the part's name in English} */
  public String nameEn() {
    return nameEn;
  }
}
