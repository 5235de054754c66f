package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocop catalog}: the product sets, one scorecard, a blank score sheet. */
class CatalogCommandTest {
  @TempDir
  Path dir;

  @Test
  void listsTheTwentySixProductSetsOfDecision148() {
    Cli.Run run = Cli.run("catalog", "--date", "2024-06-05", "--lang", "vi");
    assertThat(run.status()).isZero();
    assertThat(run.out().lines().filter(l -> l.matches("\\s+148/\\d\\d\\s.*"))).hasSize(26);
    assertThat(run.out()).contains("148/03  Gạo, ngũ cốc, hạt sơ chế");
  }

  @Test
  void printsOneScorecardWithItsGates() {
    Cli.Run run = Cli.run("catalog", "148/03", "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("A1c/2   2  Có năng lực, quy mô sản xuất trung bình  ****");
  }

  @Test
  void writesABlankScoreSheetAMemberCanFillIn() throws Exception {
    Path html = dir.resolve("sheet.html");
    Cli.Run run = Cli.run("catalog", "148/03", "--html", html.toString(), "--lang", "vi");
    assertThat(run.status()).isZero();
    Document d = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(d.select("#set").attr("data-set")).isEqualTo("148/03");
    assertThat(d.select("tr.criterion")).hasSize(32);
    assertThat(d.select("tr.option td.box")).allSatisfy(td -> assertThat(td.text()).isEqualTo("☐"));
    int best = d.select("tr.criterion").stream().mapToInt(tr -> Integer.parseInt(tr.select("td.num").text())).sum();
    assertThat(best).isEqualTo(100);
    assertThat(d.select("style").html()).contains("@page").contains("A4");
  }

  @Test
  void anUnknownSetIsAUserError() {
    Cli.Run run = Cli.run("catalog", "148/99");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no product set '148/99'");
  }
}
