package vn.ocop.catalog;

/**
 * How the criteria of a {@link CriterionGroup} are answered.
 */
public enum Selection {
  /** Every criterion of the group is answered; the group's maximum is the sum of theirs. */
  ALL,
  /**
   * The council picks one of the group's criteria (a "case") and answers only that one; each case
   * has the group's maximum. Decision 148/QĐ-TTg, Appendix III, set 26 (community tourism): "Lựa chọn
   * một trong hai trường hợp sau" — case 1 community tourism, case 2 a single tourist site.
   */
  ONE_CASE
}
