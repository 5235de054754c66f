package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.examples.CliRun.ocop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.Scorecard;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsJson;
import vn.ocop.io.RoundFiles;
import vn.ocop.law.Instrument;
import vn.ocop.law.StarRating;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.Scoring;

/**
 * A council member scores a product on the interactive sheet ({@code ocop catalog SET --html FILE
 * --interactive}) in a browser engine (HtmlUnit runs the page's own script), exports the CSV, and
 * {@code ocop evaluate --scores} gives the score the page showed and the library computes.
 */
class InteractiveSheetTest {
  private static final Path ROUNDS = Path.of("src/main/resources/vn/ocop/examples/rounds");

  @TempDir
  Path dir;

  @Test
  void aSheetTickedOnTheInteractivePageEvaluatesToTheScoreThePageShowed() throws Exception {
    Path page = dir.resolve("sheet.html");
    CliRun.Run run = ocop("catalog", "26-2026/03", "--html", page.toString(), "--interactive", "--lang", "vi");
    assertThat(run.status()).as(run.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).as("self-contained: nothing fetched from the network").doesNotContain("src=\"http")
        .doesNotContain("href=\"http").doesNotContain("<link").doesNotContain("@import");

    Catalogue catalogue = Catalogues.forInstrument(Instrument.find("26-2026").orElseThrow());
    Scorecard card = catalogue.scorecard(catalogue.findProductSet("26-2026/03").orElseThrow()).orElseThrow();

    Map<String, String> ticked = new LinkedHashMap<>(); // criterion -> option key, "" for a condition not met
    int expectedTotal;
    String csv;
    try (WebClient browser = new WebClient(BrowserVersion.CHROME)) {
      browser.getOptions().setThrowExceptionOnScriptError(true);
      browser.setCssErrorHandler(new org.htmlunit.SilentCssErrorHandler()); // @page margin boxes are beyond its parser
      HtmlPage p = browser.getPage(page.toUri().toURL());
      assertThat(p.getElementById("download").getAttribute("class")).contains("disabled");
      ((HtmlInput) p.getElementById("member")).type("m2");
      ((HtmlInput) p.getElementById("product")).type("ag26-03");

      Set<String> doneGroups = new HashSet<>();
      Set<String> conditionsNotMet = new HashSet<>();
      int k = 0;
      for (DomElement div : p.getElementsByTagName("div")) {
        if (!div.hasAttribute("data-criterion")) {
          continue;
        }
        String key = div.getAttribute("data-criterion");
        DomElement group = (DomElement) div.getParentNode();
        if ("true".equals(group.getAttribute("data-one-case")) && !doneGroups.add(group.getAttribute("data-group"))) {
          continue; // one case per one-case group: the first
        }
        String condition = div.getAttribute("data-condition");
        if (!condition.isEmpty() && conditionsNotMet.contains(condition)) {
          ticked.put(key, ""); // the page ticked "condition not met" for every criterion under it
          continue;
        }
        List<HtmlRadioButtonInput> options = new ArrayList<>();
        for (HtmlInput in : div.getElementsByTagName("input").stream().map(e -> (HtmlInput) e).toList()) {
          options.add((HtmlRadioButtonInput) in);
        }
        HtmlRadioButtonInput choice;
        if (!condition.isEmpty() && conditionsNotMet.isEmpty()) {
          choice = options.get(options.size() - 1); // the first condition met: judge it not met
          assertThat(choice.getValueAttribute()).isEmpty();
          conditionsNotMet.add(condition);
        } else {
          List<HtmlRadioButtonInput> real = options.stream().filter(o -> !o.getValueAttribute().isEmpty()).toList();
          choice = real.get((k * 5 + 3) % real.size());
        }
        k++;
        choice.click();
        ticked.put(key, choice.getValueAttribute());
      }
      browser.waitForBackgroundJavaScript(1000);

      expectedTotal = 0;
      for (Map.Entry<String, String> e : ticked.entrySet()) {
        if (!e.getValue().isEmpty()) {
          Criterion c = card.criteria().stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElseThrow();
          expectedTotal += c.findOption(e.getValue()).orElseThrow().points();
        }
      }
      DomElement band = p.getElementById("band");
      assertThat(p.getElementById("total").getTextContent()).isEqualTo(String.valueOf(expectedTotal));
      assertThat(band.getAttribute("data-complete")).isEqualTo("true");
      int parts = 0;
      for (String part : List.of("A", "B", "C")) {
        parts += Integer.parseInt(p.getElementById("part-" + part).getTextContent());
      }
      assertThat(parts).isEqualTo(expectedTotal);
      HtmlAnchor link = (HtmlAnchor) p.getElementById("download");
      assertThat(link.getAttribute("class")).doesNotContain("disabled");
      assertThat(link.getAttribute("download")).isEqualTo("m2-ag26-03.csv");
      assertThat(link.getHrefAttribute()).startsWith("blob:");
      csv = ((HtmlTextArea) p.getElementById("csv")).getText();
      assertThat(p.getElementById("export-status").getTextContent()).contains(String.valueOf(ticked.size()));

      // the library's judgement of the same sheet: the page's gates must agree
      gatesAgree(p, card, ticked, dir, csv);
    }

    assertThat(csv.lines().findFirst()).hasValue("member,product,criterion,option");
    assertThat(csv.lines().skip(1)).hasSize(ticked.size())
        .allSatisfy(line -> assertThat(line).startsWith("m2,ag26-03,"));

    // evaluate the exported CSV with sample 5, the rice's sheets in the round file left out
    Path round = roundWithoutSheetsOf("ag26-03");
    Path scores = dir.resolve("m2-ag26-03.csv");
    Files.writeString(scores, csv, StandardCharsets.UTF_8);
    Path out = dir.resolve("results.json");
    CliRun.Run ev = ocop("evaluate", round.toString(), "--scores", scores.toString(), "--format", "json", "--out",
        out.toString());
    assertThat(ev.status()).as(ev.err()).isZero();
    ResultsDocument doc = ResultsJson.read(out);
    ResultsDocument.ProductResultDoc rice = doc.products().stream().filter(x -> x.id().equals("ag26-03")).findFirst()
        .orElseThrow();
    assertThat(rice.score()).isEqualByComparingTo(BigDecimal.valueOf(expectedTotal));
    assertThat(rice.members()).singleElement().extracting(ResultsDocument.MemberTotals::member).isEqualTo("m2");
    assertThat(rice.members().get(0).total()).isEqualByComparingTo(BigDecimal.valueOf(expectedTotal));
  }

  /** The page's "gates met up to" equals the core's {@link ScoreSheet#highestLevelWithGatesMet} for the one sheet. */
  private void gatesAgree(HtmlPage p, Scorecard card, Map<String, String> ticked, Path tmp, String csv) throws Exception {
    Path round = roundWithoutSheetsOf("ag26-03");
    Path scores = tmp.resolve("gates.csv");
    Files.writeString(scores, csv, StandardCharsets.UTF_8);
    Round r = RoundFiles.read(round, List.of(scores)).round();
    Submission s = r.submissions().stream().filter(x -> x.product().id().equals("ag26-03")).findFirst().orElseThrow();
    ScoreSheet sheet = Scoring.score(r, s);
    StarRating up = sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS);
    int pageUpTo = Integer.parseInt(p.getElementById("band").getAttribute("data-gates-up-to"));
    assertThat(pageUpTo).isEqualTo(Math.max(2, up.stars()));
    for (int level = 3; level <= 5; level++) {
      boolean met = sheet.gates(StarRating.values()[level - 1], GateJudgement.MEAN_OF_MEMBERS).allowsLevel();
      assertThat(p.getElementById("gate-" + level).getAttribute("data-met")).as("gate %d★", level)
          .isEqualTo(String.valueOf(met));
    }
    assertThat(sheet.score()).isEqualByComparingTo(p.getElementById("total").getTextContent());
  }

  private Path roundWithoutSheetsOf(String product) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode doc = (ObjectNode) mapper.readTree(ROUNDS.resolve("sample-5-an-giang-2026-round-2-decision-26.json").toFile());
    for (var p : (ArrayNode) doc.get("products")) {
      if (p.get("id").asText().equals(product)) {
        ((ObjectNode) p).remove("sheets");
      }
    }
    Path f = dir.resolve("round-" + product + ".json");
    mapper.writeValue(f.toFile(), doc);
    return f;
  }
}
