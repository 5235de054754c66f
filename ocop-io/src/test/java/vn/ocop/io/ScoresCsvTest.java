package vn.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scores CSV read in-process: what spreadsheets write is accepted, every problem names file and line. */
class ScoresCsvTest {
  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    return Files.write(dir.resolve("scores.csv"), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsRowsWithTheLineWhereEachBegins() throws IOException {
    Path f = write("member,product,criterion,option\n# typed on 5/6\n\nm1,rice-1,A1a,3\nm1,rice-1,A1b,A1b/2\nm1,rice-1,A3e,\n");
    List<ScoresCsv.Row> rows = ScoresCsv.read(f);
    assertThat(rows).extracting(ScoresCsv.Row::line).containsExactly(4, 5, 6);
    assertThat(rows).extracting(r -> r.choice().orElse("-")).containsExactly("A1a/3", "A1b/2", "-");
  }

  @Test
  void aQuotedCellWithALineBreakAsSpreadsheetsWriteItIsOneCellAndLaterLinesKeepTheirNumbers() throws IOException {
    Path f = write("member,product,criterion,option\r\n\"m1\",\"rice-1\",A1a,\"3\r\n\"\r\nm1,rice-1,\"A1b\",\"a \"\"quote\"\"\"\r\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).isInstanceOf(InputException.class)
        .hasMessage(f + ":4: the cell 'option' (column 4): 'a \"quote\"' is neither an option number (3) nor A1b/<number>");
    Path ok = write("member,product,criterion,option\n\"m1\",\"rice-1\",A1a,\"3\n\"\nm1,rice-1,A1b,2\n");
    assertThat(ScoresCsv.read(ok)).extracting(ScoresCsv.Row::line, r -> r.choice().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "A1a/3"), org.assertj.core.groups.Tuple.tuple(4, "A1b/2"));
  }

  @Test
  void semicolonsAndAByteOrderMarkAreAccepted() throws IOException {
    Path f = write("\uFEFFmember;product;criterion;option\nm1;rice-1;A1a;3\n");
    assertThat(ScoresCsv.read(f)).singleElement().extracting(ScoresCsv.Row::member).isEqualTo("m1");
  }

  @Test
  void aWrongHeaderIsNamedAtLineOne() throws IOException {
    Path f = write("thanh_vien,san_pham,chi_tieu,lua_chon\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).hasMessage(f + ":1:1: the first line must be the header "
        + "member,product,criterion,option, found thanh_vien,san_pham,chi_tieu,lua_chon");
  }

  @Test
  void aRowWithTooFewCellsIsNamedWithItsLine() throws IOException {
    Path f = write("member,product,criterion,option\nm1,rice-1,A1a,3\nm1,rice-1\n");
    assertThatThrownBy(() -> ScoresCsv.read(f))
        .hasMessage(f + ":3: expected 4 cells (member, product, criterion, option), found 2");
  }

  @Test
  void anEmptyCellNamesItsColumn() throws IOException {
    Path f = write("member,product,criterion,option\nm1, ,A1a,3\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).hasMessageStartingWith(f + ":2: the cell 'product' (column 2) is empty");
  }

  @Test
  void anUnclosedQuoteIsNamed() throws IOException {
    Path f = write("member,product,criterion,option\nm1,\"rice-1,A1a,3\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(f + ":").hasMessageContaining("a quoted cell is not closed");
  }

  @Test
  void aControlCharacterIsNamedAtItsLineAndColumn() throws IOException {
    Path f = write("member,product,criterion,option\nm1,rice\u001B[31m,A1a,3\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).hasMessage(f + ":2:8: a cell contains the control character U+001B; remove it");
  }

  @Test
  void anEmptyFileNeedsTheHeader() throws IOException {
    Path f = write("# nothing yet\n\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).hasMessage(f + ":1:1: the file is empty; it needs the header "
        + "member,product,criterion,option");
  }
}
