package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.examples.CliRun.ocop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsJson;
import vn.ocop.cli.report.Lang;
import vn.ocop.cli.report.MainReason;
import vn.ocop.cli.report.Reasons;
import vn.ocop.cli.report.TextReports;

/**
 * Every sample round, in Vietnamese and English, as a provincial officer reads it: the HTML report's
 * structure (jsoup) and the ranking table on an 80-, 100- and 150-column terminal.
 */
class ReportPagesTest {
  static final Path ROUNDS = Path.of("src/main/resources/vn/ocop/examples/rounds");

  @TempDir
  Path dir;

  static Stream<Arguments> samples() throws Exception {
    List<Arguments> args = new ArrayList<>();
    try (Stream<Path> files = Files.list(ROUNDS)) {
      for (Path f : files.filter(x -> x.getFileName().toString().startsWith("sample-")).sorted().toList()) {
        for (Lang lang : Lang.values()) {
          args.add(Arguments.of(f.getFileName().toString(), lang));
        }
      }
    }
    assertThat(args).hasSize(12);
    return args.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("samples")
  void theReportReadsCleanly(String sample, Lang lang) throws Exception {
    Path html = dir.resolve("report.html");
    CliRun.Run run = ocop("evaluate", ROUNDS.resolve(sample).toString(), "--html", html.toString(), "--lang",
        lang.name().toLowerCase(java.util.Locale.ROOT), "--format", "json", "--out", dir.resolve("r.json").toString());
    assertThat(run.status()).as(run.err()).isZero();
    ResultsDocument results = ResultsJson.read(dir.resolve("r.json"));
    Document doc = Jsoup.parse(html.toFile(), "UTF-8");
    JsonNode round = new ObjectMapper().readTree(ROUNDS.resolve(sample).toFile());

    String sub = doc.getElementById("round").text();
    assertThat(sub).doesNotContain("Cấp cấp").doesNotContain("Level ").containsAnyOf("Hội đồng cấp", " council");
    assertThat(doc.getElementById("generated").attr("data-generated")).matches("\\d{4}-\\d{2}-\\d{2}");

    // reasons for people: no pack ids, no "rounding: none"; rule and pack in the smaller source line
    for (Element li : doc.select("ol.reasons > li")) {
      String msg = li.selectFirst(".msg").text();
      assertThat(msg).doesNotContainPattern("\\[[a-z-]+/[a-z0-9-]+@").doesNotContain("làm tròn: none")
          .doesNotContain("rounding: none");
      assertThat(li.selectFirst(".source").text()).contains(li.attr("data-rule")).contains(li.attr("data-pack"));
    }
    for (Element td : doc.select("#ranking td.reason")) {
      assertThat(td.text()).doesNotContain("@").doesNotContain("none");
    }

    // members by name with their totals; the chair signs
    for (JsonNode m : round.get("council")) {
      String name = m.get("name").asText();
      if (!doc.select("ul.members li[data-member=" + m.get("id").asText() + "]").isEmpty()) {
        assertThat(doc.select("ul.members li[data-member=" + m.get("id").asText() + "]").first().text()).startsWith(name);
      }
      if ("CHAIR".equals(m.get("role").asText())) {
        assertThat(doc.select("#sign-chair .name").text()).isEqualTo(name);
      }
    }
    assertThat(doc.select("#sign-secretary")).hasSize(1);
    assertThat(doc.selectFirst(".signatures .place-date").text()).startsWith(results.round().province().name());

    // numbers formatted like the chart, in the page's language
    String products = doc.selectFirst("#card-products .v").text();
    assertThat(products).isEqualTo(lang.integer(results.statistics().products()));
    for (Element bar : doc.select("#star-chart g.bar")) {
      assertThat(bar.select("text").first().text()).isEqualTo(lang.integer(Long.parseLong(bar.attr("data-count"))));
      for (Element tspan : bar.select("text.axis tspan")) {
        assertThat(tspan.text().length()).as("an axis label line fits its column").isLessThanOrEqualTo(9);
      }
    }
    assertThat(doc.select("article.product")).hasSize(results.products().size());
    assertThat(doc.select("#ranking tbody tr")).hasSize(results.products().size());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("samples")
  void theRankingFitsTheTerminal(String sample, Lang lang) {
    Path json = dir.resolve("r.json");
    CliRun.Run run = ocop("evaluate", ROUNDS.resolve(sample).toString(), "--format", "json", "--out", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    ResultsDocument doc = ResultsJson.read(json);
    for (int width : new int[] {80, 100, 150}) {
      String table = TextReports.table(doc, lang, width);
      List<String> lines = table.lines().toList();
      for (String line : lines) {
        assertThat(line.length()).as("%d columns: %s", width, line).isLessThanOrEqualTo(width);
      }
      int rule = lines.indexOf(lines.stream().filter(l -> l.startsWith("-----")).findFirst().orElseThrow());
      String rows = String.join("\n", lines.subList(rule + 1, lines.size()));
      assertThat(rows).as("words, not pack ids").doesNotContainPattern("[a-z-]+/[a-z0-9-]+@\\d");
      for (ResultsDocument.ProductResultDoc p : doc.products()) {
        String reason = MainReason.of(p).map(r -> Reasons.text(r, lang)).orElse("");
        String firstWords = String.join(" ", java.util.Arrays.asList(reason.split(" ")).subList(0, Math.min(2, reason.split(" ").length)));
        assertThat(rows).as("the main reason of %s begins in the table", p.id()).contains(firstWords);
        assertThat(rows).contains(p.name().substring(0, Math.min(10, p.name().length())));
      }
    }
  }
}
