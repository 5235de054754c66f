package vn.ocop.certificate;

/**
 * Why a certificate is revoked (thu hồi giấy chứng nhận): the cases Decision 148/QĐ-TTg lists for
 * post-certification monitoring, and the grounds of Decision 26/2026/QĐ-TTg, Article 8.1 (a–e);
 * {@link Revocation#details()} carries the free text. {@link #FACILITY_STOPPED} is also Article 8.1.đ.
 */
public enum RevocationGround {
  /** The product no longer meets the standard it was certified at. */
  PRODUCT_OFF_SPEC("Sản phẩm không đảm bảo chất lượng như đã công nhận", "Product off specification"),
  /** A food-safety violation. */
  FOOD_SAFETY_VIOLATION("Vi phạm quy định về an toàn thực phẩm", "Food-safety violation"),
  /** The producer does not follow the process it declared. */
  DECLARED_PROCESS_NOT_FOLLOWED("Không thực hiện đúng quy trình đã đăng ký", "Declared process not followed"),
  /** The facility has stopped producing. */
  FACILITY_STOPPED("Cơ sở ngừng sản xuất, kinh doanh", "Facility stopped"),
  /** Article 8.1.a: untruthful information or forged documents in the dossier. */
  FALSE_OR_FORGED_DOSSIER("Cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ",
      "Untruthful information or forged dossier"),
  /** Article 8.1.b: the product no longer meets the criteria, as monitoring concluded. */
  NO_LONGER_MEETS_CRITERIA("Sản phẩm không còn đáp ứng các tiêu chí theo Bộ tiêu chí OCOP",
      "No longer meets the OCOP criteria"),
  /** Article 8.1.c: a violation of the law on quality, food safety, environment, intellectual property or labelling. */
  LEGAL_VIOLATION("Vi phạm quy định pháp luật về chất lượng, an toàn thực phẩm, bảo vệ môi trường, sở hữu trí tuệ, ghi nhãn",
      "Violation of the law on quality, food safety, environment, intellectual property or labelling"),
  /** Article 8.1.d: the OCOP mark used wrongly, misleading about the certified product. */
  OCOP_MARK_MISUSED("Sử dụng nhãn hiệu OCOP không đúng quy định", "OCOP mark misused"),
  /** Article 8.1.e: another case concluded by a competent state body. */
  OTHER_CONCLUSION("Trường hợp khác theo kết luận của cơ quan nhà nước có thẩm quyền",
      "Other case concluded by a competent authority");

  private final String nameVi;
  private final String nameEn;

  RevocationGround(String nameVi, String nameEn) {
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
