package vn.ocop.certificate;

/**
 * Why a certificate is revoked (thu hồi giấy chứng nhận), as Decision 148/QĐ-TTg lists the cases
 * for post-certification monitoring; {@link Revocation#details()} carries the free text.
 */
public enum RevocationGround {
  /** The product no longer meets the standard it was certified at. */
  PRODUCT_OFF_SPEC("Sản phẩm không đảm bảo chất lượng như đã công nhận", "Product off specification"),
  /** A food-safety violation. */
  FOOD_SAFETY_VIOLATION("Vi phạm quy định về an toàn thực phẩm", "Food-safety violation"),
  /** The producer does not follow the process it declared. */
  DECLARED_PROCESS_NOT_FOLLOWED("Không thực hiện đúng quy trình đã đăng ký", "Declared process not followed"),
  /** The facility has stopped producing. */
  FACILITY_STOPPED("Cơ sở ngừng sản xuất, kinh doanh", "Facility stopped");

  private final String nameVi;
  private final String nameEn;

  RevocationGround(String nameVi, String nameEn) {
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
