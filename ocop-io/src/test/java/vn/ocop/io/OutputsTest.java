package vn.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command's outputs are written all or none, never over an input, and leave nothing behind on failure. */
class OutputsTest {
  @TempDir
  Path dir;

  private List<Path> files() throws IOException {
    try (var s = Files.list(dir)) {
      return s.toList();
    }
  }

  @Test
  void whenTheSecondOutputCannotBeWrittenTheFirstIsNotWrittenEitherAndNoTemporaryFileRemains() throws IOException {
    Path first = dir.resolve("results.json");
    Path second = dir.resolve("report.html");
    Outputs outputs = new Outputs(List.of());
    outputs.add("--out", first, "{}");
    outputs.add("--html", second, "broken \uD800 name");

    assertThatThrownBy(outputs::commit).isInstanceOf(OutputException.class)
        .hasMessageStartingWith("--html " + second + ": cannot write").hasMessageContaining("broken character");
    assertThat(files()).isEmpty();
  }

  @Test
  void anExistingTargetIsReplacedOnlyWhenEveryOutputIsWritten() throws IOException {
    Path first = Files.writeString(dir.resolve("results.json"), "old");
    Outputs failing = new Outputs(List.of());
    failing.add("--out", first, "new");
    failing.add("--html", dir.resolve("r.html"), "\uDC00");
    assertThatThrownBy(failing::commit).isInstanceOf(OutputException.class);
    assertThat(Files.readString(first)).isEqualTo("old");

    Outputs ok = new Outputs(List.of());
    ok.add("--out", first, "new");
    ok.add("--html", dir.resolve("r.html"), "<p>ok</p>");
    assertThat(ok.commit()).containsExactly(first, dir.resolve("r.html"));
    assertThat(Files.readString(first)).isEqualTo("new");
    assertThat(files()).containsExactlyInAnyOrder(first, dir.resolve("r.html"));
  }

  @Test
  void anOutputThatIsAnInputByAnotherNameIsRefused() throws IOException {
    Path input = Files.writeString(dir.resolve("round.json"), "{}");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);

    assertThatThrownBy(() -> new Outputs(List.of(input)).check("--out", link))
        .isInstanceOf(OutputException.class).hasMessageContaining("is an input file");
    assertThatThrownBy(() -> new Outputs(List.of(input)).check("--out", dir.resolve("x/../round.json")))
        .isInstanceOf(OutputException.class).hasMessageContaining("is an input file");
  }
}
