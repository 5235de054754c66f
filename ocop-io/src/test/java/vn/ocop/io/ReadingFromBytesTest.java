package vn.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round file is parsed from its bytes (docs/performance.md): the errors are those its text gives,
 * columns counted in characters, and the short texts of one read are shared.
 */
class ReadingFromBytesTest {
  @TempDir
  Path dir;

  /** Problems after Vietnamese letters (two or three bytes each in UTF-8) on the same line. */
  private static final List<String> BROKEN = List.of(
      "{\"format\": \"ocop-round/1\", \"round\": {\"name\": \"Vòng đánh giá sản phẩm\", \"councilDay\": \"2024-06-31\"}}",
      "{\"format\": \"ocop-round/1\", \"round\": {\"name\": \"Hội đồng cấp tỉnh\" \"councilDay\": 1}}",
      "{\"format\": \"ocop-round/1\", \"round\": {\"name\": \"Sản phẩm\", \"unknownKey\": true}}",
      "{\"format\": \"ocop-round/1\", \"round\": {\"name\": \"Sản phẩm\u0000\"}}",
      "{\"format\": \"ocop-round/1\", \"round\": {\"name\": \"Sản \\uD800 phẩm\"}}",
      "{\"format\": \"ocop-round/1\", \"round\": {\"name\": \"Sản phẩm\"}, \"products\": [1, 2,]}",
      "{\"format\": \"Bến Tre\", \"round\": {\"name\": \"Sản phẩm\"}} trailing",
      "\uFEFF{\"format\": \"ocop-round/1\", \"round\": {\"name\": \"Đồng Tháp\", \"level\": \"nowhere\"}}");

  @Test
  void eachProblemIsReportedAsTheTextReportsIt() throws IOException {
    for (String text : BROKEN) {
      Path f = Files.write(dir.resolve("round.json"), text.getBytes(StandardCharsets.UTF_8));
      InputException fromBytes = catchThrowableOfType(InputException.class, () -> RoundFiles.read(f));
      InputException fromText = catchThrowableOfType(InputException.class,
          () -> Json.parse(f, Json.readText(f), RoundDocument.class));
      assertThat(fromBytes).as(text).isNotNull();
      assertThat(fromText).as(text).isNotNull();
      assertThat(fromBytes.getMessage()).as(text).isEqualTo(fromText.getMessage());
      assertThat(fromBytes.column()).as(text).isEqualTo(fromText.column());
    }
  }

  @Test
  void theColumnOfAProblemCountsCharactersNotBytes() throws IOException {
    String line = "{\"format\": \"ocop-round/1\", \"round\": {\"name\": \"Hội đồng cấp tỉnh\" \"x\": 1}}";
    Path f = Files.write(dir.resolve("round.json"), line.getBytes(StandardCharsets.UTF_8));
    InputException e = catchThrowableOfType(InputException.class, () -> RoundFiles.read(f));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(line.indexOf(" \"x\"") + 2);
  }

  @Test
  void equalShortTextsAreOneInstanceAndEveryTextKeepsItsCharacters() {
    Json.SharedTexts shared = new Json.SharedTexts();
    char[] a = "xxA1a/3yy".toCharArray();
    String first = shared.of(a, 2, 5);
    String second = shared.of("A1a/3".toCharArray(), 0, 5);
    assertThat(first).isEqualTo("A1a/3");
    assertThat(second).isSameAs(first);
    // same String hash code, different texts
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(shared.of("Aa".toCharArray(), 0, 2)).isEqualTo("Aa");
    assertThat(shared.of("BB".toCharArray(), 0, 2)).isEqualTo("BB");
    assertThat(shared.of("Aa".toCharArray(), 0, 2)).isEqualTo("Aa");
    assertThat(shared.of(new char[0], 0, 0)).isEmpty();
    List<String> made = new ArrayList<>();
    for (int i = 0; i < Json.SharedTexts.MAX_SHARED + 1000; i++) {
      char[] c = ("m" + i).toCharArray();
      made.add(shared.of(c, 0, c.length));
    }
    for (int i = 0; i < made.size(); i++) {
      assertThat(made.get(i)).isEqualTo("m" + i);
    }
    assertThat(shared.of("m5".toCharArray(), 0, 2)).as("kept while there was room").isSameAs(made.get(5));
    String late = "m" + (Json.SharedTexts.MAX_SHARED + 500);
    assertThat(shared.of(late.toCharArray(), 0, late.length())).isEqualTo(late);
  }
}
