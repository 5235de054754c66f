package vn.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host reads a round file in-process and gets the command's errors, with their parts as fields. */
class RoundFilesInProcessTest {
  @TempDir
  Path dir;

  @Test
  void aMissingKeyIsAnInputExceptionWithFileLineColumnAndPath() throws IOException {
    Path f = Files.writeString(dir.resolve("round.json"),
        "{\n  \"format\": \"ocop-round/1\",\n  \"round\": {\n    \"councilDay\": \"2024-06-05\"\n  }\n}\n",
        StandardCharsets.UTF_8);
    InputException e = catchThrowableOfType(InputException.class, () -> RoundFiles.read(f));
    assertThat(e.file()).isEqualTo(f);
    assertThat(e.line()).as("where the object ends, as Jackson finds it").isBetween(4, 5);
    assertThat(e.column()).isPositive();
    assertThat(e.path()).contains("$.round");
    assertThat(e.problem()).isEqualTo("the required key 'province' is missing");
    assertThat(e.getMessage()).startsWith(f + ":" + e.line() + ":" + e.column() + ": $.round: the required key 'province' is missing");
  }

  @Test
  void aFileWithAByteOrderMarkIsReadAsWithout() throws IOException {
    Path f = Files.write(dir.resolve("round.json"), "\uFEFF{\"format\": 1}".getBytes(StandardCharsets.UTF_8));
    InputException e = catchThrowableOfType(InputException.class, () -> RoundFiles.read(f));
    assertThat(e.getMessage()).doesNotContain("malformed").contains("$.format");
  }
}
