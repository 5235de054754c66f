package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round far larger than any province holds evaluates without error; its HTML report summarises and
 * ranks every product but prints the cards of the first 500 only (issue 10), and its results JSON,
 * written straight to the file, is the same text the command prints.
 */
class LargeRoundTest {
  @TempDir
  Path dir;

  @Test
  void aNationalRoundOfTwentyThousandProductsGivesABoundedReport() throws IOException {
    Path round = Cli.write(dir, "big.json", TestRounds.json(TestRounds.large(20_000)));
    Path html = dir.resolve("big.html");
    Cli.Run run = Cli.run("--lang", "en", "evaluate", round.toString(), "--format", "csv", "--out",
        dir.resolve("big.csv").toString(), "--html", html.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dir.resolve("big.csv")).content().hasLineCount(20_001);
    Document d = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(d.select("article.product")).hasSize(500);
    assertThat(d.select("#ranking tbody tr")).hasSize(20_000);
    assertThat(d.select("#ranking tbody a[href^=#p-]")).hasSize(500);
    assertThat(d.select("#summary").text()).contains("20,000");
    assertThat(d.select("#cards-note").attr("data-cards")).isEqualTo("500");
    assertThat(d.select("#cards-note").text()).contains("first 500 of 20,000 products").contains("--html-cards all");
    // every card printed is one of the first 500 in rank order, and its ranking row links to it
    assertThat(d.select("article.product").last().id()).isEqualTo("p-" + d.select("#ranking tbody tr").get(499)
        .attr("data-product-id"));
    // bounded: the ranking grows with the round, the cards do not (about 0.6 KB a row)
    assertThat(Files.size(html)).isLessThan(20_000L * 1024);
  }

  @Test
  void everyCardOnAskAndNoneWithZero() throws IOException {
    Path round = Cli.write(dir, "r.json", TestRounds.json(TestRounds.large(620)));
    Path all = dir.resolve("all.html");
    Path none = dir.resolve("none.html");
    assertThat(Cli.run("evaluate", round.toString(), "--html", all.toString(), "--html-cards", "all").status()).isZero();
    assertThat(Cli.run("evaluate", round.toString(), "--html", none.toString(), "--html-cards", "0").status()).isZero();
    Document a = Jsoup.parse(all.toFile(), "UTF-8");
    assertThat(a.select("article.product")).hasSize(620);
    assertThat(a.select("#cards-note")).isEmpty();
    Document n = Jsoup.parse(none.toFile(), "UTF-8");
    assertThat(n.select("article.product")).isEmpty();
    assertThat(n.select("#ranking tbody tr")).hasSize(620);
    assertThat(n.select("#cards-note").attr("data-products")).isEqualTo("620");
    Cli.Run bad = Cli.run("evaluate", round.toString(), "--html", all.toString(), "--html-cards", "some");
    assertThat(bad.status()).isNotZero();
    assertThat(bad.err()).contains("'some' is neither a number of cards (0 or more) nor 'all'");
    Cli.Run badVi = Cli.run("evaluate", round.toString(), "--html", all.toString(), "--html-cards", "-1", "--lang", "vi");
    assertThat(badVi.status()).isEqualTo(2);
    assertThat(badVi.err()).contains("'-1' không phải số thẻ (từ 0 trở lên) cũng không phải 'all'")
        .doesNotContain("chưa dịch");
  }

  @Test
  void aRoundOfFiftyProductsPrintsEveryCardAsBefore() throws IOException {
    Path round = Cli.write(dir, "r.json", TestRounds.json(TestRounds.large(50)));
    Path byDefault = dir.resolve("default.html");
    Path all = dir.resolve("all.html");
    assertThat(Cli.run("evaluate", round.toString(), "--html", byDefault.toString()).status()).isZero();
    assertThat(Cli.run("evaluate", round.toString(), "--html", all.toString(), "--html-cards", "all").status()).isZero();
    assertThat(Files.readString(byDefault, StandardCharsets.UTF_8)).isEqualTo(Files.readString(all, StandardCharsets.UTF_8));
    Document d = Jsoup.parse(byDefault.toFile(), "UTF-8");
    assertThat(d.select("article.product")).hasSize(50);
    assertThat(d.select("#ranking tbody a[href^=#p-]")).hasSize(50);
    assertThat(d.select("#cards-note")).isEmpty();
  }

  @Test
  void resultsJsonWrittenToAFileIsTheTextPrinted() {
    Path round = Cli.write(dir, "r.json", TestRounds.json(TestRounds.large(300)));
    Path out = dir.resolve("results.json");
    assertThat(Cli.run("evaluate", round.toString(), "--format", "json", "--out", out.toString()).status()).isZero();
    Cli.Run printed = Cli.run("evaluate", round.toString(), "--format", "json");
    assertThat(printed.status()).isZero();
    assertThat(out).content(StandardCharsets.UTF_8).isEqualTo(printed.out());
  }
}
