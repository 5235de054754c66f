package vn.ocop.funding;

/**
 * Where OCOP money comes from. Decision 919/QĐ-TTg (the programme 2021–2025, section on funding)
 * lists the sources: the central budget through the national target programme on new rural
 * development, local budgets, producers' counterpart funds, credit, funds integrated from other
 * programmes, and other lawful sources. Provincial plans also write "state budget" (ngân sách nhà
 * nước) without saying which level pays; {@link #STATE_BUDGET} keeps that as written rather than
 * guessing a split.
 */
public enum FundingSource {
  /** Central budget through the national target programme on new rural development. */
  CENTRAL_BUDGET("Ngân sách trung ương (Chương trình MTQG xây dựng nông thôn mới)",
      "Central budget (new-rural-development programme)", true),
  /** Provincial budget. */
  PROVINCIAL_BUDGET("Ngân sách tỉnh", "Provincial budget", true),
  /** District and commune budgets. */
  DISTRICT_COMMUNE_BUDGET("Ngân sách huyện, xã", "District and commune budget", true),
  /** State budget as a plan writes it, without the level that pays (e.g. Kiên Giang plan 118). */
  STATE_BUDGET("Ngân sách nhà nước (không tách cấp)", "State budget (level not stated)", true),
  /** Producers' own counterpart funds (vốn đối ứng). */
  COUNTERPART("Vốn đối ứng của tổ chức, cá nhân", "Producers' counterpart funds", false),
  /** Credit: policy banks, commercial banks, SME and cooperative development funds. */
  CREDIT("Vốn tín dụng", "Credit", false),
  /** Integrated: support for small and medium enterprises under Decree 39/2018/NĐ-CP. */
  INTEGRATED_SME_SUPPORT("Lồng ghép: hỗ trợ doanh nghiệp nhỏ và vừa (Nghị định 39/2018/NĐ-CP)",
      "Integrated: SME support (Decree 39/2018/NĐ-CP)", true),
  /** Integrated: the cooperative programme of Decision 461/QĐ-TTg. */
  INTEGRATED_COOPERATIVES("Lồng ghép: phát triển hợp tác xã (Quyết định 461/QĐ-TTg)",
      "Integrated: cooperative programme (Decision 461/QĐ-TTg)", true),
  /** Integrated: agricultural and industrial extension. */
  INTEGRATED_EXTENSION("Lồng ghép: khuyến nông, khuyến công", "Integrated: agricultural and industrial extension", true),
  /** Integrated: science and technology programmes. */
  INTEGRATED_SCIENCE_TECHNOLOGY("Lồng ghép: khoa học và công nghệ", "Integrated: science and technology", true),
  /** Other lawful sources. */
  OTHER_LAWFUL("Nguồn hợp pháp khác", "Other lawful sources", false);

  private final String nameVi;
  private final String nameEn;
  private final boolean publicMoney;

  FundingSource(String nameVi, String nameEn, boolean publicMoney) {
    this.nameVi = nameVi;
    this.nameEn = nameEn;
    this.publicMoney = publicMoney;
  }

  /** {@return the name in Vietnamese} */
  public String nameVi() {
    return nameVi;
  }

  /** {@return the name in English} */
  public String nameEn() {
    return nameEn;
  }

  /**
   * Whether the source is state money (budgets and programmes integrated from the state budget), as
   * opposed to producers' funds, credit and other sources.
   *
   * @return whether the source is state money
   */
  public boolean isStateBudget() {
    return publicMoney;
  }

  /** {@return the slug used in budget files, e.g. {@code state-budget}} */
  public String slug() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * {@return the source with the given slug ({@code counterpart}), if any}
   *
   * @param slug the slug
   */
  public static java.util.Optional<FundingSource> fromSlug(String slug) {
    for (FundingSource s : values()) {
      if (s.slug().equals(slug)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }
}
