package vn.ocop.examples;

import java.util.Locale;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;
import vn.ocop.law.StarRating;
import vn.ocop.scoring.GateCheck;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.GateResult;
import vn.ocop.scoring.MemberScore;
import vn.ocop.scoring.ScoreSheet;

/** Renders a product's option-level {@link ScoreSheet} as plain text, criterion by criterion. */
public final class ScoreSheetText {
  private ScoreSheetText() {}

  /** The sheet as text: one line per criterion with each member's points and the mean. */
  public static String render(ScoreSheet sheet) {
    StringBuilder out = new StringBuilder();
    out.append(sheet.product().name()).append(" [").append(sheet.product().id()).append("]\n");
    out.append("Bộ sản phẩm ").append(sheet.productSet().code()).append(' ').append(sheet.productSet().nameVi())
        .append(" (").append(sheet.productSet().nameEn()).append(")\n\n");
    Scorecard card = sheet.scorecard().orElseThrow(() -> new IllegalArgumentException("not an option-level sheet"));
    out.append(String.format(Locale.ROOT, "%-7s %-58s", "", ""));
    for (MemberScore m : sheet.members()) {
      out.append(String.format(Locale.ROOT, "%6s", m.member().orElse("-")));
    }
    out.append(String.format(Locale.ROOT, "%8s%n", "mean"));
    for (ScorecardPart part : card.parts()) {
      out.append("Phần ").append(part.part()).append(": ").append(part.part().nameVi()).append(" (")
          .append(part.maxPoints()).append(")\n");
      for (CriterionGroup group : part.groups()) {
        out.append("  ").append(group.key()).append(' ').append(group.title()).append('\n');
        for (Criterion c : group.criteria()) {
          out.append(String.format(Locale.ROOT, "    %-5s %-56s", c.key(), abbreviate(c.title(), 56)));
          for (MemberScore m : sheet.members()) {
            String shown = m.choices().containsKey(c.key()) ? m.choices().get(c.key()).points() + ""
                : m.notApplicable().containsKey(c.key()) ? "n/a" : "-";
            out.append(String.format(Locale.ROOT, "%6s", shown));
          }
          out.append(String.format(Locale.ROOT, "%8s%n", sheet.criterionMean(c.key()).orElseThrow().toPlainString()));
        }
      }
    }
    out.append('\n');
    out.append(String.format(Locale.ROOT, "%-64s", "Tổng (total)"));
    for (MemberScore m : sheet.members()) {
      out.append(String.format(Locale.ROOT, "%6s", m.total().toPlainString()));
    }
    out.append(String.format(Locale.ROOT, "%8s%n", sheet.score().toPlainString()));
    out.append(String.format(Locale.ROOT, "Phần A %s · Phần B %s · Phần C %s · Điểm %s%n%n",
        sheet.partMean(vn.ocop.catalog.Part.A), sheet.partMean(vn.ocop.catalog.Part.B),
        sheet.partMean(vn.ocop.catalog.Part.C), sheet.score()));
    out.append("Star gates (").append(GateJudgement.MEAN_OF_MEMBERS.descriptionEn()).append("):\n");
    for (StarRating level : new StarRating[] {StarRating.THREE_STARS, StarRating.FOUR_STARS, StarRating.FIVE_STARS}) {
      GateResult r = sheet.gates(level, GateJudgement.MEAN_OF_MEMBERS);
      out.append("  ").append(level.symbol()).append(' ').append(r.status()).append(" (").append(r.checks().size())
          .append(" gates)\n");
      for (GateCheck missed : r.missed()) {
        out.append("     ").append(missed.describeEn()).append('\n');
      }
    }
    out.append("Highest level whose gates are met: ")
        .append(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS).symbol()).append('\n');
    return out.toString();
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
