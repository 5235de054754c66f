package vn.ocop.scoring;

import java.math.BigDecimal;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.Option;
import vn.ocop.law.StarRating;

/**
 * One star gate judged on one product: the criterion, the option that stands for the requirement,
 * how the members scored, and whether the gate is met under the chosen {@link GateJudgement}.
 *
 * @param level the star level the gate belongs to (the gate applies at this level and above)
 * @param criterion the gated criterion
 * @param requiredPoints the least points the criterion needs
 * @param requiredOption the first option scoring at least {@code requiredPoints}
 * @param meanPoints the members' mean points on the criterion, 2 decimals
 * @param membersMeeting how many members' points reach {@code requiredPoints}
 * @param members how many members scored
 * @param met whether the gate is met under the judgement used
 */
public record GateCheck(
    StarRating level,
    Criterion criterion,
    int requiredPoints,
    Option requiredOption,
    BigDecimal meanPoints,
    int membersMeeting,
    int members,
    boolean met) {

  /** {@return "missed: criterion X needs option Y" in English, for logs and reasons} */
  public String describeEn() {
    return (met ? "met: " : "missed: ") + "criterion " + criterion.key() + " (" + criterion.title() + ") needs option "
        + requiredOption.key() + " (" + requiredPoints + " points) for " + level.symbol() + "; members' mean "
        + meanPoints.toPlainString() + ", " + membersMeeting + " of " + members + " members reach it";
  }

  /** {@return the same in Vietnamese} */
  public String describeVi() {
    return (met ? "đạt: " : "chưa đạt: ") + "chỉ tiêu " + criterion.key() + " (" + criterion.title() + ") cần lựa chọn "
        + requiredOption.key() + " (" + requiredPoints + " điểm) cho hạng " + level.nameVi() + "; điểm trung bình "
        + meanPoints.toPlainString().replace('.', ',') + ", " + membersMeeting + "/" + members + " thành viên đạt";
  }
}
