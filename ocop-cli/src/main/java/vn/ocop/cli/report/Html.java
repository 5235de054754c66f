package vn.ocop.cli.report;

/** Small helpers for writing HTML by hand: escaping, and the stylesheet shared by the CLI's pages. */
final class Html {
  private Html() {}

  /** Text escaped for element content and attribute values. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
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
              --s1:#b0b7bf; --s2:#8fa3b8; --s3:#3f8f6b; --s4:#1f6f9f; --s5:#b8860b; --none:#c0504d; }
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
      @page { size: A4; margin: 14mm 12mm; }
      @media print {
        body { font-size: 10.5pt; }
        main { max-width: none; padding: 0; }
        h2 { break-after: avoid; }
        table { font-size: 9pt; }
        thead { display: table-header-group; }
        tr, article.product, .chart { break-inside: avoid; }
        .cards .card { background: none; }
        a { color: inherit; text-decoration: none; }
      }
      """;
}
