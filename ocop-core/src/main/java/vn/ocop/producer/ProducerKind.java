package vn.ocop.producer;

/**
 * The legal forms of an OCOP producer (chủ thể OCOP). Decision 148/QĐ-TTg, Article 1 (subjects of
 * application): enterprises, cooperatives and cooperative unions, cooperative groups, and
 * households with a business registration. A household without a registration cannot enter; it is
 * modelled as {@link #HOUSEHOLD} with no registration so that a round can say why it is refused.
 *
 * <p>Decision 26/2026/QĐ-TTg, Article 2.3 admits cooperatives, cooperative groups, small and medium
 * enterprises ({@link Producer#smallOrMediumEnterprise()}), farms ({@link #FARM}), production
 * households and households with a business registration, and for community tourism, eco-tourism and
 * tourist sites also associations ({@link #ASSOCIATION}) and operating centres or equivalent
 * organisations ({@link #OPERATING_CENTRE}). Which kinds a round admits is the rule packs' business.
 */
public enum ProducerKind {
  /** Doanh nghiệp: an enterprise. */
  ENTERPRISE("Doanh nghiệp", "Enterprise"),
  /** Hợp tác xã, liên hiệp hợp tác xã: a cooperative or cooperative union. */
  COOPERATIVE("Hợp tác xã, liên hiệp hợp tác xã", "Cooperative or cooperative union"),
  /** Tổ hợp tác: a cooperative group. */
  COOPERATIVE_GROUP("Tổ hợp tác", "Cooperative group"),
  /** Hộ sản xuất kinh doanh: a household business, with or without a business registration. */
  HOUSEHOLD("Hộ sản xuất kinh doanh", "Household business"),
  /** Trang trại (Decision 26/2026/QĐ-TTg, Article 2.3). */
  FARM("Trang trại", "Farm"),
  /** Hội, hiệp hội: admitted for community tourism only (Decision 26/2026/QĐ-TTg, Article 2.3). */
  ASSOCIATION("Hội, hiệp hội", "Association"),
  /**
   * Trung tâm điều hành hoặc tổ chức tương đương: admitted for community tourism only (Decision
   * 26/2026/QĐ-TTg, Article 2.3).
   */
  OPERATING_CENTRE("Trung tâm điều hành hoặc tổ chức tương đương", "Operating centre or equivalent organisation");

  private final String nameVi;
  private final String nameEn;

  ProducerKind(String nameVi, String nameEn) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
  }

  /** {@return the kind's name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the kind's name in English} */
  public String nameEn() {
    return nameEn;
  }
}
