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
  void listsTheCatalogueInForceTodayByDefaultAndAnyOtherByInstrument() {
    Cli.Run today = Cli.run("catalog", "--lang", "vi");
    assertThat(today.status()).isZero();
    assertThat(today.out()).contains("Quyết định 26/2026/QĐ-TTg (A 40 · B 25 · C 35)");
    assertThat(today.out().lines().filter(l -> l.matches("\\s+26-2026/\\d\\d\\s.*"))).hasSize(26);
    assertThat(today.out()).contains("26-2026/06  Chế biến từ gạo, ngũ cốc  (32 chỉ tiêu)  — Bộ Nông nghiệp và Môi trường; Bộ Công Thương");

    Cli.Run old = Cli.run("catalog", "--instrument", "148", "--lang", "vi");
    assertThat(old.status()).isZero();
    assertThat(old.out().lines().filter(l -> l.matches("\\s+148/\\d\\d\\s.*"))).hasSize(26);
    assertThat(Cli.run("catalog", "--instrument", "1048").out()).contains("1048/06");
    // the newest catalogue in force: 148 the day before 26/2026, 26/2026 from its first day (148 lapses later)
    assertThat(Cli.run("catalog", "--date", "2026-05-21").out()).contains("148/26").doesNotContain("26-2026/");
    assertThat(Cli.run("catalog", "--date", "2026-05-22").out()).contains("26-2026/26");
  }

  @Test
  void anInstrumentWithoutACatalogueOrTwoChoicesAreUserErrors() {
    Cli.Run run = Cli.run("catalog", "--instrument", "919");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("919/QĐ-TTg sets no criteria catalogue");
    assertThat(Cli.run("catalog", "--instrument", "999").err()).contains("'999' is not an instrument with a catalogue");
    assertThat(Cli.run("catalog", "--instrument", "148", "--date", "2024-01-01").err()).contains("not both");
    assertThat(Cli.run("catalog", "26-2026/03", "--instrument", "148").err()).contains("is not of --instrument 148");
  }

  @Test
  void printsA2026SheetWithLawNumberedKeysAndItsDisqualifications() {
    Cli.Run run = Cli.run("catalog", "26-2026/07", "--lang", "vi");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("X1  Hồ sơ bị loại khi: Giả mạo hồ sơ")
        .contains("    1.1  Nguồn nguyên liệu (3)")
        .contains("      X2  Ghi chú: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc");
  }

  @Test
  void writesABlankSheetOf2026WithEveryCriterionOptionCaseAndDisqualification() throws Exception {
    vn.ocop.catalog.Scorecard card = vn.ocop.catalog.Catalogues.decision26of2026().scorecard(
        vn.ocop.catalog.Catalogues.decision26of2026().productSet("26")).orElseThrow();
    Path html = dir.resolve("sheet26.html");
    Cli.Run run = Cli.run("catalog", "26-2026/26", "--html", html.toString(), "--lang", "vi");
    assertThat(run.status()).isZero();
    Document d = Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(d.select("#set").attr("data-set")).isEqualTo("26-2026/26");
    assertThat(d.select("#ministry").text()).contains("Bộ Văn hóa, Thể thao và Du lịch; Bộ Nông nghiệp và Môi trường");
    assertThat(d.select("tr.criterion").eachAttr("data-criterion"))
        .containsExactlyElementsOf(card.criteria().stream().map(vn.ocop.catalog.Criterion::key).toList());
    assertThat(d.select("tr.option").eachAttr("data-option")).containsExactlyElementsOf(card.criteria().stream()
        .flatMap(c -> c.options().stream()).map(vn.ocop.catalog.Option::key).toList());
    assertThat(d.select("tr.option").eachAttr("data-option")).contains("8a/1", "8b/2", "15b/2");
    assertThat(d.select("tr.group.one-case").eachAttr("data-group")).containsExactly("C8", "C9", "C15");
    assertThat(d.select("tr.group.one-case").first().text()).contains("(chọn một trường hợp)")
        .contains("Lựa chọn một trong hai trường hợp sau:");

    Path food = dir.resolve("sheet07.html");
    assertThat(Cli.run("catalog", "26-2026/07", "--html", food.toString(), "--lang", "vi").status()).isZero();
    Document f = Jsoup.parse(food.toFile(), "UTF-8");
    assertThat(f.select("p.disqualification").eachAttr("data-disqualification")).containsExactly("X1");
    assertThat(f.select("p.disqualification").text()).startsWith("Hồ sơ bị loại khi: Giả mạo hồ sơ");
    assertThat(f.select("tr.disqualification").eachAttr("data-disqualification")).containsExactly("X2", "X3");
    // X2 stands right after the options of 1.1, the criterion it is written under
    assertThat(f.select("tr.disqualification").first().previousElementSibling().attr("data-option")).isEqualTo("1.1/3");
    int best = f.select("tr.criterion").stream().mapToInt(tr -> Integer.parseInt(tr.select("td.num").text())).sum();
    assertThat(best).isEqualTo(100);
  }

  @Test
  void anUnknownSetIsAUserError() {
    Cli.Run run = Cli.run("catalog", "148/99");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no product set '148/99'");
  }
}
