package vn.ocop.scoring;

/**
 * How a star gate is judged when the members chose differently on the gated criterion. The law
 * (Decision 148/QĐ-TTg, Appendix III) does not say; a rule pack picks one as a parameter and the
 * outcome's reasons name it.
 */
public enum GateJudgement {
  /** Met when the members' mean points on the criterion reach the required points. The default. */
  MEAN_OF_MEMBERS("điểm trung bình của các thành viên đạt mức yêu cầu", "the members' mean points reach the requirement"),
  /** Met only when every member's points reach the required points. */
  EVERY_MEMBER("mọi thành viên đều chấm đạt mức yêu cầu", "every member's points reach the requirement"),
  /** Met when more than half of the members' points reach the required points. */
  MAJORITY_OF_MEMBERS("quá nửa số thành viên chấm đạt mức yêu cầu", "more than half of the members reach the requirement");

  private final String descriptionVi;
  private final String descriptionEn;

  GateJudgement(String descriptionVi, String descriptionEn) {
    this.descriptionVi = descriptionVi;
    this.descriptionEn = descriptionEn;
  }

  /** {@return what "met" means under this judgement, in Vietnamese} */
  public String descriptionVi() {
    return descriptionVi;
  }

  /** {@return what "met" means under this judgement, in English} */
  public String descriptionEn() {
    return descriptionEn;
  }
}
