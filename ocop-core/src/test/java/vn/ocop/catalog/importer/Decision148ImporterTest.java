package vn.ocop.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.CatalogueReader;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Scorecard;

/** The importer of the Decision 148 CSVs: reproducible output, corrections applied, faults rejected by file and row. */
class Decision148ImporterTest {

  private static final Path SOURCES = Decision148Importer.SOURCES;
  private static final Path CATALOGUE = Decision148Importer.CATALOGUE;

  @Test
  void reimportingTheBundledCsvsReproducesTheBundledFilesByteForByte() throws IOException {
    Map<String, String> generated = Decision148Importer.generate(SOURCES, CATALOGUE.resolve("catalogue.txt"));
    assertThat(generated).hasSize(26);
    for (Map.Entry<String, String> e : generated.entrySet()) {
      byte[] bundled = Files.readAllBytes(CATALOGUE.resolve(e.getKey()));
      assertThat(e.getValue().getBytes(StandardCharsets.UTF_8)).as(e.getKey()).isEqualTo(bundled);
    }
    try (var files = Files.list(CATALOGUE)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("set-")))
          .as("no stale scorecard files").containsExactlyInAnyOrderElementsOf(generated.keySet());
    }
  }

  @Test
  void theImportedScorecardsEqualTheBundledOnesReadBack() {
    Catalogue header = CatalogueReader.readHeader(CATALOGUE.resolve("catalogue.txt"));
    Corrections corrections = Decision148Importer.corrections(SOURCES);
    Path csv = SOURCES.resolve("set-26-dich-vu-du-lich-cong-dong.csv");
    Scorecard imported = Decision148Importer.importFile(csv, header.productSet("26"), header, corrections);
    Scorecard bundled = Catalogues.decision148().scorecard(Catalogues.decision148().productSet("26")).orElseThrow();
    assertThat(imported.parts()).isEqualTo(bundled.parts());
  }

  @Test
  void rejectsALetterInTheScoreColumnNamingFileAndRow(@TempDir Path dir) throws IOException {
    copy(dir, "set-17-do-uong-khong-con-khac.csv");
    Catalogue header = CatalogueReader.readHeader(CATALOGUE.resolve("catalogue.txt"));
    Path csv = dir.resolve("set-17-do-uong-khong-con-khac.csv");
    assertThatThrownBy(() -> Decision148Importer.importFile(csv, header.productSet("17"), header, Corrections.none()))
        .isInstanceOfSatisfying(CsvImportException.class, e -> {
          assertThat(e.file()).isEqualTo("set-17-do-uong-khong-con-khac.csv");
          assertThat(e.row()).isEqualTo(18);
          assertThat(e.entry()).contains("148/17/A1d/2");
        })
        .hasMessageStartingWith("set-17-do-uong-khong-con-khac.csv, row 18: 148/17/A1d/2: score 'l' is not a number");
  }

  @Test
  void rejectsAnUnreconcilableSumNamingFileAndRow(@TempDir Path dir) throws IOException {
    Path csv = copy(dir, "set-01-rau-cu-qua-hat-tuoi.csv");
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    // row 5 (the first option of a) Nguồn gốc sản phẩm) scores 7 instead of 1: still numeric, but the best option is no longer 5
    assertThat(lines.get(4)).isEqualTo("□ Sản phẩm được trồng trên địa bàn cấp xã dưới 50%,,3,,1");
    lines.set(4, "□ Sản phẩm được trồng trên địa bàn cấp xã dưới 50%,,3,,7");
    Files.write(csv, lines, StandardCharsets.UTF_8);
    Catalogue header = CatalogueReader.readHeader(CATALOGUE.resolve("catalogue.txt"));
    assertThatThrownBy(() -> Decision148Importer.importFile(csv, header.productSet("01"), header, Corrections.none()))
        .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.row()).isEqualTo(4))
        .hasMessageContaining("set-01-rau-cu-qua-hat-tuoi.csv, row 4: 148/01/A1a: criterion maximum is 5 but its best option scores 7");
  }

  @Test
  void rejectsSetElevenWithoutItsCorrectionsListingEveryRowAtFault(@TempDir Path dir) throws IOException {
    Path csv = copy(dir, "set-11-che-tuoi-che-che-bien.csv");
    Catalogue header = CatalogueReader.readHeader(CATALOGUE.resolve("catalogue.txt"));
    assertThatThrownBy(() -> Decision148Importer.importFile(csv, header.productSet("11"), header, Corrections.none()))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("row 102").hasMessageContaining("'- name' sub-criterion row without a heading");
  }

  @Test
  void rejectsACorrectionThatDoesNotMatchItsRow(@TempDir Path dir) throws IOException {
    Path csv = copy(dir, "set-07-che-bien-tu-rau-cu-qua.csv");
    Corrections wrong = Corrections.parse("score\tfile=set-07-che-bien-tu-rau-cu-qua.csv\trow=116\tfrom=2\tto=4\treason=test\n",
        "corrections.txt");
    Catalogue header = CatalogueReader.readHeader(CATALOGUE.resolve("catalogue.txt"));
    assertThatThrownBy(() -> Decision148Importer.importFile(csv, header.productSet("07"), header, wrong))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("set-07-che-bien-tu-rau-cu-qua.csv, row 116")
        .hasMessageContaining("expects score '2' but the row has '3'");
  }

  @Test
  void rejectsSetSevenSmellWithoutItsCorrection(@TempDir Path dir) throws IOException {
    Path csv = copy(dir, "set-07-che-bien-tu-rau-cu-qua.csv");
    Catalogue header = CatalogueReader.readHeader(CATALOGUE.resolve("catalogue.txt"));
    assertThatThrownBy(() -> Decision148Importer.importFile(csv, header.productSet("07"), header, Corrections.none()))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("set-07-che-bien-tu-rau-cu-qua.csv, row 113: 148/07/C6d: criterion maximum is 4 but its best option scores 3");
  }

  @Test
  void rejectsAnUnknownCorrectionKind() {
    assertThatThrownBy(() -> Corrections.parse("# why\nrename\tfile=x.csv\trow=3\treason=r\n", "corrections.txt"))
        .isInstanceOf(CsvImportException.class)
        .hasMessageContaining("corrections.txt, row 2").hasMessageContaining("unknown correction kind 'rename'");
  }

  @Test
  void rejectsACorrectionThatMatchesNoRow(@TempDir Path dir) throws IOException {
    for (String f : List.of("set-01-rau-cu-qua-hat-tuoi.csv")) {
      copy(dir, f);
    }
    Files.writeString(dir.resolve("corrections.txt"),
        "one-case\tfile=set-01-rau-cu-qua-hat-tuoi.csv\trow=5\treason=no such group\n", StandardCharsets.UTF_8);
    Path catalogue = dir.resolve("catalogue.txt");
    Files.copy(CATALOGUE.resolve("catalogue.txt"), catalogue);
    assertThatThrownBy(() -> Decision148Importer.generate(dir, catalogue)).isInstanceOf(CsvImportException.class)
        .hasMessageContaining("corrections.txt, row 1").hasMessageContaining("matched no row");
  }

  private static Path copy(Path dir, String csv) throws IOException {
    Path target = dir.resolve(csv);
    Files.copy(SOURCES.resolve(csv), target);
    return target;
  }
}
