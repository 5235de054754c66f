package vn.ocop.cli.report;

/** Small helpers for writing HTML by hand: escaping, and the stylesheet shared by the CLI's pages. */
final class Html {
  private Html() {}

  /** The colours of 1★ … 5★ in charts, from the stylesheet. */
  static final String[] STAR_COLOURS = {"var(--s1)", "var(--s2)", "var(--s3)", "var(--s4)", "var(--s5)"};

  /** One column of a {@link #columnChart}: a key for {@code data-} attributes, a label, a count and a colour. */
  record Bar(String key, String label, long value, String colour) {}

  /** Opens a self-contained page: doctype, head with the title and {@link #CSS}, and {@code <main>}. */
  static void open(StringBuilder h, String title, Lang lang) {
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.VI ? "vi" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ocop\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n")
        .append("<body>\n<main>\n");
  }

  /** Closes a page opened by {@link #open}, with a footer line. */
  static void close(StringBuilder h, String footer) {
    h.append("<footer>").append(esc(footer)).append("</footer>\n</main>\n</body>\n</html>\n");
  }

  /** A summary card with a stable id ({@code card-<id>}). */
  static void card(StringBuilder h, String id, String value, String label) {
    h.append("<div class=\"card\" id=\"card-").append(esc(id)).append("\"><span class=\"v\">").append(esc(value))
        .append("</span><span class=\"k\">").append(esc(label)).append("</span></div>\n");
  }

  /**
   * A column chart as inline SVG; each column is a {@code g.bar} with {@code data-key} (and {@code
   * data-stars}, the same key, for the round report) and {@code data-count}.
   */
  static void columnChart(StringBuilder h, String id, String title, java.util.List<Bar> bars, Lang lang) {
    long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
    int w = 460;
    int hgt = 236;
    int base = 200;
    int slot = (w - 40) / Math.max(1, bars.size());
    h.append("<svg id=\"").append(esc(id)).append("\" viewBox=\"0 0 ").append(w).append(' ').append(hgt)
        .append("\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"").append(esc(id))
        .append("-title\">\n<title id=\"").append(esc(id)).append("-title\">").append(esc(title)).append("</title>\n");
    h.append("<line x1=\"30\" y1=\"").append(base).append("\" x2=\"").append(w - 10).append("\" y2=\"").append(base)
        .append("\" stroke=\"#888\"/>\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int bh = (int) Math.round(165.0 * b.value() / max);
      int x = 40 + i * slot;
      h.append("<g class=\"bar\" data-key=\"").append(esc(b.key())).append("\" data-stars=\"").append(esc(b.key()))
          .append("\" data-count=\"").append(b.value()).append("\">")
          .append("<rect x=\"").append(x).append("\" y=\"").append(base - bh).append("\" width=\"").append(slot - 16)
          .append("\" height=\"").append(bh).append("\" fill=\"").append(b.colour()).append("\" style=\"fill:").append(b.colour())
          .append("\"/>")
          .append("<text x=\"").append(x + (slot - 16) / 2).append("\" y=\"").append(base - bh - 6)
          .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\">").append(lang.integer(b.value())).append("</text>")
          .append(label(x + (slot - 16) / 2, base + 16, b.label())).append("</g>\n");
    }
    h.append("</svg>\n");
  }

  /**
   * A column's label under the axis: on two lines when it is longer than a column is wide ("Không" /
   * "xếp hạng"), so that it is never clipped at the edge of the chart.
   */
  private static String label(int x, int y, String text) {
    String head = text;
    String tail = null;
    if (text.length() > 8 && text.contains(" ")) {
      int mid = text.length() / 2;
      int before = text.lastIndexOf(' ', mid);
      int after = text.indexOf(' ', mid);
      int cut = before < 0 ? after : after < 0 ? before : (mid - before <= after - mid ? before : after);
      head = text.substring(0, cut);
      tail = text.substring(cut + 1);
    }
    StringBuilder t = new StringBuilder("<text class=\"axis\" x=\"").append(x).append("\" y=\"").append(y)
        .append("\" text-anchor=\"middle\" font-size=\"12\">");
    t.append("<tspan x=\"").append(x).append("\">").append(esc(head)).append("</tspan>");
    if (tail != null) {
      t.append("<tspan x=\"").append(x).append("\" dy=\"14\">").append(esc(tail)).append("</tspan>");
    }
    return t.append("</text>").toString();
  }

  /** Text escaped for element content and attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    int i0 = 0;
    while (i0 < s.length() && "&<>\"'".indexOf(s.charAt(i0)) < 0) {
      i0++;
    }
    if (i0 == s.length()) {
      return s; // nothing to escape: most names and every number
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The page's stylesheet: screen and A4 print. */
  static final String CSS = """
      :root { --ink:#1d2733; --muted:#5b6673; --line:#d5dbe1; --band:#f3f6f8; --accent:#0b6e4f;
              --s1:#c4cad0; --s2:#8e6bbf; --s3:#3f8f6b; --s4:#1f6f9f; --s5:#b8860b; --none:#c0504d; }
      * { box-sizing: border-box; }
      body { font-family: "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); margin: 0;
             background: #fff; font-size: 14px; line-height: 1.45; }
      main { max-width: 1100px; margin: 0 auto; padding: 24px 28px 48px; }
      h1 { font-size: 22px; margin: 0 0 4px; color: var(--accent); }
      h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
      h3 { font-size: 15px; margin: 0 0 6px; }
      .sub { color: var(--muted); margin: 0 0 16px; }
      .cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
      .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 120px; background: var(--band); }
      .card .v { font-size: 20px; font-weight: 600; display: block; }
      .card .k { color: var(--muted); font-size: 12px; }
      .charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
      .chart { flex: 1 1 420px; }
      .chart svg { width: 100%; height: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 13px; }
      th, td { border-bottom: 1px solid var(--line); padding: 5px 6px; text-align: left; vertical-align: top; }
      th { background: var(--band); font-weight: 600; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      tr.d-CERTIFY td.outcome { color: var(--s3); font-weight: 600; }
      tr.d-FORWARD td.outcome { color: var(--s4); font-weight: 600; }
      tr.d-NOT_ACHIEVED td.outcome, tr.d-INELIGIBLE td.outcome, tr.d-RETURNED_FOR_RESCORING td.outcome { color: var(--none); }
      .stars { white-space: nowrap; color: var(--s5); font-weight: 600; }
      article.product { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 10px 0; }
      article.product dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0 8px; }
      article.product dt { color: var(--muted); }
      article.product dd { margin: 0; }
      ol.reasons { margin: 4px 0 0 18px; padding: 0; }
      ol.reasons li { margin: 3px 0; }
      .ref { color: var(--muted); font-size: 12px; display: block; }
      .legend { display: flex; gap: 12px; flex-wrap: wrap; font-size: 12px; color: var(--muted); }
      .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; }
      footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
      .sheet td.box { width: 28px; text-align: center; font-size: 16px; }
      .sheet tr.group td { background: var(--band); font-weight: 600; }
      .sheet tr.part td { background: #e4ece8; font-weight: 700; }
      .sheet .gate { color: var(--s5); font-weight: 600; white-space: nowrap; }
      .sign { display: flex; justify-content: space-between; margin-top: 28px; }
      .sign div { width: 45%; border-top: 1px dotted var(--muted); padding-top: 4px; color: var(--muted); }
      .fill { display: inline-block; min-width: 260px; border-bottom: 1px dotted var(--muted); }
      .meter { width: 100%; max-width: 260px; height: auto; display: block; }
      tr.t-NOT_MET td.status { color: var(--none); font-weight: 600; }
      tr.t-MET td.status, tr.t-UPPER_MET td.status, tr.t-STRETCH_MET td.status { color: var(--s3); font-weight: 600; }
      table#ranking td.product a { font-weight: 600; }
      table#ranking .producer { font-size: 11px; }
      table#ranking td.reason { font-size: 12px; }
      table#ranking { table-layout: fixed; }
      table#ranking col.c-rank { width: 5%; } table#ranking col.c-product { width: 21%; }
      table#ranking col.c-place { width: 13%; } table#ranking col.c-set { width: 10%; }
      table#ranking col.c-score { width: 11%; } table#ranking col.c-stars { width: 5%; }
      table#ranking col.c-outcome { width: 11%; } table#ranking col.c-reason { width: 24%; }
      table#ranking td.score .parts { white-space: nowrap; font-size: 10px; }
      table#ranking td.set { overflow-wrap: anywhere; }
      ul.members { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 14px; }
      ul.members b { font-variant-numeric: tabular-nums; }
      .signatures { margin-top: 28px; break-inside: avoid; }
      .signatures .place-date { text-align: right; font-style: italic; margin: 0 0 6px; }
      .signers { display: flex; justify-content: space-around; text-align: center; }
      .signer { width: 40%; display: flex; flex-direction: column; }
      .signer .name { margin-top: 64px; font-weight: 600; border-top: 1px dotted var(--muted); padding-top: 2px; }
      tbody.sheet-end { break-inside: avoid; }
      tr.sign-row td { border-bottom: none; padding-top: 18px; }
      tr.sign-row .sign div { height: 70px; }
      @page { size: A4; margin: 14mm 12mm 16mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #5b6673; } }
      @media print {
        body { font-size: 10pt; line-height: 1.35; }
        main { max-width: none; padding: 0; }
        h1 { font-size: 16pt; }
        h2 { font-size: 12.5pt; margin: 14px 0 6px; break-after: avoid; }
        .sub { margin-bottom: 6px; }
        .cards { margin: 6px 0; gap: 6px; }
        .card { padding: 4px 10px; min-width: 0; }
        .card .v { font-size: 14pt; }
        .charts { flex-wrap: nowrap; gap: 16px; break-inside: avoid; }
        .chart { flex: 1 1 50%; }
        .chart h2 { margin-top: 8px; }
        .chart svg { max-height: 58mm; }
        table { font-size: 8.5pt; }
        th, td { padding: 2px 4px; }
        table#ranking td.reason { font-size: 8pt; }
        table#ranking .producer { font-size: 7.5pt; }
        table#ranking td.score .parts { font-size: 6.5pt; }
        thead { display: table-header-group; }
        tr, article.product, .chart, .signatures, article.product dl, ol.reasons li { break-inside: avoid; }
        article.product.long { break-inside: auto; }
        article.product h3 { break-after: avoid; }
        ul.members { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; }
        article.product dl { grid-template-columns: max-content 1fr max-content 1fr; gap: 0 10px; }
        article.product dd.members-row, article.product dd.outcome { grid-column: span 3; }
        article.product dt.council-only, article.product dd.council-only { display: none; }
        ol.reasons .source { font-size: 7pt; }
        ol.reasons { margin-top: 2px; }
        article.product { padding: 6px 10px; margin: 6px 0; }
        article.product dl { margin: 2px 0 4px; }
        ol.reasons li { margin: 1px 0; }
        .ref { font-size: 8pt; }
        .cards .card { background: none; }
        footer { margin-top: 12px; }
        a { color: inherit; text-decoration: none; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;
}
