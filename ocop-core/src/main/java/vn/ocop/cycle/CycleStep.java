package vn.ocop.cycle;

/**
 * The six steps of the yearly OCOP cycle, run bottom-up on the principle "dân biết, dân bàn, dân
 * làm" (Decision 490/QĐ-TTg, the programme's cycle; restated in provincial plans such as Kiên Giang
 * plan 118/KH-UBND of 13/08/2020).
 */
public enum CycleStep {
  /** 1. Communication and guidance: addressed to the public, not to one product. */
  COMMUNICATION(1, "Tuyên truyền, hướng dẫn", "Communication and guidance"),
  /** 2. Receiving product ideas: the registration form, new or existing product. */
  IDEA(2, "Nhận ý tưởng sản phẩm", "Receiving product ideas"),
  /** 3. Receiving production and business plans. */
  BUSINESS_PLAN(3, "Nhận phương án, dự án sản xuất kinh doanh", "Receiving business plans"),
  /** 4. Carrying out the plans: production, packaging, standards, support. */
  IMPLEMENTATION(4, "Triển khai phương án, dự án sản xuất kinh doanh", "Carrying out the plans"),
  /** 5. Evaluation and ranking: dossier, council(s), stars, certificate. */
  EVALUATION(5, "Đánh giá và xếp hạng sản phẩm", "Evaluation and ranking"),
  /** 6. Trade promotion: fairs, OCOP shops and showrooms, e-commerce. */
  TRADE_PROMOTION(6, "Xúc tiến thương mại", "Trade promotion");

  private final int number;
  private final String nameVi;
  private final String nameEn;

  CycleStep(int number, String nameVi, String nameEn) {
    this.number = number;
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the step's number, 1 to 6} */
  public int number() {
    return number;
  }

  /** {@return the name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the name in English} */
  public String nameEn() {
    return nameEn;
  }

  @Override
  public String toString() {
    return number + ". " + nameEn;
  }
}
