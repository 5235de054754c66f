package vn.ocop.round;

/**
 * The items of a product's evaluation dossier (hồ sơ đánh giá, phân hạng). Decision 148/QĐ-TTg,
 * Appendix II (the procedure) lists what a dossier holds; which items a product needs is decided by
 * the rule packs, which name the provision.
 */
public enum DossierItem {
  REGISTRATION_FORM("Phiếu đăng ký sản phẩm", "Registration form"),
  BUSINESS_PLAN("Phương án/dự án sản xuất kinh doanh", "Production/business plan"),
  ORGANISATION_DESCRIPTION("Bản giới thiệu tổ chức, cá nhân", "Description of the producer's organisation"),
  BUSINESS_REGISTRATION("Bản sao giấy đăng ký kinh doanh", "Business registration certificate"),
  PRODUCT_SAMPLES("Sản phẩm mẫu", "Product samples"),
  FOOD_SAFETY_EVIDENCE("Giấy chứng nhận/cam kết đủ điều kiện an toàn thực phẩm", "Food-safety certificate or commitment"),
  QUALITY_DECLARATION("Bản tự công bố chất lượng sản phẩm", "Product quality declaration"),
  TEST_REPORT("Phiếu kiểm nghiệm", "Test report"),
  TRADEMARK("Giấy chứng nhận nhãn hiệu", "Trademark certificate"),
  PRODUCT_STORY("Câu chuyện sản phẩm", "Product story"),
  SELF_ASSESSMENT("Phiếu tự đánh giá", "Self-assessment (re-evaluation)");

  private final String nameVi;
  private final String nameEn;

  DossierItem(String nameVi, String nameEn) {
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
