package vn.ocop.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.io.ResultsJson;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsDocument.ProductResultDoc;
import vn.ocop.io.ResultsDocument.ReasonDoc;
import vn.ocop.cli.report.Lang;

/**
 * {@code ocop rules diff}: one round evaluated under two pack sets (the bundled packs, or {@code
 * --against DIR}, and a province's draft {@code --rules DIR}); which products change stars, decision
 * or forward level, and the reasons that appear or disappear. Text, JSON ({@code ocop-rules-diff/1})
 * and an HTML page.
 */
final class RulesDiff {
  private RulesDiff() {}

  static final String FORMAT = "ocop-rules-diff/1";

  /** A product's decision under one pack set. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"stars", "decision", "forwardTo", "score"})
  record Side(Integer stars, String decision, String forwardTo, java.math.BigDecimal score) {
    static Side of(ProductResultDoc p) {
      return new Side(p.stars(), p.decision(), p.forwardTo(), p.score());
    }

    String text() {
      return (stars == null ? "—" : stars + "★") + " " + decision + (forwardTo == null ? "" : " → " + forwardTo);
    }
  }

  /** A product whose outcome changed. */
  @JsonPropertyOrder({"id", "name", "before", "after", "reasonsAdded", "reasonsRemoved"})
  record Change(String id, String name, Side before, Side after, List<ReasonDoc> reasonsAdded, List<ReasonDoc> reasonsRemoved) {}

  /** The whole diff. */
  @JsonPropertyOrder({"format", "round", "before", "after", "products", "changed", "changes"})
  record Diff(String format, String round, String before, String after, int products, int changed, List<Change> changes) {}

  static Diff diff(ResultsDocument before, ResultsDocument after) {
    Map<String, ProductResultDoc> a = after.products().stream().collect(Collectors.toMap(ProductResultDoc::id, Function.identity()));
    List<Change> changes = new ArrayList<>();
    for (ProductResultDoc b : before.products()) {
      ProductResultDoc n = a.get(b.id());
      if (n == null) {
        continue;
      }
      if (Objects.equals(b.stars(), n.stars()) && b.decision().equals(n.decision()) && Objects.equals(b.forwardTo(), n.forwardTo())) {
        continue;
      }
      changes.add(new Change(b.id(), b.name(), Side.of(b), Side.of(n), minus(n.reasons(), b.reasons()), minus(b.reasons(), n.reasons())));
    }
    return new Diff(FORMAT, before.round().id(), before.policy().description(), after.policy().description(),
        before.products().size(), changes.size(), changes);
  }

  /** The reasons of {@code x} not in {@code y}, by rule id and English message. */
  private static List<ReasonDoc> minus(List<ReasonDoc> x, List<ReasonDoc> y) {
    Set<String> keys = new LinkedHashSet<>();
    y.forEach(r -> keys.add(r.ruleId() + "\u0000" + r.messageEn()));
    return x.stream().filter(r -> !keys.contains(r.ruleId() + "\u0000" + r.messageEn())).toList();
  }

  static String json(Diff d) {
    return ResultsJson.writeDocument(d);
  }

  static String text(Diff d, Lang lang) {
    StringBuilder s = new StringBuilder();
    s.append(lang.message("Đợt ", "Round ")).append(d.round()).append('\n');
    s.append(lang.message("  trước: ", "  before: ")).append(d.before()).append('\n');
    s.append(lang.message("  sau:   ", "  after:  ")).append(d.after()).append('\n');
    s.append(lang.message(d.changed() + "/" + d.products() + " sản phẩm thay đổi kết quả",
        d.changed() + " of " + d.products() + " products change outcome")).append('\n');
    for (Change c : d.changes()) {
      s.append('\n').append(c.id()).append("  ").append(c.name()).append(": ").append(c.before().text()).append("  ⇒  ")
          .append(c.after().text()).append('\n');
      for (ReasonDoc r : c.reasonsAdded()) {
        s.append("  + ").append(r.ruleId()).append(" [").append(r.pack()).append("] ")
            .append(lang == Lang.VI ? r.messageVi() : r.messageEn()).append('\n');
      }
      for (ReasonDoc r : c.reasonsRemoved()) {
        s.append("  - ").append(r.ruleId()).append(" [").append(r.pack()).append("] ")
            .append(lang == Lang.VI ? r.messageVi() : r.messageEn()).append('\n');
      }
    }
    return s.toString();
  }

  static String html(Diff d, Lang lang) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Lang.VI ? "vi" : "en").append("\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(esc(lang.message("So sánh gói quy tắc — ", "Rule pack diff — ") + d.round())).append("</title>")
        .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;")
        .append("padding:.3em .6em;vertical-align:top}.add{color:#060}.del{color:#a00;text-decoration:line-through}</style>")
        .append("</head><body>\n");
    h.append("<h1>").append(esc(lang.message("So sánh gói quy tắc: đợt ", "Rule pack diff: round ") + d.round())).append("</h1>\n");
    h.append("<p>").append(esc(lang.message("Trước: ", "Before: ") + d.before())).append("<br>")
        .append(esc(lang.message("Sau: ", "After: ") + d.after())).append("</p>\n");
    h.append("<p id=\"summary\">").append(esc(lang.message(d.changed() + "/" + d.products() + " sản phẩm thay đổi kết quả",
        d.changed() + " of " + d.products() + " products change outcome"))).append("</p>\n");
    if (!d.changes().isEmpty()) {
      h.append("<table id=\"changes\"><tr><th>").append(esc(lang.message("Sản phẩm", "Product"))).append("</th><th>")
          .append(esc(lang.message("Trước", "Before"))).append("</th><th>").append(esc(lang.message("Sau", "After")))
          .append("</th><th>").append(esc(lang.message("Lý do", "Why"))).append("</th></tr>\n");
      for (Change c : d.changes()) {
        h.append("<tr data-product=\"").append(esc(c.id())).append("\"><td>").append(esc(c.id() + " " + c.name()))
            .append("</td><td>").append(esc(c.before().text())).append("</td><td>").append(esc(c.after().text())).append("</td><td>");
        for (ReasonDoc r : c.reasonsAdded()) {
          h.append("<div class=\"add\">+ ").append(esc(r.ruleId() + " [" + r.pack() + "] " + (lang == Lang.VI ? r.messageVi() : r.messageEn())))
              .append("</div>");
        }
        for (ReasonDoc r : c.reasonsRemoved()) {
          h.append("<div class=\"del\">− ").append(esc(r.ruleId() + " [" + r.pack() + "] " + (lang == Lang.VI ? r.messageVi() : r.messageEn())))
              .append("</div>");
        }
        h.append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
