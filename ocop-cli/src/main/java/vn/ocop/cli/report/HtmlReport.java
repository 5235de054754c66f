package vn.ocop.cli.report;

import static vn.ocop.cli.report.Html.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsDocument.DistrictCount;
import vn.ocop.io.ResultsDocument.ProductResultDoc;
import vn.ocop.io.ResultsDocument.ReasonDoc;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilMember;

/**
 * The round report: one self-contained HTML file (inline CSS and SVG, no scripts, no network) with
 * the round's summary, a star-distribution chart, a per-district chart, the ranking table, each
 * product's outcome with its reasons, and the packs and legal instruments applied. Prints on A4.
 *
 * <p>Elements carry stable ids and {@code data-} attributes (product id, stars, counts) so that a
 * program — or a test — can read the numbers back without parsing the visible text.
 */
public final class HtmlReport {
  private HtmlReport() {}

  private static final String[] STAR_COLOURS = Html.STAR_COLOURS;

  /** The report as a complete HTML document, members by id, generated today. */
  public static String render(ResultsDocument doc, Lang lang) {
    return render(doc, lang, null, LocalDate.now());
  }

  /**
   * The report as a complete HTML document.
   *
   * @param council the round's council, to name members by name with their totals and the chair in the
   *     signature block; {@code null} names members by their ids
   * @param generated the date printed as the report's date of issue
   * @since 0.1.0
   */
  public static String render(ResultsDocument doc, Lang lang, Council council, LocalDate generated) {
    return render(doc, lang, council, generated, DEFAULT_CARDS);
  }

  /** The product cards a report prints by default: the first 500 in rank order. */
  public static final int DEFAULT_CARDS = 500;

  /**
   * The report as a complete HTML document, with the cards of at most {@code cards} products.
   *
   * <p>A round of more products (a national registry's) keeps the summary, the charts and the whole
   * ranking table, and prints the cards of the first {@code cards} products in rank order, followed by
   * a note that says how many were left out and how to get them all ({@code --html-cards all}); the
   * ranking links only to the cards printed. A round of at most {@code cards} products is printed
   * exactly as before.
   *
   * @param council the round's council, or {@code null} (see {@link #render(ResultsDocument, Lang, Council, LocalDate)})
   * @param generated the date printed as the report's date of issue
   * @param cards the most product cards to print, at least 0 ({@link Integer#MAX_VALUE} for all)
   * @since 0.1.0
   */
  public static String render(ResultsDocument doc, Lang lang, Council council, LocalDate generated, int cards) {
    if (cards < 0) {
      throw new IllegalArgumentException("cards must be at least 0, not " + cards);
    }
    ResultsDocument.RoundSummary r = doc.round();
    String title = lang.t("report-title") + " — " + lang.t("round").toLowerCase(lang.locale()) + " " + r.sequence() + "/"
        + r.year() + ", " + r.province().name() + (r.district() == null ? "" : ", " + r.district().name());
    int printed = Math.min(cards, doc.products().size());
    StringBuilder h = new StringBuilder(64 * 1024 + 1024 * printed);
    Html.open(h, title, lang);
    h.append("<header>\n<h1>").append(esc(lang.t("report-title"))).append("</h1>\n<p class=\"sub\" id=\"round\" data-round-id=\"")
        .append(esc(r.id())).append("\">").append(esc(lang.t("round"))).append(' ').append(r.sequence()).append('/')
        .append(r.year()).append(" · ").append(esc(r.province().name()))
        .append(r.district() == null ? "" : " · " + esc(r.district().name())).append(" · ")
        .append(esc(councilOf(r.level(), lang))).append(" · ")
        .append(esc(lang.t("council-date"))).append(' ').append(esc(Dates.format(r.councilDate(), lang)))
        .append("</p>\n<p class=\"sub\" id=\"generated\" data-generated=\"").append(generated).append("\">")
        .append(esc(lang.message("Lập ngày ", "Issued on ") + Dates.format(generated, lang)))
        .append("</p>\n</header>\n");
    summary(h, doc, lang);
    charts(h, doc, lang);
    ranking(h, doc, lang, printed);
    outcomes(h, doc, lang, council, printed);
    law(h, doc, lang);
    signatures(h, doc, lang, council);
    Html.close(h, lang.t("generated") + " · " + Dates.format(generated, lang) + " · " + doc.policy().description() + " · "
        + ResultsDocument.FORMAT);
    return h.toString();
  }

  /** "Hội đồng cấp huyện" / "District council". */
  static String councilOf(String level, Lang lang) {
    String l = lang.level(level);
    return lang == Lang.VI ? "Hội đồng " + l : Character.toUpperCase(l.charAt(0)) + l.substring(1) + " council";
  }

  /**
   * The signature block of the council's record: place and council date, the secretary and the chair
   * (by name when the council is known), each to sign and write their name.
   */
  private static void signatures(StringBuilder h, ResultsDocument doc, Lang lang, Council council) {
    ResultsDocument.RoundSummary r = doc.round();
    java.time.LocalDate d = r.councilDate();
    String placeDate = lang == Lang.VI
        ? r.province().name() + ", ngày " + String.format("%02d", d.getDayOfMonth()) + " tháng "
            + String.format("%02d", d.getMonthValue()) + " năm " + d.getYear()
        : r.province().name() + ", " + Dates.format(d, lang);
    h.append("<section id=\"signatures\" class=\"signatures\">\n<p class=\"place-date\">").append(esc(placeDate))
        .append("</p>\n<div class=\"signers\">\n");
    signer(h, "secretary", lang.message("THƯ KÝ HỘI ĐỒNG", "SECRETARY OF THE COUNCIL"), null, lang);
    signer(h, "chair", lang.message("CHỦ TỊCH HỘI ĐỒNG", "CHAIR OF THE COUNCIL"),
        council == null ? null : council.chair().name(), lang);
    h.append("</div>\n</section>\n");
  }

  private static void signer(StringBuilder h, String id, String role, String name, Lang lang) {
    h.append("<div class=\"signer\" id=\"sign-").append(id).append("\"><strong>").append(esc(role))
        .append("</strong><span class=\"ref\">").append(esc(lang.message("(ký, ghi rõ họ tên)", "(signature and name)")))
        .append("</span><span class=\"name\">").append(name == null ? "&nbsp;" : esc(name)).append("</span></div>\n");
  }

  private static void summary(StringBuilder h, ResultsDocument doc, Lang lang) {
    ResultsDocument.Statistics s = doc.statistics();
    h.append("<section id=\"summary\">\n<div class=\"cards\">\n");
    card(h, "products", lang.integer(s.products()), lang.t("products"));
    card(h, "members", lang.integer(doc.round().members()), lang.t("members"));
    int atLeast3 = 0;
    for (Map.Entry<String, Integer> e : s.perStars().entrySet()) {
      if (Integer.parseInt(e.getKey()) >= 3) {
        atLeast3 += e.getValue();
      }
    }
    card(h, "at-least-3", lang.integer(atLeast3) + " (" + lang.score(s.shareAtLeastThreeStars()) + " %)", lang.t("at-least-3"));
    for (Map.Entry<String, Integer> e : s.perDecision().entrySet()) {
      if (e.getValue() > 0) {
        card(h, "decision-" + e.getKey(), lang.integer(e.getValue()), lang.decision(e.getKey()));
      }
    }
    if (doc.awards() != null) {
      card(h, "awards", lang.vnd(doc.awards().total()), lang.t("awards") + " — " + TextReports.awardLevels(doc.awards(), lang));
    }
    h.append("</div>\n</section>\n");
  }

  private static void card(StringBuilder h, String id, String value, String label) {
    Html.card(h, id, value, label);
  }

  private static void charts(StringBuilder h, ResultsDocument doc, Lang lang) {
    h.append("<section id=\"charts\" class=\"charts\">\n<div class=\"chart\">\n<h2>").append(esc(lang.t("star-distribution")))
        .append("</h2>\n");
    starChart(h, doc, lang);
    h.append("</div>\n<div class=\"chart\">\n<h2>").append(esc(lang.t("per-district"))).append("</h2>\n");
    districtChart(h, doc, lang);
    h.append("</div>\n</section>\n");
  }

  private static void starChart(StringBuilder h, ResultsDocument doc, Lang lang) {
    ResultsDocument.Statistics s = doc.statistics();
    List<Html.Bar> bars = new ArrayList<>();
    for (Map.Entry<String, Integer> e : s.perStars().entrySet()) {
      bars.add(new Html.Bar(e.getKey(), e.getKey() + "★", e.getValue(), STAR_COLOURS[Integer.parseInt(e.getKey()) - 1]));
    }
    bars.add(new Html.Bar("none", lang.t("unranked"), s.unranked(), "var(--none)"));
    Html.columnChart(h, "star-chart", lang.t("star-distribution"), bars, lang);
  }

  private static void districtChart(StringBuilder h, ResultsDocument doc, Lang lang) {
    List<DistrictCount> ds = doc.statistics().perDistrict();
    int max = Math.max(1, ds.stream().mapToInt(DistrictCount::products).max().orElse(1));
    int rowH = 24;
    int labelW = 150;
    int w = 460;
    int hgt = 30 + ds.size() * rowH + 10;
    h.append("<svg id=\"district-chart\" viewBox=\"0 0 ").append(w).append(' ').append(hgt)
        .append("\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" aria-labelledby=\"district-chart-title\">\n<title id=\"district-chart-title\">")
        .append(esc(lang.t("per-district"))).append("</title>\n");
    for (int i = 0; i < ds.size(); i++) {
      DistrictCount d = ds.get(i);
      int y = 10 + i * rowH;
      h.append("<g class=\"district\" data-place=\"").append(esc(d.place().id())).append("\" data-products=\"")
          .append(d.products()).append("\">");
      h.append("<text x=\"").append(labelW - 6).append("\" y=\"").append(y + 15)
          .append("\" text-anchor=\"end\" font-size=\"12\">").append(esc(d.place().name())).append("</text>");
      double x = labelW;
      double unit = (w - labelW - 40) / (double) max;
      List<String[]> segs = new ArrayList<>();
      for (Map.Entry<String, Integer> e : d.perStars().entrySet()) {
        segs.add(new String[] {e.getKey(), String.valueOf(e.getValue()), STAR_COLOURS[Integer.parseInt(e.getKey()) - 1]});
      }
      segs.add(new String[] {"none", String.valueOf(d.unranked()), "var(--none)"});
      for (String[] s : segs) {
        int n = Integer.parseInt(s[1]);
        if (n == 0) {
          continue;
        }
        double sw = unit * n;
        h.append("<rect class=\"seg\" data-stars=\"").append(s[0]).append("\" data-count=\"").append(n).append("\" x=\"")
            .append(String.format(java.util.Locale.ROOT, "%.1f", x)).append("\" y=\"").append(y + 2)
            .append("\" width=\"").append(String.format(java.util.Locale.ROOT, "%.1f", sw)).append("\" height=\"")
            .append(rowH - 6).append("\" fill=\"").append(s[2]).append("\" style=\"fill:").append(s[2]).append("\"><title>")
            .append("none".equals(s[0]) ? esc(lang.t("unranked")) : s[0] + "★").append(": ").append(lang.integer(n)).append("</title></rect>");
        x += sw;
      }
      h.append("<text x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", x + 5)).append("\" y=\"").append(y + 15)
          .append("\" font-size=\"12\">").append(lang.integer(d.products())).append("</text></g>\n");
    }
    h.append("</svg>\n<div class=\"legend\">");
    for (int s = 1; s <= 5; s++) {
      h.append("<span><i style=\"background:").append(STAR_COLOURS[s - 1]).append("\"></i>").append(s).append("★</span>");
    }
    h.append("<span><i style=\"background:var(--none)\"></i>").append(esc(lang.t("unranked"))).append("</span></div>\n");
  }

  private static void ranking(StringBuilder h, ResultsDocument doc, Lang lang, int printed) {
    h.append("<section id=\"ranking-section\">\n<h2>").append(esc(lang.t("ranking"))).append("</h2>\n<table id=\"ranking\">\n")
        .append("<colgroup><col class=\"c-rank\"><col class=\"c-product\"><col class=\"c-place\"><col class=\"c-set\">")
        .append("<col class=\"c-score\"><col class=\"c-stars\">")
        .append("<col class=\"c-outcome\"><col class=\"c-reason\"></colgroup>\n<thead><tr>")
        .append("<th class=\"num\">").append(esc(lang.t("rank"))).append("</th><th>").append(esc(lang.t("product")))
        .append("<span class=\"ref\">").append(esc(lang.t("producer"))).append("</span>")
        .append("</th><th>").append(esc(lang.t("place"))).append("</th><th>").append(esc(lang.t("set")))
        .append("</th><th class=\"num\">").append(esc(lang.t("score"))).append("<span class=\"ref\">A · B · C</span>")
        .append("</th><th>").append(esc(lang.t("stars"))).append("</th><th>").append(esc(lang.t("outcome"))).append("</th><th>")
        .append(esc(lang.t("reason"))).append("</th></tr></thead>\n<tbody>\n");
    int row = 0;
    for (ProductResultDoc p : doc.products()) {
      boolean linked = row++ < printed;
      h.append("<tr class=\"d-").append(p.decision()).append("\" data-product-id=\"").append(esc(p.id()))
          .append("\" data-score=\"").append(p.score().toPlainString()).append("\" data-stars=\"")
          .append(p.stars() == null ? "" : p.stars()).append("\" data-decision=\"").append(p.decision()).append("\">")
          .append("<td class=\"num\">").append(p.rank()).append(p.tied() ? "=" : "").append("</td>")
          .append(linked ? "<td class=\"product\"><a href=\"#p-" + esc(anchor(p.id())) + "\">" : "<td class=\"product\">")
          .append(esc(p.name()))
          .append(linked ? "</a><span class=\"ref producer\">" : "<span class=\"ref producer\">").append(esc(p.producer().name())).append("</span></td>")
          .append("<td>").append(esc(place(p))).append("</td>")
          .append("<td class=\"set\">").append(esc(p.productSet())).append("</td>")
          .append("<td class=\"num score\"><b>").append(lang.score(p.score())).append("</b><span class=\"ref parts\">")
          .append(lang.score(p.a())).append(" · ").append(lang.score(p.b())).append(" · ").append(lang.score(p.c()))
          .append("</span></td>")
          .append("<td class=\"stars\">").append(esc(lang.stars(p.stars()))).append("</td>")
          .append("<td class=\"outcome\">").append(esc(shortOutcome(p, lang))).append("</td>")
          .append("<td class=\"reason\">").append(esc(MainReason.message(p, lang))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void outcomes(StringBuilder h, ResultsDocument doc, Lang lang, Council council, int printed) {
    h.append("<section id=\"outcomes\">\n<h2>").append(esc(lang.t("outcomes"))).append("</h2>\n");
    for (ProductResultDoc p : doc.products().subList(0, printed)) {
      // a card that fits in about half a page never splits; a longer one may, between its reasons
      // part scores given by the council as a whole: its one total is the score, printed once
      boolean councilOnly = p.members().stream().allMatch(m -> m.member() == null);
      boolean longCard = p.reasons().size() + p.members().size() / 2 > 8;
      h.append("<article class=\"product").append(longCard ? " long" : "").append("\" id=\"p-").append(esc(anchor(p.id()))).append("\" data-product-id=\"")
          .append(esc(p.id())).append("\">\n<h3>").append(p.rank()).append(". ").append(esc(p.name())).append(" <span class=\"stars\">")
          .append(esc(lang.stars(p.stars()))).append("</span></h3>\n<dl>")
          .append("<dt>").append(esc(lang.t("producer"))).append("</dt><dd>").append(esc(p.producer().name())).append("</dd>")
          .append("<dt>").append(esc(lang.t("place"))).append("</dt><dd>").append(esc(p.district() == null ? place(p) : place(p) + ", " + p.province().name()))
          .append("</dd>")
          .append("<dt>").append(esc(lang.t("set"))).append("</dt><dd>").append(esc(p.productSet() + " " + p.productSetName()))
          .append(" · ").append(esc(p.productGroup())).append("</dd>")
          .append("<dt>").append(esc(lang.t("score"))).append("</dt><dd class=\"score\">").append(esc(lang.points(p.score())))
          .append(" (A ").append(lang.score(p.a())).append(" · B ").append(lang.score(p.b())).append(" · C ")
          .append(lang.score(p.c())).append(")</dd>")
          .append(councilOnly ? "<dt class=\"council-only\">" : "<dt>").append(esc(lang.t("members-totals")))
          .append(councilOnly ? "</dt><dd class=\"council-only\">" : "</dt><dd class=\"members-row\">");
      h.append("<ul class=\"members\">");
      for (ResultsDocument.MemberTotals m : p.members()) {
        h.append("<li data-member=\"").append(esc(m.member() == null ? "" : m.member())).append("\">")
            .append(esc(memberName(m.member(), council, lang))).append(" <b>").append(esc(lang.decimal(m.total())))
            .append("</b></li>");
      }
      h.append("</ul></dd>")
          .append("<dt>").append(esc(lang.t("outcome"))).append("</dt><dd class=\"outcome\" data-decision=\"")
          .append(p.decision()).append("\">").append(esc(outcome(p, lang))).append("</dd></dl>\n<ol class=\"reasons\">\n");
      for (ReasonDoc r : p.reasons()) {
        h.append("<li data-rule=\"").append(esc(r.ruleId())).append("\" data-pack=\"").append(esc(r.pack()))
            .append("\"><span class=\"msg\">").append(esc(Reasons.text(r, lang)))
            .append("</span><span class=\"ref source\">").append(esc(lang.message("Nguồn: ", "Source: ")))
            .append(esc(Reasons.source(r, lang))).append("</span></li>\n");
      }
      h.append("</ol>\n</article>\n");
    }
    int total = doc.products().size();
    if (printed < total) {
      String p = lang.integer(printed);
      String t = lang.integer(total);
      h.append("<p class=\"cards-note\" id=\"cards-note\" data-cards=\"").append(printed).append("\" data-products=\"")
          .append(total).append("\">").append(esc(lang.message(
              "Thẻ của " + p + " sản phẩm đầu trong số " + t + " sản phẩm, theo thứ hạng; bảng xếp hạng ở trên có mọi sản phẩm,"
                  + " và tệp kết quả (--format json hoặc csv) có chi tiết của từng sản phẩm. Để in thẻ của mọi sản phẩm:"
                  + " ocop evaluate … --html-cards all.",
              "The cards of the first " + p + " of " + t + " products, in rank order; the ranking above lists every product,"
                  + " and the results file (--format json or csv) holds each product's details. To print every card:"
                  + " ocop evaluate … --html-cards all.")))
          .append("</p>\n");
    }
    h.append("</section>\n");
  }

  private static void law(StringBuilder h, ResultsDocument doc, Lang lang) {
    h.append("<section id=\"law\">\n<h2>").append(esc(lang.t("policy"))).append(" · ").append(esc(lang.t("instruments")))
        .append("</h2>\n<p>").append(esc(lang.t("catalogue"))).append(": ");
    String catalogues = TextReports.catalogues(doc, lang);
    // one catalogue: name its source; several (the 2026 transition): each product's set names its own
    h.append(esc(catalogues.equals(doc.catalogue().instrument()) ? catalogues + ", " + doc.catalogue().source() : catalogues))
        .append("</p>\n");
    h.append("<table id=\"packs\">\n<thead><tr><th>").append(esc(lang.t("pack"))).append("</th><th>")
        .append(esc(lang.t("version"))).append("</th><th>").append(esc(lang.t("effective"))).append("</th><th>")
        .append(esc(lang.t("legal"))).append("</th></tr></thead>\n<tbody>\n");
    for (ResultsDocument.PackInfo p : doc.policy().packs()) {
      h.append("<tr data-pack=\"").append(esc(p.id())).append("\"><td>").append(esc(p.id())).append("<span class=\"ref\">")
          .append(esc(p.name())).append("</span></td><td>").append(esc(p.version())).append("</td><td>")
          .append(esc(Dates.format(p.effectiveFrom(), lang))).append(" – ")
          .append(esc(p.effectiveTo() == null ? "" : Dates.format(p.effectiveTo(), lang))).append("</td><td>")
          .append(esc(p.legal())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n<table id=\"instruments\">\n<thead><tr><th>").append(esc(lang.t("instruments")))
        .append("</th><th>").append(esc(lang.t("effective"))).append("</th></tr></thead>\n<tbody>\n");
    for (ResultsDocument.InstrumentInfo i : doc.instruments()) {
      h.append("<tr data-instrument=\"").append(esc(i.number())).append("\"><td>").append(esc(lang.message("Quyết định ", "Decision ")))
          .append(esc(i.number())).append(" — ").append(esc(lang.message(i.titleVi(), i.titleEn()))).append("</td><td>")
          .append(esc(Dates.format(i.inForceFrom(), lang))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  /** The outcome in a table cell: "Chuyển → cấp tỉnh" rather than the decision's full name. */
  private static String shortOutcome(ProductResultDoc p, Lang lang) {
    return p.forwardTo() == null ? lang.decision(p.decision())
        : lang.message("Chuyển", "Forward") + " → " + lang.level(p.forwardTo());
  }

  private static String outcome(ProductResultDoc p, Lang lang) {
    return lang.decision(p.decision()) + (p.forwardTo() == null ? "" : " → " + lang.level(p.forwardTo()));
  }

  /** A member by name ("Nguyễn Văn An (Chủ tịch hội đồng)") when the council is known, else by id. */
  private static String memberName(String id, Council council, Lang lang) {
    if (id == null) {
      return lang.message("Hội đồng", "Council");
    }
    if (council != null) {
      for (CouncilMember m : council.members()) {
        if (m.id().equals(id)) {
          return m.name() + (m.role() == vn.ocop.round.CouncilRole.MEMBER ? ""
              : " (" + lang.message(m.role().nameVi(), m.role().nameEn()).toLowerCase(lang.locale()) + ")");
        }
      }
    }
    return id;
  }

  private static String place(ProductResultDoc p) {
    return (p.commune() == null ? "" : p.commune().name() + ", ")
        + (p.district() == null ? p.province().name() : p.district().name());
  }

  private static String anchor(String id) {
    return id.replaceAll("[^A-Za-z0-9_-]", "-");
  }
}
