package vn.ocop.certificate;

/** Why a certificate was issued. Decision 148/QĐ-TTg: re-evaluation at expiry may raise or lower the stars; an upgrade (nâng hạng) may be asked in any round. */
public enum IssueBasis {
  /** A product's first certificate. */
  NEW("Công nhận mới", "New"),
  /** Re-evaluation (đánh giá lại) of a certified product; the stars may stay, rise or fall. */
  RE_EVALUATION("Đánh giá lại", "Re-evaluation"),
  /** An upgrade (nâng hạng) asked by the producer; the stars must rise. */
  UPGRADE("Nâng hạng", "Upgrade");

  private final String nameVi;
  private final String nameEn;

  IssueBasis(String nameVi, String nameEn) {
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
