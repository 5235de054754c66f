package vn.ocop.cli.report;

import static vn.ocop.cli.report.Html.esc;

import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Disqualification;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.ProductGroup;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;

/**
 * The catalogue as text (the product sets with the ministry in charge where the law names one; one
 * scorecard) and as a blank score sheet in HTML, with the sheet's disqualifications ("Hồ sơ bị loại khi: …",
 * Decision 26/2026/QĐ-TTg, Phụ lục II) above the table and under the criterion they stand under.
 */
public final class CatalogReports {
  private CatalogReports() {}

  /** Every product set of the catalogue, by group. */
  public static String sets(Catalogue c, Lang lang) {
    StringBuilder sb = new StringBuilder();
    sb.append(lang.t("catalogue")).append(": ").append(lang.message("Quyết định ", "Decision ")).append(c.instrument().number())
        .append(" (A ").append(c.partMaximum(vn.ocop.catalog.Part.A)).append(" · B ")
        .append(c.partMaximum(vn.ocop.catalog.Part.B)).append(" · C ").append(c.partMaximum(vn.ocop.catalog.Part.C))
        .append(")\n");
    for (ProductGroup g : c.productGroups()) {
      sb.append('\n').append(g.code()).append("  ").append(lang.message(g.nameVi(), g.nameEn())).append('\n');
      for (ProductSet s : c.productSets()) {
        if (s.groupCode().equals(g.code())) {
          sb.append("  ").append(s.code()).append("  ").append(lang.message(s.nameVi(), s.nameEn()))
              .append(c.scorecard(s).map(x -> "  (" + x.criteria().size() + " " + lang.message("chỉ tiêu", "criteria") + ")")
                  .orElse(""))
              .append(s.ministryVi().map(m -> "  — " + m).orElse(""))
              .append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** One scorecard: parts, groups, criteria and options with their points and star gates. */
  public static String scorecard(Scorecard card, Lang lang) {
    StringBuilder sb = new StringBuilder();
    ProductSet set = card.productSet();
    sb.append(set.code()).append("  ").append(set.nameVi()).append(lang == Lang.EN ? " (" + set.nameEn() + ")" : "")
        .append("  — ").append(card.maxPoints()).append(lang.message(" điểm", " points")).append('\n');
    card.disqualifications().stream().filter(d -> d.criterion().isEmpty())
        .forEach(d -> sb.append(d.key()).append("  ").append(d.text()).append('\n'));
    for (ScorecardPart part : card.parts()) {
      sb.append("\n").append(lang.message("PHẦN ", "PART ")).append(part.part()).append(". ").append(part.title())
          .append(statesPoints(part.title()) ? "" : " (" + part.maxPoints() + ")").append('\n');
      for (CriterionGroup g : part.groups()) {
        sb.append("  ").append(g.key()).append("  ").append(g.title()).append(" (").append(g.maxPoints()).append(")")
            .append(g.selection() == vn.ocop.catalog.Selection.ONE_CASE ? lang.message(" — chọn một trường hợp", " — one case only") : "")
            .append('\n');
        for (Criterion c : g.criteria()) {
          sb.append("    ").append(c.key()).append("  ").append(c.heading().map(h -> h + " – ").orElse("")).append(c.title())
              .append(" (").append(c.maxPoints()).append(")")
              .append(c.gate().map(s -> " " + "*".repeat(s.stars())).orElse(""))
              .append(c.condition().map(k -> " [" + lang.message(k.noteVi(), k.descriptionEn()) + "]").orElse(""))
              .append('\n');
          for (Option o : c.options()) {
            sb.append("      ").append(o.key()).append("  ").append(pad(o.points())).append("  ").append(o.text())
                .append(o.gate().map(s -> "  " + "*".repeat(s.stars())).orElse("")).append('\n');
          }
          card.disqualifications().stream().filter(d -> d.criterion().equals(java.util.Optional.of(c.code())))
              .forEach(d -> sb.append("      ").append(d.key()).append("  ").append(d.text()).append('\n'));
        }
      }
    }
    return sb.toString();
  }

  /** The sheet's own disqualifications (those under no criterion), as the paragraphs above the table. */
  private static String disqualificationsHtml(Scorecard card) {
    StringBuilder h = new StringBuilder();
    for (Disqualification d : card.disqualifications()) {
      if (d.criterion().isEmpty()) {
        h.append("<p class=\"disqualification\" data-disqualification=\"").append(esc(d.key())).append("\"><strong>")
            .append(esc(d.text())).append("</strong></p>\n");
      }
    }
    return h.toString();
  }

  /** Whether a part's title already gives its points, as the law's sheets write it: "… (40 Điểm)". */
  static boolean statesPoints(String title) {
    return title.matches("(?s).*\\(\\s*\\d+\\s*[Đđ]iểm\\s*\\)\\s*");
  }

  private static String pad(int points) {
    return points < 10 ? " " + points : String.valueOf(points);
  }

  /** A blank score sheet (phiếu đánh giá) for one member, to print on A4 and fill in by hand. */
  public static String blankSheetHtml(Scorecard card, Lang lang) {
    ProductSet set = card.productSet();
    String title = lang.message("Phiếu đánh giá, phân hạng sản phẩm OCOP", "OCOP product score sheet") + " — " + set.code()
        + " " + set.nameVi();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.VI ? "vi" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(Html.CSS).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>").append(esc(lang.message("PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP", "OCOP PRODUCT SCORE SHEET")))
        .append("</h1>\n<p class=\"sub\" id=\"set\" data-set=\"").append(esc(set.code())).append("\">")
        .append(esc(lang.message("Bộ sản phẩm ", "Product set ") + set.code() + ": " + set.nameVi()))
        .append(" · ").append(esc(lang.message("Quyết định ", "Decision ") + set.instrument().number())).append("</p>\n")
        .append(set.ministryVi().map(m -> "<p class=\"sub\" id=\"ministry\">" + esc(lang.message("Cơ quan chủ trì quản lý: ",
            "Ministry in charge: ") + m) + "</p>\n").orElse(""))
        .append("<p>").append(esc(lang.message("Tên sản phẩm", "Product"))).append(": <span class=\"fill\"></span></p>\n")
        .append("<p>").append(esc(lang.message("Chủ thể", "Producer"))).append(": <span class=\"fill\"></span></p>\n")
        .append("<p>").append(esc(lang.message("Thành viên hội đồng", "Council member"))).append(": <span class=\"fill\"></span></p>\n")
        .append(disqualificationsHtml(card))
        .append("<p class=\"sub\">").append(esc(lang.message(
            "Đánh dấu (✓) một ô cho mỗi chỉ tiêu. *** / **** / ***** : yêu cầu tối thiểu cho hạng 3, 4, 5 sao.",
            "Tick (✓) one box per criterion. *** / **** / *****: the minimum for 3, 4, 5 stars.")))
        .append("</p>\n<table class=\"sheet\" id=\"sheet\">\n<thead><tr><th>").append(esc(lang.message("Mã", "Code")))
        .append("</th><th>").append(esc(lang.message("Chỉ tiêu / lựa chọn", "Criterion / option"))).append("</th><th class=\"num\">")
        .append(esc(lang.message("Điểm", "Points"))).append("</th><th>").append(esc(lang.message("Chọn", "Tick")))
        .append("</th></tr></thead>\n<tbody>\n");
    int lastCriterion = h.length();
    for (ScorecardPart part : card.parts()) {
      h.append("<tr class=\"part\"><td>").append(part.part()).append("</td><td>").append(esc(part.title()))
          .append("</td><td class=\"num\">").append(part.maxPoints()).append("</td><td></td></tr>\n");
      for (CriterionGroup g : part.groups()) {
        boolean oneCase = g.selection() == vn.ocop.catalog.Selection.ONE_CASE;
        h.append("<tr class=\"group").append(oneCase ? " one-case" : "").append("\" data-group=\"").append(esc(g.key()))
            .append("\"><td>").append(esc(g.key())).append("</td><td>").append(esc(g.title()))
            .append(oneCase ? esc(lang.message(" (chọn một trường hợp)", " (one case only)")) : "")
            .append(g.notes().isEmpty() ? "" : "<span class=\"ref\">" + esc(String.join(" ", g.notes())) + "</span>")
            .append("</td><td class=\"num\">").append(g.maxPoints()).append("</td><td></td></tr>\n");
        for (Criterion c : g.criteria()) {
          lastCriterion = h.length();
          h.append("<tr class=\"criterion\" data-criterion=\"").append(esc(c.key())).append("\"><td>").append(esc(c.key()))
              .append("</td><td><strong>").append(esc(c.heading().map(x -> x + " – ").orElse("") + c.title()))
              .append("</strong>").append(c.gate().map(s -> " <span class=\"gate\">" + "*".repeat(s.stars()) + "</span>").orElse(""))
              .append(c.condition().map(k -> "<span class=\"ref\">" + esc(k.noteVi()) + "</span>").orElse(""))
              .append("</td><td class=\"num\">").append(c.maxPoints()).append("</td><td></td></tr>\n");
          for (Option o : c.options()) {
            h.append("<tr class=\"option\" data-option=\"").append(esc(o.key())).append("\" data-points=\"").append(o.points())
                .append("\"><td>").append(esc(o.key())).append("</td><td>").append(esc(o.text()))
                .append(o.gate().map(s -> " <span class=\"gate\">" + "*".repeat(s.stars()) + "</span>").orElse(""))
                .append("</td><td class=\"num\">").append(o.points()).append("</td><td class=\"box\">☐</td></tr>\n");
          }
          for (Disqualification d : card.disqualifications()) {
            if (d.criterion().equals(java.util.Optional.of(c.code()))) {
              h.append("<tr class=\"disqualification\" data-disqualification=\"").append(esc(d.key())).append("\"><td>")
                  .append(esc(d.key())).append("</td><td>").append(esc(d.text())).append("</td><td></td><td></td></tr>\n");
            }
          }
        }
      }
    }
    // the last criterion, the total and the signatures stay on one page: no signature block alone on the last one
    h.insert(lastCriterion, "</tbody>\n<tbody class=\"sheet-end\">\n");
    h.append("<tr class=\"part\"><td></td><td>").append(esc(lang.message("TỔNG ĐIỂM", "TOTAL"))).append("</td><td class=\"num\">")
        .append(card.maxPoints()).append("</td><td></td></tr>\n")
        .append("<tr class=\"sign-row\"><td colspan=\"4\"><div class=\"sign\" id=\"sign\"><div>")
        .append(esc(lang.message("Ngày … tháng … năm …", "Date"))).append("</div><div>")
        .append(esc(lang.message("Thành viên hội đồng (ký, ghi rõ họ tên)", "Council member (signature and name)")))
        .append("</div></div></td></tr>\n</tbody>\n</table>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }
}
