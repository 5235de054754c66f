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
    String first = shared.of(new String("A1a/3"));
    String second = shared.of(new String("A1a/3"));
    assertThat(first).isEqualTo("A1a/3");
    assertThat(second).isSameAs(first);
    // same String hash code, different texts
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat(shared.of(new String("Aa"))).isEqualTo("Aa");
    assertThat(shared.of(new String("BB"))).isEqualTo("BB");
    assertThat(shared.of(new String("Aa"))).isEqualTo("Aa");
    assertThat(shared.of("")).isEmpty();
    List<String> made = new ArrayList<>();
    for (int i = 0; i < Json.SharedTexts.MAX_SHARED + 1000; i++) {
      made.add(shared.of("m" + i));
    }
    for (int i = 0; i < made.size(); i++) {
      assertThat(made.get(i)).isEqualTo("m" + i);
    }
    assertThat(shared.of(new String("m5"))).as("kept while there was room").isSameAs(made.get(5));
    String late = "m" + (Json.SharedTexts.MAX_SHARED + 500);
    assertThat(shared.of(new String(late))).as("not kept once full").isEqualTo(late).isNotSameAs(made.get(Json.SharedTexts.MAX_SHARED + 500));
  }

  @Test
  void aRoundsRepeatedOptionKeysAreOneInstance() throws IOException {
    Path sample = Path.of("../ocop-examples/src/main/resources/vn/ocop/examples/rounds/sample-3-kien-giang-2024-hon-dat-district.json");
    RoundDocument doc = Json.parse(sample, Json.readChecked(sample), () -> Json.readText(sample), RoundDocument.class);
    java.util.Map<String, String> firstOf = new java.util.HashMap<>();
    int choices = 0;
    for (RoundDocument.ProductEntry p : doc.products()) {
      for (RoundDocument.Sheet sheet : p.sheets() == null ? List.<RoundDocument.Sheet>of() : p.sheets()) {
        for (String c : sheet.choices()) {
          choices++;
          assertThat(firstOf.computeIfAbsent(c, k -> c)).isSameAs(c);
        }
      }
    }
    assertThat(choices).isGreaterThan(firstOf.size());
  }
}
