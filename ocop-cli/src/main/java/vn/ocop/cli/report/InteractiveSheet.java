package vn.ocop.cli.report;

import static vn.ocop.cli.report.Html.esc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Disqualification;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;
import vn.ocop.catalog.Selection;
import vn.ocop.law.StarRating;

/**
 * The score sheet a council member fills in on screen ({@code ocop catalog SET --html FILE
 * --interactive}): one self-contained page, inline CSS and script, no network. The member types their
 * id and the product's, ticks one option per criterion, and sees as they go each part's points, the
 * total, and the star gates ("yêu cầu tối thiểu" ***, ****, ***** of the scorecard, Decision 148/QĐ-TTg
 * Phụ lục III and Decision 26/2026/QĐ-TTg Phụ lục II) met or missed on this sheet. The page exports the
 * {@code member,product,criterion,option} CSV that {@code ocop evaluate --scores} reads, as a download
 * and as text to copy.
 *
 * <p>The rules the page applies are the scorer's ({@code vn.ocop.scoring.Scoring}): a criterion left
 * unticked scores 0; a criterion under a condition (a product story, …) may be marked "condition not
 * met", which marks every criterion under that condition and exports an empty option; in a one-case
 * group ({@link Selection#ONE_CASE}) ticking one case clears the others. A gate is met when the ticked
 * option's points reach {@link Criterion#requiredPoints}. The score band shown (30, 50, 70, 90 points:
 * Decision 148/QĐ-TTg and Decision 26/2026/QĐ-TTg Art. 7) is for this one sheet: the product's stars
 * come from the council's mean and the rule packs.
 *
 * @since 0.1.0
 */
public final class InteractiveSheet {
  private InteractiveSheet() {}

  /** The band thresholds of 2★ … 5★ in both laws' scorecards (Decision 148/QĐ-TTg; 26/2026/QĐ-TTg Art. 7). */
  private static final int[] BANDS = {30, 50, 70, 90};

  /** The page for {@code card}, its texts in {@code lang}. */
  public static String html(Scorecard card, Lang lang) {
    ProductSet set = card.productSet();
    String title = lang.message("Phiếu đánh giá OCOP (chấm trên máy)", "OCOP score sheet (on screen)") + " — " + set.code()
        + " " + set.nameVi();
    StringBuilder h = new StringBuilder(128 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.VI ? "vi" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:; connect-src 'none'\">\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(Html.CSS).append(CSS)
        .append("</style>\n</head>\n<body>\n<main class=\"interactive\">\n")
        .append("<h1>").append(esc(lang.message("PHIẾU ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP", "OCOP PRODUCT SCORE SHEET")))
        .append("</h1>\n<p class=\"sub\" id=\"set\" data-set=\"").append(esc(set.code())).append("\">")
        .append(esc(lang.message("Bộ sản phẩm ", "Product set ") + set.code() + ": " + set.nameVi()))
        .append(" · ").append(esc(lang.message("Quyết định ", "Decision ") + set.instrument().number())).append("</p>\n")
        .append("<div class=\"ids\"><label>").append(esc(lang.message("Mã thành viên hội đồng", "Council member id")))
        .append(" <input id=\"member\" name=\"member\" autocomplete=\"off\" placeholder=\"m1\"></label><label>")
        .append(esc(lang.message("Mã sản phẩm", "Product id")))
        .append(" <input id=\"product\" name=\"product\" autocomplete=\"off\" placeholder=\"p001\"></label></div>\n")
        .append("<p class=\"sub\">").append(esc(lang.message(
            "Mã thành viên và mã sản phẩm như trong tệp đợt đánh giá. Chọn một mức cho mỗi chỉ tiêu; điểm và yêu cầu "
                + "tối thiểu theo hạng sao (*** / **** / *****) được tính ngay bên phải. Trang này không gửi dữ liệu đi đâu.",
            "Member and product ids as in the round file. Tick one option per criterion; points and the star gates "
                + "(*** / **** / *****) update on the right. This page sends nothing anywhere.")))
        .append("</p>\n");
    for (Disqualification d : card.disqualifications()) {
      if (d.criterion().isEmpty()) {
        h.append("<p class=\"disqualification\" data-disqualification=\"").append(esc(d.key())).append("\"><strong>")
            .append(esc(d.key() + ": " + d.text())).append("</strong></p>\n");
      }
    }
    h.append("<div class=\"layout\">\n<form id=\"sheet\" data-set=\"").append(esc(set.code())).append("\">\n");
    for (ScorecardPart part : card.parts()) {
      h.append("<section class=\"part\" data-part=\"").append(part.part()).append("\"><h2>").append(part.part()).append(". ")
          .append(esc(part.title())).append(CatalogReports.statesPoints(part.title()) ? "" : " (" + part.maxPoints() + ")")
          .append("</h2>\n");
      for (CriterionGroup g : part.groups()) {
        boolean oneCase = g.selection() == Selection.ONE_CASE;
        h.append("<fieldset class=\"group\" data-group=\"").append(esc(g.key())).append("\" data-one-case=\"").append(oneCase)
            .append("\"><legend>").append(esc(g.key() + " " + g.title())).append(" <span class=\"max\">(")
            .append(g.maxPoints()).append(")</span>")
            .append(oneCase ? " <em>" + esc(lang.message("chọn một trường hợp", "one case only")) + "</em>" : "")
            .append("</legend>\n");
        for (Criterion c : g.criteria()) {
          criterion(h, card, c, lang);
        }
        h.append("</fieldset>\n");
      }
      h.append("</section>\n");
    }
    h.append("</form>\n<aside id=\"panel\">\n<h2>").append(esc(lang.message("Điểm", "Points"))).append("</h2>\n<table id=\"totals\">");
    for (ScorecardPart part : card.parts()) {
      h.append("<tr><th>").append(esc(lang.message("Phần ", "Part ") + part.part())).append("</th><td class=\"num\"><span id=\"part-")
          .append(part.part()).append("\" data-max=\"").append(part.maxPoints()).append("\">0</span> / ").append(part.maxPoints())
          .append("</td></tr>");
    }
    h.append("<tr class=\"total\"><th>").append(esc(lang.message("Tổng điểm", "Total"))).append("</th><td class=\"num\"><span id=\"total\">0")
        .append("</span> / ").append(card.maxPoints()).append("</td></tr></table>\n")
        .append("<p id=\"answered\"></p>\n<p id=\"band\"></p>\n<h2>")
        .append(esc(lang.message("Yêu cầu tối thiểu theo hạng sao", "Star gates"))).append("</h2>\n<ul id=\"gates\">");
    for (int s = 3; s <= 5; s++) {
      h.append("<li id=\"gate-").append(s).append("\" data-level=\"").append(s).append("\"></li>");
    }
    h.append("</ul>\n<h2>").append(esc(lang.message("Xuất điểm (CSV)", "Export (CSV)"))).append("</h2>\n")
        .append("<p><a id=\"download\" class=\"button disabled\" href=\"#\" download=\"scores.csv\">")
        .append(esc(lang.message("Tải tệp CSV", "Download the CSV"))).append("</a></p>\n<p id=\"export-status\" class=\"ref\"></p>\n")
        .append("<textarea id=\"csv\" readonly rows=\"8\" spellcheck=\"false\"></textarea>\n<p class=\"ref\">")
        .append(esc(lang.message("Dùng: ocop evaluate ROUND.json --scores TỆP.csv (nhiều tệp: nhắc lại --scores).",
            "Use: ocop evaluate ROUND.json --scores FILE.csv (several files: repeat --scores).")))
        .append("</p>\n</aside>\n</div>\n")
        .append("<script type=\"application/json\" id=\"catalogue\">").append(json(card).replace("</", "<\\/"))
        .append("</script>\n<script>\n").append(SCRIPT.replace("$TEXTS", texts(lang))).append("</script>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void criterion(StringBuilder h, Scorecard card, Criterion c, Lang lang) {
    h.append("<div class=\"criterion\" data-criterion=\"").append(esc(c.key())).append("\" data-part=\"").append(c.part())
        .append("\" data-condition=\"").append(c.condition().map(Enum::name).orElse("")).append("\"><p class=\"title\"><b>")
        .append(esc(c.key())).append("</b> ").append(esc(c.heading().map(x -> x + " – ").orElse("") + c.title()))
        .append(" <span class=\"max\">(").append(c.maxPoints()).append(")</span>")
        .append(c.gate().map(s -> " <span class=\"gate\">" + "*".repeat(s.stars()) + "</span>").orElse(""))
        .append(" <span class=\"state\" aria-live=\"polite\"></span></p>\n");
    for (Option o : c.options()) {
      String id = "o-" + o.key().replaceAll("[^A-Za-z0-9]", "-");
      h.append("<label class=\"option\" for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id)
          .append("\" name=\"").append(esc(c.key())).append("\" value=\"").append(esc(o.key())).append("\" data-points=\"")
          .append(o.points()).append("\"><span class=\"pts\">").append(o.points()).append("</span> ").append(esc(o.text()))
          .append(o.gate().map(s -> " <span class=\"gate\">" + "*".repeat(s.stars()) + "</span>").orElse(""))
          .append("</label>\n");
    }
    c.condition().ifPresent(k -> {
      String id = "o-" + c.key().replaceAll("[^A-Za-z0-9]", "-") + "-none";
      h.append("<label class=\"option not-met\" for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id)
          .append("\" name=\"").append(esc(c.key())).append("\" value=\"\" data-points=\"0\"><span class=\"pts\">0</span> ")
          .append(esc(lang.message("Không đáp ứng điều kiện: ", "Condition not met: ") + lang.message(k.noteVi(), k.descriptionEn())))
          .append("</label>\n");
    });
    for (Disqualification d : card.disqualifications()) {
      if (d.criterion().equals(java.util.Optional.of(c.code()))) {
        h.append("<p class=\"disqualification ref\" data-disqualification=\"").append(esc(d.key())).append("\">")
            .append(esc(d.key() + ": " + d.text())).append("</p>\n");
      }
    }
    h.append("</div>\n");
  }

  /** What the script needs that the form does not say: each criterion's required points per star level. */
  private static String json(Scorecard card) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("set", card.productSet().code());
    root.put("max", card.maxPoints());
    root.put("bands", BANDS);
    List<Map<String, Object>> criteria = new ArrayList<>();
    for (Criterion c : card.criteria()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", c.key());
      m.put("part", c.part().name());
      Map<String, Object> required = new LinkedHashMap<>();
      for (StarRating level : new StarRating[] {StarRating.THREE_STARS, StarRating.FOUR_STARS, StarRating.FIVE_STARS}) {
        c.requiredPoints(level).ifPresent(p -> required.put(String.valueOf(level.stars()), Map.of("points", p,
            "option", c.requiredOption(level).map(Option::key).orElse(""))));
      }
      m.put("required", required);
      criteria.add(m);
    }
    root.put("criteria", criteria);
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String texts(Lang lang) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("met", lang.message("đạt", "met"));
    t.put("missed", lang.message("chưa đạt", "missed"));
    t.put("needs", lang.message("cần", "needs"));
    t.put("has", lang.message("đang", "has"));
    t.put("answered", lang.message("Đã chấm {0}/{1} chỉ tiêu", "{0} of {1} criteria ticked"));
    t.put("band", lang.message("Khung điểm của phiếu này: {0}; yêu cầu tối thiểu đạt đến {1} → {2} "
        + "(hạng chính thức do hội đồng quyết định trên điểm trung bình)", "This sheet's band: {0}; gates met up to {1} → {2} "
        + "(the official stars are the council's, on the members' mean)"));
    t.put("ready", lang.message("Đủ {0} dòng; lưu tệp rồi dùng với --scores.", "{0} rows, complete; save the file and use it with --scores."));
    t.put("missingIds", lang.message("Nhập mã thành viên và mã sản phẩm.", "Enter the member and product ids."));
    t.put("missingRows", lang.message("Còn {0} chỉ tiêu chưa chấm: {1}", "{0} criteria not ticked yet: {1}"));
    t.put("badId", lang.message("Mã không được chứa dấu phẩy, dấu chấm phẩy, dấu ngoặc kép hay ký tự điều khiển.",
        "Ids may not contain commas, semicolons, quotes or control characters."));
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(t).replace("</", "<\\/");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String CSS = """
      .interactive { max-width: 1200px; }
      .ids { display: flex; gap: 18px; flex-wrap: wrap; margin: 8px 0; }
      .ids input { font: inherit; padding: 3px 6px; width: 12em; }
      .layout { display: flex; gap: 20px; align-items: flex-start; }
      #sheet { flex: 1 1 auto; min-width: 0; }
      #panel { flex: 0 0 300px; position: sticky; top: 8px; border: 1px solid var(--line); border-radius: 6px;
               padding: 8px 12px; background: #fff; max-height: calc(100vh - 16px); overflow: auto; }
      #panel h2 { font-size: 14px; margin: 10px 0 6px; }
      #panel table td, #panel table th { padding: 2px 4px; }
      #panel tr.total { font-weight: 700; }
      #gates li { margin: 3px 0; }
      #gates li.met { color: var(--s3); }
      #gates li.missed { color: var(--none); }
      #csv { width: 100%; font-family: monospace; font-size: 11px; }
      a.button { display: inline-block; padding: 5px 12px; border-radius: 4px; background: var(--accent); color: #fff;
                 text-decoration: none; }
      a.button.disabled { background: var(--s1); pointer-events: none; }
      fieldset.group { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 4px 10px 8px; }
      fieldset.group legend { font-weight: 600; }
      .criterion { padding: 4px 0; border-top: 1px dotted var(--line); }
      .criterion .title { margin: 2px 0; }
      .criterion.gate-missed .title .state { color: var(--none); font-weight: 600; }
      .criterion.gate-met .title .state { color: var(--s3); }
      .criterion.todo .title b { color: var(--none); }
      label.option { display: block; padding: 1px 4px; border-radius: 3px; cursor: pointer; }
      label.option:hover { background: var(--band); }
      label.option input { margin-right: 6px; }
      label.option .pts { display: inline-block; min-width: 1.6em; text-align: right; font-weight: 600; }
      label.not-met { color: var(--muted); font-style: italic; }
      .max { color: var(--muted); font-weight: normal; }
      @media (max-width: 800px) { .layout { flex-direction: column; } #panel { position: static; width: 100%; } }
      @media print { #panel { position: static; } .layout { display: block; } #csv, #download { display: none; } }
      """;

  /** The page's script: totals, gates and the CSV, recomputed on every change. */
  private static final String SCRIPT = """
      (function () {
        'use strict';
        var T = $TEXTS;
        var data = JSON.parse(document.getElementById('catalogue').textContent);
        var form = document.getElementById('sheet');
        var criteria = Array.prototype.slice.call(form.querySelectorAll('.criterion'));
        var byKey = {};
        data.criteria.forEach(function (c) { byKey[c.key] = c; });
        function fmt(s, a) { return s.replace(/\\{(\\d)\\}/g, function (m, i) { return a[+i]; }); }
        function chosen(div) {
          var r = div.querySelector('input[type=radio]:checked');
          return r ? r : null;
        }
        function points(div) { var r = chosen(div); return r ? +r.getAttribute('data-points') : 0; }
        function groupOf(div) { return div.parentNode; }
        function isOneCase(div) { return groupOf(div).getAttribute('data-one-case') === 'true'; }
        // a criterion the member must tick: not an unchosen case of a one-case group
        function required(div) {
          if (!isOneCase(div)) { return true; }
          var answered = groupOf(div).querySelectorAll('input[type=radio]:checked').length;
          return answered === 0 ? div === groupOf(div).querySelector('.criterion') : chosen(div) !== null;
        }
        function onChange(ev) {
          var input = ev.target;
          if (!input || input.type !== 'radio') { return; }
          var div = input.closest('.criterion');
          if (isOneCase(div)) {
            Array.prototype.forEach.call(groupOf(div).querySelectorAll('.criterion'), function (other) {
              if (other !== div) { Array.prototype.forEach.call(other.querySelectorAll('input'), function (i) { i.checked = false; }); }
            });
          }
          var cond = div.getAttribute('data-condition');
          if (cond) {
            criteria.forEach(function (other) {
              if (other === div || other.getAttribute('data-condition') !== cond) { return; }
              var none = other.querySelector('input[value=""]');
              if (input.value === '') { none.checked = true; } else if (none.checked) { none.checked = false; }
            });
          }
          update();
        }
        function mark(el, name, on) { if (on) { el.classList.add(name); } else { el.classList.remove(name); } }
        function idOk(s) { return s.length > 0 && !/[,;"\\u0000-\\u001f\\u007f]/.test(s); }
        function update() {
          var parts = {A: 0, B: 0, C: 0};
          var todo = [];
          var done = 0;
          var need = 0;
          criteria.forEach(function (div) {
            var p = points(div);
            parts[div.getAttribute('data-part')] += p;
            var req = required(div);
            if (req) { need++; }
            if (chosen(div)) { done++; } else if (req) { todo.push(div.getAttribute('data-criterion')); }
            mark(div, 'todo', req && !chosen(div));
          });
          var total = parts.A + parts.B + parts.C;
          Object.keys(parts).forEach(function (k) {
            var e = document.getElementById('part-' + k);
            if (e) { e.textContent = parts[k]; }
          });
          document.getElementById('total').textContent = total;
          document.getElementById('answered').textContent = fmt(T.answered, [done, need]);
          var band = 1;
          data.bands.forEach(function (b, i) { if (total >= b) { band = i + 2; } });
          var gatesUpTo = 2;
          var stop = false;
          [3, 4, 5].forEach(function (level) {
            var missed = [];
            criteria.forEach(function (div) {
              var c = byKey[div.getAttribute('data-criterion')];
              var r = c.required[String(level)];
              if (r && points(div) < r.points) { missed.push(c.key + ' (' + T.needs + ' ' + r.points + ', ' + T.has + ' ' + points(div) + ')'); }
            });
            var li = document.getElementById('gate-' + level);
            li.className = missed.length ? 'missed' : 'met';
            li.setAttribute('data-met', String(missed.length === 0));
            li.textContent = level + '\\u2605: ' + (missed.length ? T.missed + ' \\u2014 ' + missed.join('; ') : T.met);
            if (!stop && missed.length === 0) { gatesUpTo = level; } else { stop = true; }
          });
          criteria.forEach(function (div) {
            var c = byKey[div.getAttribute('data-criterion')];
            var lv = [3, 4, 5].filter(function (l) { return c.required[String(l)]; });
            var state = div.querySelector('.state');
            div.classList.remove('gate-met', 'gate-missed');
            if (!lv.length) { state.textContent = ''; return; }
            var miss = lv.filter(function (l) { return points(div) < c.required[String(l)].points; });
            div.classList.add(miss.length ? 'gate-missed' : 'gate-met');
            state.textContent = miss.length ? '\\u2717 ' + miss[0] + '\\u2605' : '\\u2713';
          });
          var stars = Math.min(band, gatesUpTo);
          var bandText = band + '\\u2605';
          var bandEl = document.getElementById('band');
          bandEl.setAttribute('data-total', String(total));
          bandEl.setAttribute('data-band', String(band));
          bandEl.setAttribute('data-gates-up-to', String(gatesUpTo));
          bandEl.setAttribute('data-complete', String(todo.length === 0));
          bandEl.textContent = fmt(T.band, [bandText, gatesUpTo >= 3 ? gatesUpTo + '\\u2605' : '\\u2014',
              stars + '\\u2605']);
          var member = document.getElementById('member').value.trim();
          var product = document.getElementById('product').value.trim();
          var rows = ['member,product,criterion,option'];
          criteria.forEach(function (div) {
            var r = chosen(div);
            if (r) { rows.push([member, product, div.getAttribute('data-criterion'), r.value].join(',')); }
          });
          var csv = rows.join('\\n') + '\\n';
          document.getElementById('csv').value = csv;
          var link = document.getElementById('download');
          var status = document.getElementById('export-status');
          var ok = false;
          if (!idOk(member) || !idOk(product)) {
            status.textContent = (member || product) && (!idOk(member) && member || !idOk(product) && product) ? T.badId : T.missingIds;
          } else if (todo.length) {
            status.textContent = fmt(T.missingRows, [todo.length, todo.slice(0, 8).join(', ') + (todo.length > 8 ? ', \\u2026' : '')]);
          } else {
            status.textContent = fmt(T.ready, [rows.length - 1]);
            ok = true;
          }
          mark(link, 'disabled', !ok);
          link.setAttribute('aria-disabled', String(!ok));
          if (link.getAttribute('data-url')) { URL.revokeObjectURL(link.getAttribute('data-url')); link.removeAttribute('data-url'); }
          if (ok) {
            var url = URL.createObjectURL(new Blob([csv], {type: 'text/csv;charset=utf-8'}));
            link.href = url;
            link.setAttribute('data-url', url);
            link.setAttribute('download', (member + '-' + product).replace(/[^A-Za-z0-9_.-]/g, '_') + '.csv');
          } else {
            link.href = '#';
          }
        }
        form.addEventListener('change', onChange);
        document.getElementById('member').addEventListener('input', update);
        document.getElementById('product').addEventListener('input', update);
        update();
      })();
      """;
}
