package vn.ocop.funding;

/** How a province pays its per-star awards. Province policy, not national law. */
public enum AwardMode {
  /** Every certified product is paid the amount for its stars, in every round it is certified. */
  EVERY_CERTIFICATION("Thưởng mỗi lần công nhận", "Paid on every certification"),
  /**
   * Paid once per star level: a product certified at a level it was already paid for gets nothing,
   * and an upgrade is paid only the difference between the new level's amount and the highest amount
   * already paid.
   */
  ONCE_PER_LEVEL("Thưởng một lần cho mỗi hạng sao, nâng hạng chỉ thưởng phần chênh lệch",
      "Paid once per star level; an upgrade is paid the difference");

  private final String nameVi;
  private final String nameEn;

  AwardMode(String nameVi, String nameEn) {
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
