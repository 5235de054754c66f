package vn.ocop.certificate;

/** What happened to certificates during a period. */
public enum FlowKind {
  /** First certificates of products. */
  NEW("Cấp mới", "New"),
  /** Re-evaluated at the same stars. */
  RENEWED("Đánh giá lại, giữ hạng", "Renewed"),
  /** Upgraded, or re-evaluated higher. */
  UPGRADED("Nâng hạng", "Upgraded"),
  /** Re-evaluated lower. */
  DOWNGRADED("Hạ hạng", "Downgraded"),
  /** Reached the end of their 36 months without being replaced or revoked. */
  EXPIRED("Hết hiệu lực", "Expired"),
  /** Revoked. */
  REVOKED("Thu hồi", "Revoked");

  private final String nameVi;
  private final String nameEn;

  FlowKind(String nameVi, String nameEn) {
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
