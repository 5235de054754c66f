package vn.ocop.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsDocument.ProductResultDoc;
import vn.ocop.io.ResultsDocument.ReasonDoc;

/** The plain-text outputs: the ranking table, the ranking as CSV, and one product's explanation. */
public final class TextReports {
  private TextReports() {}

  private static final int[] MAX_WIDTH = {5, 34, 30, 26, 10, 6, 6, 6, 6, 5, 24, 64};

  /** The ranking table with a one-paragraph summary above it. */
  public static String table(ResultsDocument doc, Lang lang) {
    StringBuilder out = new StringBuilder();
    out.append(printable(summary(doc, lang))).append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {lang.t("rank"), lang.t("product"), lang.t("producer"), lang.t("place"), lang.t("set"),
        lang.t("score"), "A", "B", "C", lang.t("stars"), lang.t("outcome"), lang.t("reason")});
    for (ProductResultDoc p : doc.products()) {
      String[] r = row(p, lang);
      for (int i = 0; i < r.length; i++) {
        r[i] = printable(r[i]).replace('\n', '\u2424');
      }
      rows.add(r);
    }
    int[] width = new int[MAX_WIDTH.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.min(MAX_WIDTH[i], Math.max(width[i], r[i].length()));
      }
    }
    boolean first = true;
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        String cell = fit(r[i], width[i]);
        boolean numeric = i == 0 || (i >= 5 && i <= 8);
        line.append(numeric ? pad(cell, width[i], true) : pad(cell, width[i], false));
        if (i < r.length - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
      if (first) {
        int total = 0;
        for (int w : width) {
          total += w + 2;
        }
        out.append("-".repeat(total - 2)).append('\n');
        first = false;
      }
    }
    return out.toString();
  }

  private static String[] row(ProductResultDoc p, Lang lang) {
    String place = (p.commune() == null ? "" : p.commune().name() + ", ")
        + (p.district() == null ? p.province().name() : p.district().name());
    String outcome = p.forwardTo() == null ? lang.decision(p.decision())
        : lang.message("Chuyển", "Forward") + " → " + lang.level(p.forwardTo());
    String reason = MainReason.message(p, lang);
    return new String[] {p.rank() + (p.tied() ? "=" : ""), p.name(), p.producer().name(), place, p.productSet(),
        lang.score(p.score()), lang.score(p.a()), lang.score(p.b()), lang.score(p.c()), lang.stars(p.stars()), outcome,
        reason};
  }

  /** A few lines on the round: where, when, how many, stars, packs. */
  public static String summary(ResultsDocument doc, Lang lang) {
    ResultsDocument.RoundSummary r = doc.round();
    StringBuilder sb = new StringBuilder();
    sb.append(lang.t("round")).append(' ').append(r.sequence()).append('/').append(r.year()).append(" — ")
        .append(r.province().name()).append(r.district() == null ? "" : ", " + r.district().name())
        .append(" (").append(lang.level(r.level())).append("), ").append(lang.t("council-date").toLowerCase(lang.locale()))
        .append(' ').append(Dates.format(r.councilDate(), lang)).append('\n');
    ResultsDocument.Statistics s = doc.statistics();
    sb.append(lang.t("products")).append(": ").append(s.products());
    for (Map.Entry<String, Integer> e : s.perStars().entrySet()) {
      sb.append(" · ").append(e.getKey()).append("★ ").append(e.getValue());
    }
    if (s.unranked() > 0) {
      sb.append(" · ").append(lang.t("unranked").toLowerCase(lang.locale())).append(' ').append(s.unranked());
    }
    sb.append(" · ").append(lang.t("at-least-3").toLowerCase(lang.locale())).append(' ')
        .append(lang.score(s.shareAtLeastThreeStars())).append(" %\n");
    if (doc.awards() != null) {
      sb.append(lang.t("awards")).append(": ").append(lang.vnd(doc.awards().total())).append(" (")
          .append(awardLevels(doc.awards(), lang)).append(")\n");
    }
    sb.append(lang.t("catalogue")).append(": ").append(catalogues(doc, lang)).append(" · ")
        .append(lang.t("policy")).append(": ").append(doc.policy().description()).append('\n');
    return sb.toString();
  }

  /**
   * The catalogue of the round, or — when the transition of Decision 26/2026/QĐ-TTg (Article 12.2) has
   * products scored with another catalogue, by their dossier's filing date — every catalogue used.
   */
  static String catalogues(ResultsDocument doc, Lang lang) {
    java.util.Set<String> used = new java.util.LinkedHashSet<>();
    for (ResultsDocument.ProductResultDoc p : doc.products()) {
      String prefix = p.productSet().substring(0, p.productSet().indexOf('/'));
      used.add(vn.ocop.law.Instrument.find(prefix).map(vn.ocop.law.Instrument::number).orElse(prefix));
    }
    if (used.size() <= 1) {
      return doc.catalogue().instrument();
    }
    return String.join(" + ", used) + " (" + lang.message("theo ngày nộp hồ sơ, Quyết định 26/2026/QĐ-TTg Điều 12",
        "by the dossier's filing date, Decision 26/2026/QĐ-TTg Art. 12") + ")";
  }

  /** "61 × 30 triệu đồng + 2 × 50 triệu đồng, province/ha-tinh@2019.1": what the award total is made of. */
  static String awardLevels(ResultsDocument.AwardsDoc a, Lang lang) {
    List<String> parts = new ArrayList<>();
    java.util.Set<String> sources = new java.util.LinkedHashSet<>();
    for (ResultsDocument.AwardLevel l : a.levels()) {
      parts.add(l.products() + " × " + l.stars() + "★ " + lang.vnd(l.amount()));
      if (l.source() != null) {
        sources.add(l.source());
      }
    }
    return String.join(" + ", parts) + (sources.isEmpty() ? "" : "; " + String.join(", ", sources))
        + ("ONCE_PER_LEVEL".equals(a.mode()) ? "; " + lang.message("thưởng một lần mỗi hạng sao", "once per star level") : "");
  }

  /** The ranking as CSV: one row per product, every column the table has and the full reasons. */
  public static String csv(ResultsDocument doc, Lang lang) {
    StringBuilder sb = new StringBuilder();
    sb.append("rank,tied,product_id,product,producer,commune,district,province,product_set,score,a,b,c,stars,decision,"
        + "forward_to,main_reason,reasons\n");
    for (ProductResultDoc p : doc.products()) {
      List<String> cells = List.of(String.valueOf(p.rank()), String.valueOf(p.tied()), p.id(), p.name(),
          p.producer().name(), p.commune() == null ? "" : p.commune().name(), p.district() == null ? "" : p.district().name(),
          p.province().name(), p.productSet(), p.score().toPlainString(), p.a().toPlainString(), p.b().toPlainString(),
          p.c().toPlainString(), p.stars() == null ? "" : String.valueOf(p.stars()), p.decision(),
          p.forwardTo() == null ? "" : p.forwardTo(),
          MainReason.message(p, lang),
          String.join(" | ", p.reasons().stream().map(x -> x.ruleId() + ": " + lang.message(x.messageVi(), x.messageEn()))
              .toList()));
      sb.append(String.join(",", cells.stream().map(TextReports::csvCell).toList())).append('\n');
    }
    return sb.toString();
  }

  private static String csvCell(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** One product's full explanation: scores, members, outcome and every reason with its legal reference. */
  public static String explain(ResultsDocument doc, ProductResultDoc p, Lang lang) {
    return printable(explainText(doc, p, lang));
  }

  private static String explainText(ResultsDocument doc, ProductResultDoc p, Lang lang) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.name()).append(" [").append(p.id()).append("]\n");
    sb.append("  ").append(lang.t("producer")).append(": ").append(p.producer().name()).append('\n');
    sb.append("  ").append(lang.t("place")).append(": ")
        .append(p.commune() == null ? "" : p.commune().name() + ", ")
        .append(p.district() == null ? "" : p.district().name() + ", ").append(p.province().name()).append('\n');
    sb.append("  ").append(lang.t("set")).append(": ").append(p.productSet()).append(' ').append(p.productSetName())
        .append(" (").append(p.productGroup()).append(")\n");
    sb.append("  ").append(lang.t("score")).append(": ").append(lang.points(p.score())).append("  (A ")
        .append(lang.score(p.a())).append(" · B ").append(lang.score(p.b())).append(" · C ").append(lang.score(p.c()))
        .append(")  ").append(lang.t("rank").toLowerCase(lang.locale())).append(' ').append(p.rank())
        .append(p.tied() ? " (" + lang.t("tie") + ")" : "").append(" / ").append(doc.products().size()).append('\n');
    sb.append("  ").append(lang.t("members-totals")).append(":");
    for (ResultsDocument.MemberTotals m : p.members()) {
      sb.append(' ').append(m.member() == null ? lang.message("hội đồng", "council") : m.member()).append(' ')
          .append(lang.decimal(m.total())).append(';');
    }
    sb.setLength(sb.length() - (p.members().isEmpty() ? 0 : 1));
    sb.append('\n');
    sb.append("  ").append(lang.t("outcome")).append(": ").append(lang.stars(p.stars())).append(", ")
        .append(lang.decision(p.decision()))
        .append(p.forwardTo() == null ? "" : " → " + lang.level(p.forwardTo())).append('\n');
    sb.append("  ").append(lang.t("reasons")).append(":\n");
    int i = 1;
    for (ReasonDoc r : p.reasons()) {
      sb.append("   ").append(i++).append(". ").append(lang.message(r.messageVi(), r.messageEn())).append('\n');
      sb.append("      ").append(r.ruleId()).append(" · ").append(r.pack());
      if (!r.legalReference().isEmpty()) {
        sb.append(" · ").append(r.legalReference());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * {@code s} safe to print on a terminal: control characters that a terminal would obey (escape
   * sequences that move the cursor, change colours or the window title, erase the screen; bidirectional
   * overrides that reverse text) are shown as visible symbols instead ({@code ESC} as {@code ␛}). Line
   * breaks are kept. One character in, one out, so column widths do not change.
   */
  public static String printable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char shown = c;
      if (c < 0x20 && c != '\n') {
        shown = (char) (0x2400 + c); // the Unicode "symbol for" control pictures: ␛, ␇, ␉ …
      } else if (c == 0x7F) {
        shown = '\u2421';
      } else if (c >= 0x80 && c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
        shown = '\uFFFD';
      }
      if (shown != c && sb == null) {
        sb = new StringBuilder(s.substring(0, i));
      }
      if (sb != null) {
        sb.append(shown);
      }
    }
    return sb == null ? s : sb.toString();
  }

  private static String fit(String s, int width) {
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
  }

  private static String pad(String s, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - s.length()));
    return right ? spaces + s : s + spaces;
  }
}
