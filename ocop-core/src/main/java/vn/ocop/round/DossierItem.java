package vn.ocop.round;

/**
 * The items of a product's evaluation dossier (hồ sơ đánh giá, phân hạng). Decision 148/QĐ-TTg lists
 * what a dossier holds under its procedure; Decision 26/2026/QĐ-TTg, Article 6 lists the producer's
 * dossier (forms 01 and 02 of Phụ lục III), the commune's proposal and report (form 03) and the
 * province's proposal for 5★. Which items a product needs is decided by the rule packs, which name the
 * provision.
 */
public enum DossierItem {
  /** Phiếu đăng ký sản phẩm: the registration form. */
  REGISTRATION_FORM("Phiếu đăng ký sản phẩm", "Registration form"),
  /** Phương án/dự án sản xuất kinh doanh: the production/business plan. */
  BUSINESS_PLAN("Phương án/dự án sản xuất kinh doanh", "Production/business plan"),
  /** Bản giới thiệu tổ chức, cá nhân: the description of the producer's organisation. */
  ORGANISATION_DESCRIPTION("Bản giới thiệu tổ chức, cá nhân", "Description of the producer's organisation"),
  /** Bản sao giấy đăng ký kinh doanh: a copy of the business registration certificate. */
  BUSINESS_REGISTRATION("Bản sao giấy đăng ký kinh doanh", "Business registration certificate"),
  /** Sản phẩm mẫu: product samples. */
  PRODUCT_SAMPLES("Sản phẩm mẫu", "Product samples"),
  /** Giấy chứng nhận/cam kết đủ điều kiện an toàn thực phẩm: the food-safety certificate or commitment. */
  FOOD_SAFETY_EVIDENCE("Giấy chứng nhận/cam kết đủ điều kiện an toàn thực phẩm", "Food-safety certificate or commitment"),
  /** Bản tự công bố chất lượng sản phẩm: the product quality declaration. */
  QUALITY_DECLARATION("Bản tự công bố chất lượng sản phẩm", "Product quality declaration"),
  /** Phiếu kiểm nghiệm: the test report. */
  TEST_REPORT("Phiếu kiểm nghiệm", "Test report"),
  /** Giấy chứng nhận nhãn hiệu: the trademark certificate. */
  TRADEMARK("Giấy chứng nhận nhãn hiệu", "Trademark certificate"),
  /** Câu chuyện sản phẩm: the product story. */
  PRODUCT_STORY("Câu chuyện sản phẩm", "Product story"),
  /** Báo cáo tự đánh giá về sản phẩm (Decision 148/QĐ-TTg; Decision 26/2026/QĐ-TTg, Article 6.1, Mẫu số 02). */
  SELF_ASSESSMENT("Báo cáo tự đánh giá về sản phẩm", "Self-assessment report"),
  /** For an upgrade: what changed since certification, with evidence (Decision 26/2026/QĐ-TTg, Article 6.1.b). */
  CHANGES_EVIDENCE("Nội dung và tài liệu minh chứng về những thay đổi so với sản phẩm OCOP đã được công nhận",
      "Evidence of what changed since the product was certified (upgrade)"),
  /**
   * For a re-evaluation: updates on materials, technology, packaging, labels, quality declaration,
   * periodic tests, markets, output, revenue and time-limited papers (Decision 26/2026/QĐ-TTg, Article 6.1.c).
   */
  RE_EVALUATION_UPDATES("Cập nhật nội dung mới và kết quả sau thời gian sản phẩm OCOP được công nhận",
      "Updates since certification (re-evaluation)"),
  /** Văn bản của UBND cấp xã đề nghị UBND cấp tỉnh đánh giá, phân hạng (Decision 26/2026/QĐ-TTg, Article 6.2.a). */
  COMMUNE_PROPOSAL("Văn bản của UBND cấp xã đề nghị đánh giá, phân hạng", "The commune's proposal to the province"),
  /** Báo cáo của UBND cấp xã, Mẫu số 03 (Decision 26/2026/QĐ-TTg, Article 6.2.b, 7.2). */
  COMMUNE_REPORT("Báo cáo đánh giá của UBND cấp xã (Mẫu số 03)", "The commune's assessment report (form 03)"),
  /**
   * The province's proposal to the Ministry of Agriculture and Environment for 5★, with the province
   * council's report and the chairman's approval (Decision 26/2026/QĐ-TTg, Article 6.3).
   */
  PROVINCE_PROPOSAL("Văn bản và hồ sơ của UBND cấp tỉnh đề nghị đánh giá, phân hạng sản phẩm OCOP 5 sao",
      "The province's proposal for 5★ (Article 6.3)");

  private final String nameVi;
  private final String nameEn;

  DossierItem(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the item's name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the item's name in English} */
  public String nameEn() {
    return nameEn;
  }
}
