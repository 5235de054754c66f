package vn.ocop.law;

/**
 * What a producer's dossier asks for. Decision 26/2026/QĐ-TTg, Article 6.1 (a) first evaluation,
 * (b) upgrade, (c) re-evaluation at the end of a certificate's 36 months; Article 12.2 gives the
 * transition a different deadline for a re-evaluation (30 days) than for the others (60 days).
 */
public enum DossierKind {
  /** Đánh giá, phân hạng lần đầu (Decision 26/2026/QĐ-TTg, Article 6.1.a). */
  FIRST_EVALUATION("Đánh giá, phân hạng lần đầu", "First evaluation"),
  /** Đánh giá, nâng hạng (Article 6.1.b, 7.5): a certified product asks for more stars. */
  UPGRADE("Đánh giá, nâng hạng", "Upgrade"),
  /** Đánh giá, phân hạng lại (Article 6.1.c, 7.6): at the end of the certificate's 36 months. */
  RE_EVALUATION("Đánh giá, phân hạng lại", "Re-evaluation");

  private final String nameVi;
  private final String nameEn;

  DossierKind(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the name in Vietnamese, as the law writes it} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the name in English} */
  public String nameEn() {
    return nameEn;
  }
}
