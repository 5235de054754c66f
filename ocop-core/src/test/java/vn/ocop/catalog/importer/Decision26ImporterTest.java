package vn.ocop.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Disqualification;
import vn.ocop.catalog.Scorecard;

/**
 * The importer of Decision 26/2026/QĐ-TTg (the published HTML): the source is the one the README names,
 * a fresh import reproduces the bundled files, nothing that says "bị loại" is dropped, and faults are
 * refused by set and row unless a correction says how to read them.
 */
class Decision26ImporterTest {

  private static final Path SOURCES = Decision26Importer.SOURCES;
  private static final Path CATALOGUE = Decision26Importer.CATALOGUE;

  @Test
  void theBundledHtmlIsTheOneTheReadmeNames() throws Exception {
    byte[] html = Files.readAllBytes(SOURCES.resolve(Decision26Importer.HTML));
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(html));
    assertThat(sha).isEqualTo("506fd8efcd2d182f539dae1995bf58fdc84ccf186a60c69b03bf4074915b697d");
    assertThat(Files.readString(SOURCES.resolve("README.md"))).contains(sha);
  }

  @Test
  void reimportingTheHtmlReproducesTheBundledFilesByteForByte() throws IOException {
    Map<String, String> generated = Decision26Importer.generate(SOURCES);
    assertThat(generated).hasSize(27).containsKey("catalogue.txt").containsKey("set-01.txt").containsKey("set-26.txt");
    for (Map.Entry<String, String> e : generated.entrySet()) {
      byte[] bundled = Files.readAllBytes(CATALOGUE.resolve(e.getKey()));
      assertThat(e.getValue().getBytes(StandardCharsets.UTF_8)).as(e.getKey()).isEqualTo(bundled);
    }
    try (var files = Files.list(CATALOGUE)) {
      assertThat(files.map(p -> p.getFileName().toString())).as("no stale files")
          .containsExactlyInAnyOrderElementsOf(generated.keySet());
    }
  }

  @Test
  void everyBiLoaiLineOfTheHtmlIsADisqualificationOfItsSetAndNoneIsANote() {
    Map<Integer, List<String>> lines = Decision26Importer.disqualificationLines(SOURCES.resolve(Decision26Importer.HTML));
    Catalogue c = Catalogues.decision26of2026();
    assertThat(lines).hasSize(26);
    int total = 0;
    for (Map.Entry<Integer, List<String>> e : lines.entrySet()) {
      Scorecard card = c.scorecard(c.productSet(String.valueOf(e.getKey()))).orElseThrow();
      List<String> texts = card.disqualifications().stream().map(Disqualification::text).toList();
      // every line is there, once (set 01 prints its sheet line twice: one ground, one record)
      assertThat(texts).as("set %s", e.getKey()).containsExactlyElementsOf(e.getValue().stream().distinct().toList());
      total += texts.size();
      card.criteria().forEach(cr -> {
        assertThat(cr.notes()).noneMatch(Sheet26Importer::isDisqualification);
        cr.options().forEach(o -> assertThat(o.notes()).noneMatch(Sheet26Importer::isDisqualification));
      });
      card.groups().forEach(g -> assertThat(g.notes()).noneMatch(Sheet26Importer::isDisqualification));
    }
    // 25 sheet lines (set 26 has none) + 12 'nguyên liệu nhập khẩu' + 10 'giống hệt sản phẩm' + 2 'sở hữu trí tuệ'
    assertThat(total).isEqualTo(49);
  }

  @Test
  void setElevenWithoutItsCorrectionIsRefusedNamingRow110() throws IOException {
    String all = Files.readString(SOURCES.resolve("corrections.txt"), StandardCharsets.UTF_8);
    assertThat(all).contains("points\tset=11\trow=110\tfrom=11\tto=1\t");
    Corrections26 without = Corrections26.parse(all.lines().filter(l -> !l.startsWith("points\tset=11\trow=110\t"))
        .reduce("", (a, b) -> a + b + "\n"), "corrections.txt");
    assertThatThrownBy(() -> Decision26Importer.importSheet(SOURCES, 11, without))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("set 11, row 110: 26-2026/11/6.1.1: criterion 6.1.1 has 2 points but its best option scores 11");
  }

  @Test
  void setTwentySixWithoutItsCorrectionsIsRefusedForItsHeadingAndItsCases() {
    assertThatThrownBy(() -> Decision26Importer.importSheet(SOURCES, 26, Corrections26.none()))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("set 26, row 2: part A: the heading says (35 Điểm) but the points column says 40");
    Corrections26 headingOnly = Corrections26.parse(
        "part-title\tset=26\trow=2\tfrom=(35 Điểm)\tto=(40 Điểm)\treason=test\n", "corrections.txt");
    assertThatThrownBy(() -> Decision26Importer.importSheet(SOURCES, 26, headingOnly))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("26-2026/26/C8: group 8 has cases; say in a one-case correction how it is scored")
        .hasMessageContaining("26-2026/26/C15");
  }

  @Test
  void setOneWithoutItsCorrectionsRefusesTheRepeatedSheetLine() {
    assertThatThrownBy(() -> Decision26Importer.importSheet(SOURCES, 1, Corrections26.none()))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("set 01: 26-2026/01: 'bị loại' paragraph 2 above the table repeats the one before it word for word");
  }

  @Test
  void aCorrectionThatDoesNotMatchItsRowIsRefused() {
    Corrections26 wrong = Corrections26.parse("points\tset=4\trow=128\tfrom=12\tto=3\treason=test\n", "corrections.txt");
    assertThatThrownBy(() -> Decision26Importer.importSheet(SOURCES, 4, wrong))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("set 04, row 128").hasMessageContaining("expects '12' but the row has '13'");
  }

  @Test
  void aCorrectionThatMatchesNothingStopsTheImport(@TempDir Path dir) throws IOException {
    for (String f : List.of(Decision26Importer.HTML, Decision26Importer.NAMES)) {
      Files.copy(SOURCES.resolve(f), dir.resolve(f));
    }
    String corrections = Files.readString(SOURCES.resolve("corrections.txt"), StandardCharsets.UTF_8)
        + "points\tset=26\trow=999\tfrom=1\tto=2\treason=no such row\n";
    Files.writeString(dir.resolve("corrections.txt"), corrections, StandardCharsets.UTF_8);
    int line = (int) corrections.lines().count();
    assertThatThrownBy(() -> Decision26Importer.generate(dir)).isInstanceOf(CsvImportException.class)
        .hasMessageContaining("corrections.txt, row " + line).hasMessageContaining("matched nothing");
  }

  @Test
  void rejectsAnUnknownCorrectionKindNamingItsLine() {
    assertThatThrownBy(() -> Corrections26.parse("# why\nrename\tset=1\trow=3\treason=r\n", "corrections.txt"))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("corrections.txt, row 2").hasMessageContaining("unknown correction kind 'rename'");
  }
}
