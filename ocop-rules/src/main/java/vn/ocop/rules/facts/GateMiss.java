package vn.ocop.rules.facts;

import java.math.BigDecimal;

/**
 * A star gate (yêu cầu tối thiểu, options marked {@code ***}, {@code ****}, {@code *****} in Decision
 * 148/QĐ-TTg, Appendix III; Decision 26/2026/QĐ-TTg, Phụ lục II) that a product misses. The host judges every gate of every level with the
 * pack's {@code gate.judgement} parameter and inserts one fact per missed gate; rules decide what a
 * miss does.
 *
 * @param productId the product
 * @param level the star level the gate belongs to (3, 4 or 5)
 * @param criterionKey the criterion, e.g. {@code B1a}
 * @param criterionTitle the criterion's title in Vietnamese
 * @param optionKey the least option that meets the gate, e.g. {@code B1a/2}
 * @param optionText the option's text
 * @param requiredPoints the points that option scores
 * @param meanPoints the members' mean points on the criterion
 * @param membersMeeting how many members reach the required points
 * @param members how many members scored
 * @param judgement how the gate was judged ({@code MEAN_OF_MEMBERS}, {@code EVERY_MEMBER}, {@code MAJORITY_OF_MEMBERS})
 */
public record GateMiss(
    String productId,
    int level,
    String criterionKey,
    String criterionTitle,
    String optionKey,
    String optionText,
    int requiredPoints,
    BigDecimal meanPoints,
    int membersMeeting,
    int members,
    String judgement) {

  /**
   * Checks the components.
   *
   * @param productId the product
   * @param level the star level the gate belongs to (3, 4 or 5)
   * @param criterionKey the criterion, e.g. {@code B1a}
   * @param criterionTitle the criterion's title in Vietnamese
   * @param optionKey the least option that meets the gate, e.g. {@code B1a/2}
   * @param optionText the option's text
   * @param requiredPoints the points that option scores
   * @param meanPoints the members' mean points on the criterion
   * @param membersMeeting how many members reach the required points
   * @param members how many members scored
   * @param judgement how the gate was judged ({@code MEAN_OF_MEMBERS}, {@code EVERY_MEMBER}, {@code MAJORITY_OF_MEMBERS})
   * @throws vn.ocop.NullArgumentException if {@code productId}, {@code criterionKey} or {@code optionKey} is null
   */
  public GateMiss {
    vn.ocop.NullArgumentException.check(productId, "productId");
    vn.ocop.NullArgumentException.check(criterionKey, "criterionKey");
    vn.ocop.NullArgumentException.check(optionKey, "optionKey");
  }

  /**
   * A Vietnamese sentence naming the criterion, the option needed and how the members scored.
   *
   * @return the sentence, for a finding's Vietnamese message
   */
  public String describeVi() {
    return "chỉ tiêu " + criterionKey + " (" + criterionTitle + ") cần tối thiểu lựa chọn " + optionKey + " ("
        + requiredPoints + " điểm) cho hạng " + level + " sao; điểm trung bình của thành viên "
        + meanPoints.toPlainString().replace('.', ',') + ", " + membersMeeting + "/" + members
        + " thành viên đạt (cách xét: " + judgementVi() + ")";
  }

  /**
   * The same in English.
   *
   * @return the sentence, for a finding's English message
   */
  public String describeEn() {
    return "criterion " + criterionKey + " (" + criterionTitle + ") needs at least option " + optionKey + " ("
        + requiredPoints + " points) for " + level + "★; members' mean " + meanPoints.toPlainString() + ", "
        + membersMeeting + " of " + members + " members reach it (judged by: " + judgementEn() + ")";
  }

  private String judgementVi() {
    return switch (judgement) {
      case "EVERY_MEMBER" -> "mọi thành viên đều phải đạt";
      case "MAJORITY_OF_MEMBERS" -> "quá nửa số thành viên đạt";
      default -> "điểm trung bình của thành viên đạt mức yêu cầu";
    };
  }

  private String judgementEn() {
    return switch (judgement) {
      case "EVERY_MEMBER" -> "every member must reach it";
      case "MAJORITY_OF_MEMBERS" -> "more than half of the members reach it";
      default -> "the members' mean reaches the requirement";
    };
  }
}
