package vn.ocop.cli.report;

import static vn.ocop.cli.report.Html.esc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.certificate.FlowKind;
import vn.ocop.funding.AwardStatement;
import vn.ocop.funding.Balance;
import vn.ocop.funding.BudgetLine;
import vn.ocop.funding.FundingSource;
import vn.ocop.funding.Vnd;
import vn.ocop.law.StarRating;
import vn.ocop.target.ProgrammeReport;
import vn.ocop.target.Target;
import vn.ocop.target.TargetProgress;
import vn.ocop.target.TargetStatus;

/**
 * A province's quarterly or yearly programme report ({@link ProgrammeReport}) as text and as one
 * self-contained HTML page in the style of the round report (the same stylesheet, cards and column
 * charts of {@link Html}; inline CSS and SVG, A4 print rules). Numbers are written in the chosen
 * language's format; money in millions of VND where whole.
 */
public final class ProgrammeReports {
  private ProgrammeReports() {}

  /**
   * What a page shows: the report and the names it needs.
   *
   * @param report the report
   * @param provinceName the province's name
   * @param planTitle the budget plan's title, if the report has money
   * @param placeNames names by place path ({@code kien-giang/hon-dat}), for per-district counts
   * @param source the programme file, for the footer
   */
  public record Page(ProgrammeReport report, String provinceName, Optional<String> planTitle,
      Map<String, String> placeNames, String source) {}

  /** Money per funding source: planned, allocated and disbursed up to the report's last day. */
  static Map<FundingSource, Balance> bySource(ProgrammeReport r) {
    Map<FundingSource, Balance> m = new EnumMap<>(FundingSource.class);
    for (Map.Entry<BudgetLine, Balance> e : r.money().entrySet()) {
      Balance b = e.getValue();
      m.merge(e.getKey().source(), new Balance(e.getKey().source().slug(), b.planned(), b.allocated(), b.disbursed()),
          (x, y) -> new Balance(x.label(), x.planned().plus(y.planned()), x.allocated().plus(y.allocated()),
              x.disbursed().plus(y.disbursed())));
    }
    return m;
  }

  static String title(Page p, Lang lang) {
    ProgrammeReport r = p.report();
    String period = r.quarter().map(q -> lang.message("quý " + q + " năm " + r.year(), "Q" + q + " " + r.year()))
        .orElse(lang.message("năm " + r.year(), "year " + r.year()));
    return lang.message("Báo cáo kết quả thực hiện Chương trình OCOP " + period, "OCOP programme report, " + period)
        + " — " + p.provinceName();
  }

  static String status(TargetStatus s, Lang lang) {
    return switch (s) {
      case NOT_MET -> lang.message("chưa đạt", "not met");
      case MET -> lang.message("đạt", "met");
      case UPPER_MET -> lang.message("đạt mức trên", "upper end met");
      case STRETCH_MET -> lang.message("đạt mức phấn đấu", "stretch goal met");
    };
  }

  static String goal(Target t, Lang lang) {
    return lang.integer(t.minimum()) + t.upper().map(u -> "–" + lang.integer(u)).orElse("")
        + t.stretch().map(s -> lang.message(" (phấn đấu ", " (stretch ") + lang.integer(s) + ")").orElse("");
  }

  /**
   * What was achieved against the goal. For a per-district target the core's figure is the smallest
   * count of any district ({@link TargetProgress#achieved}); the line says so and how many districts
   * reach the minimum, so that it agrees with the per-district list under it.
   */
  static String achievedLine(TargetProgress t, Lang lang) {
    Target tg = t.target();
    String line;
    if (!t.perUnit().isEmpty()) {
      long reached = t.perUnit().values().stream().filter(v -> v >= tg.minimum()).count();
      line = lang.message("huyện thấp nhất ", "lowest district ") + lang.integer(t.achieved()) + " / " + goal(tg, lang)
          + lang.message(" mỗi huyện", " in each district") + " — " + status(t.status(), lang) + "; "
          + lang.message(reached + "/" + t.perUnit().size() + " huyện đạt từ " + tg.minimum(),
              reached + " of " + t.perUnit().size() + " districts reach " + tg.minimum());
    } else {
      line = lang.integer(t.achieved()) + " / " + goal(tg, lang) + " — " + status(t.status(), lang);
      if (t.missing() > 0) {
        line += lang.message(", còn thiếu ", ", missing ") + lang.integer(t.missing());
      }
    }
    return line;
  }

  static String targetName(Target t, Lang lang) {
    String years = t.fromYear() == t.toYear() ? String.valueOf(t.fromYear()) : t.fromYear() + "–" + t.toYear();
    return lang.message(t.kind().nameVi(), t.kind().nameEn()) + " ≥" + t.minimumStars().stars() + "★, " + years;
  }

  static String flowName(FlowKind k, Lang lang) {
    return switch (k) {
      case NEW -> lang.message("Cấp mới", "New");
      case RENEWED -> lang.message("Đánh giá lại, giữ hạng", "Renewed");
      case UPGRADED -> lang.message("Nâng hạng", "Upgraded");
      case DOWNGRADED -> lang.message("Hạ hạng", "Downgraded");
      case EXPIRED -> lang.message("Hết hiệu lực", "Expired");
      case REVOKED -> lang.message("Thu hồi", "Revoked");
    };
  }

  private static String starCounts(Map<StarRating, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (StarRating s : StarRating.values()) {
      int n = counts.getOrDefault(s, 0);
      if (n > 0) {
        parts.add(s.stars() + "★ " + n);
      }
    }
    return parts.isEmpty() ? "" : " (" + String.join(" · ", parts) + ")";
  }

  private static String unit(String key, Map<String, String> names) {
    int dot = key.indexOf(" · ");
    String path = dot < 0 ? key : key.substring(dot + 3);
    String name = names.getOrDefault(path, path);
    return dot < 0 ? name : key.substring(0, dot) + " · " + name;
  }

  /** The report as text: period, targets, certificates, money, awards. */
  public static String text(Page p, Lang lang) {
    ProgrammeReport r = p.report();
    StringBuilder sb = new StringBuilder();
    sb.append(title(p, lang)).append('\n').append(Dates.format(r.from(), lang)).append(" – ")
        .append(Dates.format(r.to(), lang)).append("\n\n");

    sb.append(lang.message("Chỉ tiêu", "Targets")).append('\n');
    if (r.progress().isEmpty()) {
      sb.append("  ").append(lang.message("(không có chỉ tiêu cho kỳ này)", "(no target covers this period)")).append('\n');
    }
    for (TargetProgress t : r.progress()) {
      sb.append("  ").append(targetName(t.target(), lang)).append(": ").append(achievedLine(t, lang)).append('\n');
      for (Map.Entry<String, Integer> u : new java.util.TreeMap<>(t.perUnit()).entrySet()) {
        sb.append("      ").append(unit(u.getKey(), p.placeNames())).append(": ").append(u.getValue()).append('\n');
      }
      sb.append("    ").append(lang.t("legal")).append(": ").append(t.target().source()).append('\n');
    }

    sb.append('\n').append(lang.message("Giấy chứng nhận OCOP", "OCOP certificates")).append('\n');
    sb.append("  ").append(lang.message("Còn hiệu lực ngày ", "In force on ")).append(Dates.format(r.to(), lang)).append(": ")
        .append(r.stock().total()).append(starCounts(r.stock().countByStars())).append('\n');
    sb.append("  ").append(lang.message("Trong kỳ", "During the period")).append(':');
    for (FlowKind k : FlowKind.values()) {
      sb.append(k == FlowKind.NEW ? " " : " · ").append(flowName(k, lang).toLowerCase(lang.locale())).append(' ')
          .append(r.flow().count(k));
    }
    sb.append('\n');

    sb.append('\n').append(lang.message("Kinh phí", "Money")).append(p.planTitle().map(t -> " — " + t).orElse(""))
        .append('\n');
    if (r.money().isEmpty()) {
      sb.append("  ").append(lang.message("(không có kế hoạch kinh phí)", "(no budget plan)")).append('\n');
    } else {
      for (Map.Entry<FundingSource, Balance> e : bySource(r).entrySet()) {
        Balance b = e.getValue();
        sb.append("  ").append(lang.message(e.getKey().nameVi(), e.getKey().nameEn())).append(": ")
            .append(lang.message("kế hoạch ", "planned ")).append(lang.vnd(b.planned().dong()))
            .append(lang.message(" · đã phân bổ ", " · allocated ")).append(lang.vnd(b.allocated().dong()))
            .append(lang.message(" · đã giải ngân ", " · disbursed ")).append(lang.vnd(b.disbursed().dong()))
            .append(lang.message(" · còn lại ", " · left ")).append(lang.vnd(b.left().dong())).append('\n');
      }
      sb.append("  ").append(lang.message("Giải ngân trong kỳ: ", "Disbursed in the period: "))
          .append(lang.vnd(r.disbursedInPeriod().dong())).append('\n');
    }

    sb.append('\n').append(lang.t("awards")).append(": ").append(lang.vnd(r.awardsTotal().dong())).append('\n');
    for (AwardStatement a : r.awards()) {
      sb.append("  ").append(lang.t("round")).append(' ').append(a.roundId()).append(": ").append(lang.vnd(a.total().dong()))
          .append(awardMakeUp(a, lang)).append(" — ").append(a.scheduleId()).append('\n');
    }
    r.cycle().ifPresent(c -> {
      if (!c.counts().isEmpty() && c.counts().values().stream().anyMatch(n -> n > 0)) {
        sb.append('\n').append(lang.message("Chu trình OCOP ngày ", "OCOP cycle on ")).append(Dates.format(c.date(), lang))
            .append(':');
        c.counts().forEach((step, n) -> sb.append(' ').append(lang.message(step.nameVi(), step.nameEn())).append(' ').append(n)
            .append(';'));
        sb.append('\n');
      }
    });
    return sb.toString();
  }

  private static String awardMakeUp(AwardStatement a, Lang lang) {
    Map<StarRating, Integer> counts = a.countByStars();
    Map<StarRating, Vnd> totals = a.totalByStars();
    List<String> parts = new ArrayList<>();
    for (Map.Entry<StarRating, Integer> e : counts.entrySet()) {
      parts.add(e.getValue() + " × " + e.getKey().stars() + "★ = " + lang.vnd(totals.get(e.getKey()).dong()));
    }
    return parts.isEmpty() ? "" : " (" + String.join(" + ", parts) + ")";
  }

  /** The report as one self-contained HTML page. */
  public static String html(Page p, Lang lang) {
    ProgrammeReport r = p.report();
    String title = title(p, lang);
    StringBuilder h = new StringBuilder(32 * 1024);
    Html.open(h, title, lang);
    h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<p class=\"sub\" id=\"period\" data-province=\"")
        .append(esc(r.provinceId())).append("\" data-year=\"").append(r.year()).append("\" data-quarter=\"")
        .append(r.quarter().map(String::valueOf).orElse("")).append("\" data-from=\"").append(r.from())
        .append("\" data-to=\"").append(r.to()).append("\">").append(esc(Dates.format(r.from(), lang))).append(" – ")
        .append(esc(Dates.format(r.to(), lang))).append("</p>\n</header>\n");

    long met = r.progress().stream().filter(t -> t.status() != TargetStatus.NOT_MET).count();
    h.append("<section id=\"summary\">\n<div class=\"cards\">\n");
    Html.card(h, "targets-met", met + "/" + r.progress().size(), lang.message("Chỉ tiêu đạt", "Targets met"));
    Html.card(h, "in-force", lang.integer(r.stock().total()), lang.message("Giấy chứng nhận còn hiệu lực", "Certificates in force"));
    Html.card(h, "new", lang.integer(r.flow().count(FlowKind.NEW)), lang.message("Cấp mới trong kỳ", "New in the period"));
    if (!r.money().isEmpty()) {
      Html.card(h, "disbursed", lang.vnd(r.disbursedInPeriod().dong()), lang.message("Giải ngân trong kỳ", "Disbursed in the period"));
    }
    Html.card(h, "awards", lang.vnd(r.awardsTotal().dong()), lang.t("awards"));
    h.append("</div>\n</section>\n");

    targets(h, p, lang);
    certificates(h, r, lang);
    money(h, p, lang);
    awards(h, r, lang);
    Html.close(h, lang.t("generated") + " · " + p.source() + " · ocop-programme/1");
    return h.toString();
  }

  private static void targets(StringBuilder h, Page p, Lang lang) {
    h.append("<section>\n<h2>").append(esc(lang.message("Tiến độ thực hiện chỉ tiêu", "Progress on targets")))
        .append("</h2>\n<table id=\"targets\">\n<thead><tr><th>").append(esc(lang.message("Chỉ tiêu", "Target")))
        .append("</th><th class=\"num\">").append(esc(lang.message("Đạt", "Achieved"))).append("</th><th class=\"num\">")
        .append(esc(lang.message("Mục tiêu", "Goal"))).append("</th><th>").append(esc(lang.message("Tiến độ", "Progress")))
        .append("</th><th>").append(esc(lang.message("Đánh giá", "Status"))).append("</th></tr></thead>\n<tbody>\n");
    for (TargetProgress t : p.report().progress()) {
      Target tg = t.target();
      int scale = Math.max(1, tg.stretch().or(tg::upper).orElse(tg.minimum()));
      h.append("<tr class=\"t-").append(t.status()).append("\" data-target=\"").append(esc(tg.id())).append("\" data-achieved=\"")
          .append(t.achieved()).append("\" data-minimum=\"").append(tg.minimum()).append("\" data-status=\"").append(t.status())
          .append("\"><td>").append(esc(targetName(tg, lang))).append("<span class=\"ref\">").append(esc(tg.source()))
          .append("</span>");
      if (!t.perUnit().isEmpty()) {
        List<String> units = new ArrayList<>();
        new java.util.TreeMap<>(t.perUnit()).forEach((k, v) -> units.add(unit(k, p.placeNames()) + " " + v));
        h.append("<span class=\"ref\">").append(esc(String.join(" · ", units))).append("</span>");
      }
      boolean perDistrict = !t.perUnit().isEmpty();
      h.append("</td><td class=\"num\">").append(perDistrict ? "<span class=\"ref\">"
          + esc(lang.message("huyện thấp nhất", "lowest district")) + "</span>" : "").append(lang.integer(t.achieved()))
          .append("</td><td class=\"num\">").append(esc(goal(tg, lang)))
          .append(perDistrict ? "<span class=\"ref\">" + esc(lang.message("mỗi huyện", "in each district")) + "</span>" : "")
          .append("</td><td>");
      meter(h, t.achieved(), tg.minimum(), scale);
      String detail;
      if (perDistrict) {
        long reached = t.perUnit().values().stream().filter(v -> v >= tg.minimum()).count();
        detail = "; " + lang.message(reached + "/" + t.perUnit().size() + " huyện đạt từ " + tg.minimum(),
            reached + " of " + t.perUnit().size() + " districts reach " + tg.minimum());
      } else {
        detail = t.missing() > 0 ? lang.message(", thiếu ", ", missing ") + lang.integer(t.missing()) : "";
      }
      h.append("</td><td class=\"status\">").append(esc(status(t.status(), lang) + detail)).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  /** A progress bar as inline SVG: the achieved count against the scale, with a tick at the minimum. */
  private static void meter(StringBuilder h, int achieved, int minimum, int scale) {
    int w = 240;
    double unit = (w - 2) / (double) Math.max(scale, achieved);
    long fill = Math.round(unit * achieved);
    long tick = Math.round(unit * minimum) + 1;
    String colour = achieved >= minimum ? "var(--s3)" : "var(--none)";
    h.append("<svg class=\"meter\" viewBox=\"0 0 ").append(w).append(" 18\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">")
        .append("<rect x=\"1\" y=\"3\" width=\"").append(w - 2).append("\" height=\"12\" fill=\"#f3f6f8\" stroke=\"#d5dbe1\"/>")
        .append("<rect class=\"fill\" x=\"1\" y=\"3\" width=\"").append(fill).append("\" height=\"12\" fill=\"").append(colour)
        .append("\" style=\"fill:").append(colour).append("\"/>")
        .append("<line x1=\"").append(tick).append("\" y1=\"0\" x2=\"").append(tick)
        .append("\" y2=\"18\" stroke=\"#1d2733\" stroke-width=\"2\"/></svg>");
  }

  private static void certificates(StringBuilder h, ProgrammeReport r, Lang lang) {
    h.append("<section id=\"certificates\" class=\"charts\">\n<div class=\"chart\">\n<h2>")
        .append(esc(lang.message("Giấy chứng nhận còn hiệu lực ngày ", "Certificates in force on ")))
        .append(esc(Dates.format(r.to(), lang))).append("</h2>\n");
    List<Html.Bar> bars = new ArrayList<>();
    Map<StarRating, Integer> stock = r.stock().countByStars();
    for (StarRating s : StarRating.values()) {
      if (s.isCertifiable()) {
        bars.add(new Html.Bar(String.valueOf(s.stars()), s.stars() + "★", stock.getOrDefault(s, 0),
            Html.STAR_COLOURS[s.stars() - 1]));
      }
    }
    Html.columnChart(h, "stock-chart", lang.message("Theo hạng sao", "By stars"), bars, lang);
    h.append("</div>\n<div class=\"chart\">\n<h2>").append(esc(lang.message("Biến động trong kỳ", "During the period")))
        .append("</h2>\n<table id=\"flow\">\n<thead><tr><th>").append(esc(lang.message("Loại", "Kind")))
        .append("</th><th class=\"num\">").append(esc(lang.message("Số lượng", "Count"))).append("</th><th>")
        .append(esc(lang.t("stars"))).append("</th></tr></thead>\n<tbody>\n");
    for (FlowKind k : FlowKind.values()) {
      h.append("<tr data-flow=\"").append(k).append("\" data-count=\"").append(r.flow().count(k)).append("\"><td>")
          .append(esc(flowName(k, lang))).append("</td><td class=\"num\">").append(lang.integer(r.flow().count(k)))
          .append("</td><td>").append(esc(starCounts(r.flow().countByStars(k)).replaceAll("^ \\(|\\)$", "")))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void money(StringBuilder h, Page p, Lang lang) {
    ProgrammeReport r = p.report();
    h.append("<section id=\"money\">\n<h2>").append(esc(lang.message("Kinh phí", "Money")))
        .append(esc(p.planTitle().map(t -> " — " + t).orElse(""))).append("</h2>\n");
    if (r.money().isEmpty()) {
      h.append("<p>").append(esc(lang.message("Không có kế hoạch kinh phí.", "No budget plan."))).append("</p>\n</section>\n");
      return;
    }
    String[] heads = {lang.message("Nguồn vốn", "Source"), lang.message("Kế hoạch", "Planned"),
        lang.message("Đã phân bổ", "Allocated"), lang.message("Đã giải ngân", "Disbursed"), lang.message("Còn lại", "Left")};
    h.append("<table id=\"money-by-source\">\n<thead><tr>");
    for (int i = 0; i < heads.length; i++) {
      h.append(i == 0 ? "<th>" : "<th class=\"num\">").append(esc(heads[i])).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    Map<String, Balance> rows = new LinkedHashMap<>();
    bySource(r).forEach((s, b) -> rows.put(s.slug() + "\u0000" + lang.message(s.nameVi(), s.nameEn()), b));
    for (Map.Entry<String, Balance> e : rows.entrySet()) {
      String[] k = e.getKey().split("\u0000");
      Balance b = e.getValue();
      h.append("<tr data-source=\"").append(esc(k[0])).append("\" data-planned=\"").append(b.planned().dong())
          .append("\" data-allocated=\"").append(b.allocated().dong()).append("\" data-disbursed=\"").append(b.disbursed().dong())
          .append("\"><td>").append(esc(k[1])).append("</td><td class=\"num\">").append(esc(lang.vnd(b.planned().dong())))
          .append("</td><td class=\"num\">").append(esc(lang.vnd(b.allocated().dong()))).append("</td><td class=\"num\">")
          .append(esc(lang.vnd(b.disbursed().dong()))).append("</td><td class=\"num\">").append(esc(lang.vnd(b.left().dong())))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<p id=\"disbursed-in-period\" data-vnd=\"").append(r.disbursedInPeriod().dong()).append("\">")
        .append(esc(lang.message("Giải ngân trong kỳ: ", "Disbursed in the period: ") + lang.vnd(r.disbursedInPeriod().dong())))
        .append("</p>\n<table id=\"plan-lines\">\n<thead><tr><th>").append(esc(lang.message("Dòng kế hoạch", "Plan line")))
        .append("</th>");
    for (int i = 1; i < heads.length; i++) {
      h.append("<th class=\"num\">").append(esc(heads[i])).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<BudgetLine, Balance> e : r.money().entrySet()) {
      BudgetLine l = e.getKey();
      Balance b = e.getValue();
      h.append("<tr data-period=\"").append(esc(l.period().toString())).append("\" data-source=\"").append(esc(l.source().slug()))
          .append("\"><td>").append(esc(l.period() + " · " + lang.message(l.source().nameVi(), l.source().nameEn())))
          .append("</td><td class=\"num\">").append(esc(lang.vnd(b.planned().dong()))).append("</td><td class=\"num\">")
          .append(esc(lang.vnd(b.allocated().dong()))).append("</td><td class=\"num\">").append(esc(lang.vnd(b.disbursed().dong())))
          .append("</td><td class=\"num\">").append(esc(lang.vnd(b.left().dong()))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void awards(StringBuilder h, ProgrammeReport r, Lang lang) {
    h.append("<section id=\"awards\">\n<h2>").append(esc(lang.t("awards"))).append("</h2>\n");
    if (r.awards().isEmpty()) {
      h.append("<p>").append(esc(lang.message("Không có tiền thưởng trong kỳ.", "No awards in the period."))).append("</p>\n");
    } else {
      h.append("<table id=\"award-rounds\">\n<thead><tr><th>").append(esc(lang.t("round"))).append("</th><th>")
          .append(esc(lang.t("pack"))).append("</th><th>").append(esc(lang.t("stars"))).append("</th><th class=\"num\">")
          .append(esc(lang.message("Tiền thưởng", "Awards"))).append("</th></tr></thead>\n<tbody>\n");
      for (AwardStatement a : r.awards()) {
        h.append("<tr data-round=\"").append(esc(a.roundId())).append("\" data-vnd=\"").append(a.total().dong()).append("\"><td>")
            .append(esc(a.roundId())).append("</td><td>").append(esc(a.scheduleId())).append("</td><td>")
            .append(esc(awardMakeUp(a, lang).replaceAll("^ \\(|\\)$", ""))).append("</td><td class=\"num\">")
            .append(esc(lang.vnd(a.total().dong()))).append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("<p id=\"awards-total\" data-vnd=\"").append(r.awardsTotal().dong()).append("\">")
        .append(esc(lang.message("Tổng: ", "Total: ") + lang.vnd(r.awardsTotal().dong()))).append("</p>\n</section>\n");
  }
}
