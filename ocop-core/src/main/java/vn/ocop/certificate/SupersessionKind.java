package vn.ocop.certificate;

/** How a certificate was replaced before its expiry. */
public enum SupersessionKind {
  /** Re-evaluated at the same stars. */
  RENEWED("Đánh giá lại, giữ hạng", "Re-evaluated, same stars"),
  /** Re-evaluated higher. */
  RE_EVALUATED_UP("Đánh giá lại, tăng hạng", "Re-evaluated up"),
  /** Re-evaluated lower. */
  RE_EVALUATED_DOWN("Đánh giá lại, hạ hạng", "Re-evaluated down"),
  /** Upgraded on the producer's request. */
  UPGRADED("Nâng hạng", "Upgraded");

  private final String nameVi;
  private final String nameEn;

  SupersessionKind(String nameVi, String nameEn) {
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
