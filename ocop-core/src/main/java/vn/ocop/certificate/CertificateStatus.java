package vn.ocop.certificate;

/** Where a certificate stands on a date. Decision 148/QĐ-TTg: valid 36 months; notice at least 30 days before expiry. */
public enum CertificateStatus {
  /** The date is before the decision that issued it. */
  NOT_YET_ISSUED("Chưa cấp", "Not yet issued"),
  /** In force, outside the notice window. */
  VALID("Còn hiệu lực", "Valid"),
  /** In force, within the notice window before expiry: the issuer must have notified the producer. */
  EXPIRING("Sắp hết hiệu lực", "Expiring"),
  /**
   * Past its 36 months but still in force while a late re-evaluation is decided, at most 180 days
   * (Decision 26/2026/QĐ-TTg, Article 12.3; {@link Certificate#extendedUntil()}).
   */
  EXTENDED("Kéo dài hiệu lực đến khi có kết quả đánh giá lại", "Extended until the re-evaluation result"),
  /** Past its 36 months. */
  EXPIRED("Hết hiệu lực", "Expired"),
  /** Withdrawn (thu hồi) before expiry. */
  REVOKED("Bị thu hồi", "Revoked"),
  /** Replaced before expiry by a re-evaluation or an upgrade. */
  SUPERSEDED("Được thay thế", "Superseded");

  private final String nameVi;
  private final String nameEn;

  CertificateStatus(String nameVi, String nameEn) {
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

  /** {@return whether the certificate is in force: {@link #VALID}, {@link #EXPIRING} or {@link #EXTENDED}} */
  public boolean isInForce() {
    return this == VALID || this == EXPIRING || this == EXTENDED;
  }
}
