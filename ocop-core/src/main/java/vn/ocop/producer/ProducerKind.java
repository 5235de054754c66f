package vn.ocop.producer;

/**
 * The legal forms of an OCOP producer (chủ thể OCOP). Decision 148/QĐ-TTg, Article 1 (subjects of
 * application): enterprises, cooperatives and cooperative unions, cooperative groups, and
 * households with a business registration. A household without a registration cannot enter; it is
 * modelled as {@link #HOUSEHOLD} with no registration so that a round can say why it is refused.
 */
public enum ProducerKind {
  ENTERPRISE("Doanh nghiệp", "Enterprise"),
  COOPERATIVE("Hợp tác xã, liên hiệp hợp tác xã", "Cooperative or cooperative union"),
  COOPERATIVE_GROUP("Tổ hợp tác", "Cooperative group"),
  HOUSEHOLD("Hộ sản xuất kinh doanh", "Household business");

  private final String nameVi;
  private final String nameEn;

  ProducerKind(String nameVi, String nameEn) {
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
