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

  /** The width of the table when standard output is not a terminal. */
  public static final int DEFAULT_WIDTH = 100;

  /** Widest a column grows: rank, product, producer, place, set, score, A, B, C, stars, outcome. */
  private static final int[] MAX_WIDTH = {5, 30, 24, 22, 11, 6, 6, 6, 6, 5, 24};

  /** Narrowest the product and reason columns get before the reason moves under its row. */
  private static final int MIN_PRODUCT = 16;
  private static final int MIN_REASON = 40;
  private static final int INLINE_MIN_PRODUCT = 24;

  /** The columns left out first when the terminal is narrow: producer, A, B, C, place, set. */
  private static final int[] DROP_ORDER = {2, 6, 7, 8, 3, 4};

  /** Lines of the main reason a row shows at most; {@code ocop explain} gives every reason in full. */
  private static final int REASON_LINES = 2;

  /** The ranking table at {@link #DEFAULT_WIDTH} columns. */
  public static String table(ResultsDocument doc, Lang lang) {
    return table(doc, lang, DEFAULT_WIDTH);
  }

  /**
   * The ranking table with a one-paragraph summary above it, no line wider than {@code width}
   * columns: narrow terminals lose the producer, the part scores, the place and the set (in that
   * order), and the main reason — in words, without pack or rule ids — wraps on word boundaries in its
   * column or, when the row leaves it too little room, on indented lines under the row.
   */
  public static String table(ResultsDocument doc, Lang lang, int width) {
    width = Math.max(40, width);
    StringBuilder out = new StringBuilder();
    for (String line : printable(summary(doc, lang)).split("\n")) {
      for (String w : wrap(line, width, Integer.MAX_VALUE)) {
        out.append(w).append('\n');
      }
    }
    out.append('\n');
    List<String[]> rows = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    rows.add(new String[] {lang.t("rank"), lang.t("product"), lang.t("producer"), lang.t("place"), lang.t("set"),
        lang.t("score"), "A", "B", "C", lang.t("stars"), lang.t("outcome")});
    reasons.add(lang.t("reason"));
    for (ProductResultDoc p : doc.products()) {
      String[] r = row(p, lang);
      for (int i = 0; i < r.length; i++) {
        r[i] = oneLine(r[i]);
      }
      rows.add(r);
      reasons.add(oneLine(MainReason.message(p, lang)));
    }
    int n = MAX_WIDTH.length;
    int[] w = new int[n];
    for (String[] r : rows) {
      for (int i = 0; i < n; i++) {
        w[i] = Math.min(MAX_WIDTH[i], Math.max(w[i], columns(r[i])));
      }
    }
    int reasonNatural = reasons.stream().mapToInt(TextReports::columns).max().orElse(0);
    // first try the reason in its own column, the product kept readable; else the reason goes under its row
    int[] natural = w.clone();
    boolean[] shown = new boolean[n];
    java.util.Arrays.fill(shown, true);
    int drop = 0;
    while (room(w, shown, width) < MIN_REASON && drop < DROP_ORDER.length) {
      shown[DROP_ORDER[drop++]] = false;
    }
    while (room(w, shown, width) < MIN_REASON && w[1] > INLINE_MIN_PRODUCT) {
      w[1]--;
    }
    boolean below = room(w, shown, width) < MIN_REASON;
    if (below) {
      w = natural;
      java.util.Arrays.fill(shown, true);
      drop = 0;
      while (room(w, shown, width) < 0 && drop < DROP_ORDER.length) {
        shown[DROP_ORDER[drop++]] = false;
      }
      while (room(w, shown, width) < 0 && w[1] > MIN_PRODUCT) {
        w[1]--;
      }
    }
    int room = below ? 0 : room(w, shown, width);
    int reasonWidth = below ? width - 6 : Math.min(room, Math.max(columns(reasons.get(0)), reasonNatural));
    int indent = width - room(w, shown, width);
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (!shown[i]) {
          continue;
        }
        String cell = fit(r[i], w[i]);
        boolean numeric = i == 0 || (i >= 5 && i <= 8);
        line.append(pad(cell, w[i], numeric)).append("  ");
      }
      List<String> reason = wrap(reasons.get(k), reasonWidth, k == 0 ? 1 : REASON_LINES);
      if (below) {
        out.append(line.toString().stripTrailing()).append('\n');
        for (String x : reason) {
          out.append("      ").append(x).append('\n');
        }
      } else {
        for (int j = 0; j < Math.max(1, reason.size()); j++) {
          String x = j < reason.size() ? reason.get(j) : "";
          out.append(((j == 0 ? line.toString() : " ".repeat(indent)) + x).stripTrailing()).append('\n');
        }
      }
      if (k == 0) {
        out.append("-".repeat(below ? Math.max(indent - 2, Math.min(width, 6 + columns(reasons.get(0))))
            : Math.min(width, indent + reasonWidth))).append('\n');
      }
    }
    return out.toString();
  }

  /** The columns left for the reason after the shown columns and their separators. */
  private static int room(int[] w, boolean[] shown, int width) {
    int used = 0;
    for (int i = 0; i < w.length; i++) {
      if (shown[i]) {
        used += w[i] + 2;
      }
    }
    return width - used;
  }

  /** {@code s} on one line, safe to print. */
  private static String oneLine(String s) {
    return printable(s).replace('\n', ' ');
  }

  /**
   * {@code s} broken into lines of at most {@code width} columns on spaces (a word longer than a
   * line is cut), at most {@code maxLines} of them, the last ending in "…" when text was left out.
   */
  static List<String> wrap(String s, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    String[] words = s.strip().split("\\s+");
    int i = 0;
    while (i < words.length) {
      String word = words[i];
      if (word.isEmpty()) {
        i++;
        continue;
      }
      int curCols = columns(cur.toString());
      if (cur.length() == 0 && columns(word) > width) {
        lines.add(fit(word, width));
        i++;
      } else if (curCols + (cur.length() == 0 ? 0 : 1) + columns(word) <= width) {
        cur.append(cur.length() == 0 ? "" : " ").append(word);
        i++;
        continue;
      } else {
        lines.add(cur.toString());
        cur.setLength(0);
      }
      if (lines.size() == maxLines) {
        break;
      }
    }
    if (cur.length() > 0 && lines.size() < maxLines) {
      lines.add(cur.toString());
    } else if (lines.size() == maxLines && (i < words.length || cur.length() > 0)) {
      String last = lines.get(maxLines - 1);
      while (columns(last) + 1 > width && last.contains(" ")) {
        last = last.substring(0, last.lastIndexOf(' '));
      }
      lines.set(maxLines - 1, columns(last) + 1 > width ? fit(last, width) : last + "…");
    }
    return lines;
  }

  /**
   * The columns {@code s} takes on a terminal: one per character, none for combining marks (a
   * decomposed "ệ" is one column).
   */
  static int columns(String s) {
    int cols = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
        cols++;
      }
      i += Character.charCount(cp);
    }
    return cols;
  }

  private static String[] row(ProductResultDoc p, Lang lang) {
    String place = (p.commune() == null ? "" : p.commune().name() + ", ")
        + (p.district() == null ? p.province().name() : p.district().name());
    String outcome = p.forwardTo() == null ? lang.decision(p.decision())
        : lang.message("Chuyển", "Forward") + " → " + lang.level(p.forwardTo());
    return new String[] {p.rank() + (p.tied() ? "=" : ""), p.name(), p.producer().name(), place, p.productSet(),
        lang.score(p.score()), lang.score(p.a()), lang.score(p.b()), lang.score(p.c()), lang.stars(p.stars()), outcome};
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
    return explain(doc, p, lang, null);
  }

  /**
   * One product's full explanation, each member named by {@code council} (by id when it is {@code null}).
   *
   * @since 0.1.0
   */
  public static String explain(ResultsDocument doc, ProductResultDoc p, Lang lang, vn.ocop.round.Council council) {
    return printable(explainText(doc, p, lang, council));
  }

  private static String explainText(ResultsDocument doc, ProductResultDoc p, Lang lang, vn.ocop.round.Council council) {
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
    if (p.members().size() == 1 && p.members().get(0).member() == null) {
      sb.append(' ').append(lang.message("hội đồng", "council")).append(' ').append(lang.decimal(p.members().get(0).total()))
          .append('\n');
    } else {
      sb.append('\n');
      for (ResultsDocument.MemberTotals m : p.members()) {
        String who = m.member() == null ? lang.message("hội đồng", "council") : memberName(m.member(), council);
        sb.append("    ").append(pad(lang.decimal(m.total()), 6, true)).append("  ").append(who)
            .append(m.member() == null || who.equals(m.member()) ? "" : " [" + m.member() + "]").append('\n');
      }
    }
    sb.append("  ").append(lang.t("outcome")).append(": ").append(lang.stars(p.stars())).append(", ")
        .append(lang.decision(p.decision()))
        .append(p.forwardTo() == null ? "" : " → " + lang.level(p.forwardTo())).append('\n');
    sb.append("  ").append(lang.t("reasons")).append(":\n");
    int i = 1;
    for (ReasonDoc r : p.reasons()) {
      sb.append("   ").append(i++).append(". ").append(Reasons.text(r, lang)).append('\n');
      sb.append("      ").append(Reasons.source(r, lang)).append('\n');
    }
    return sb.toString();
  }

  /** A member's name from the council, or the id when the council is not known or lacks it. */
  private static String memberName(String id, vn.ocop.round.Council council) {
    if (council != null) {
      for (vn.ocop.round.CouncilMember m : council.members()) {
        if (m.id().equals(id)) {
          return m.name();
        }
      }
    }
    return id;
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

  /** {@code s} cut to {@code width} columns, ending in "…" when cut (at a space when there is one late enough). */
  private static String fit(String s, int width) {
    if (columns(s) <= width) {
      return s;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      String next = sb + new String(Character.toChars(cp));
      if (columns(next) > width - 1) {
        break;
      }
      sb.append(Character.toChars(cp));
      i += Character.charCount(cp);
    }
    String cut = sb.toString();
    int space = cut.lastIndexOf(' ');
    if (space >= width * 2 / 3) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }

  private static String pad(String s, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - columns(s)));
    return right ? spaces + s : s + spaces;
  }
}
