package vn.ocop.spring.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.cli.OcopCommand;
import vn.ocop.rules.RuleBookHolder;
import vn.ocop.rules.RuleBooks;

/**
 * The application's evaluation gives the command's results for every sample round — the one-book
 * rounds, the transition round judged under two laws (sample 6) and the round with awards (sample 2) —
 * and the command's errors, with the uploaded file's name in place of the server's temporary file.
 */
class RoundEvaluationTest {
  private static final Path ROUNDS = Path.of("../ocop-examples/src/main/resources/vn/ocop/examples/rounds");
  private static final RuleBookHolder HOLDER = RuleBookHolder.of(RuleBooks.bundled());

  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(ROUNDS)) {
      return files.filter(f -> f.getFileName().toString().startsWith("sample-")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleGetsTheCommandsResults(Path sample, @TempDir Path tmp) throws IOException {
    String results;
    try (InputStream in = Files.newInputStream(sample)) {
      results = new String(RoundEvaluation.evaluate(sample.getFileName().toString(), in, HOLDER), StandardCharsets.UTF_8);
    }
    Path out = tmp.resolve("results.json");
    StringWriter err = new StringWriter();
    int status = OcopCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .execute("evaluate", sample.toString(), "--format", "json", "--out", out.toString());
    assertThat(status).as(err.toString()).isZero();
    assertThat(results).isEqualTo(Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void aBadRoundNamesTheUploadedFileLineAndPath() {
    byte[] round = "{\n  \"format\": \"ocop-round/1\",\n  \"colour\": 1\n}\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RoundEvaluation.evaluate("C:\\Users\\an\\round 2.json", new ByteArrayInputStream(round),
        HOLDER))
        .isInstanceOf(RoundEvaluation.BadRoundException.class)
        .hasMessageStartingWith("round 2.json:4:1: $: ")
        .hasMessageContaining("'round'")
        .hasMessageNotContaining("ocop-round-")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anUploadedNameIsReducedToAPlainFileName() {
    assertThat(RoundEvaluation.fileName("/etc/passwd")).isEqualTo("passwd");
    assertThat(RoundEvaluation.fileName("..\\..\\vòng-2.json")).isEqualTo("vòng-2.json");
    assertThat(RoundEvaluation.fileName("..")).isEqualTo(RoundEvaluation.DEFAULT_NAME);
    assertThat(RoundEvaluation.fileName("a\u0000b.json")).isEqualTo(RoundEvaluation.DEFAULT_NAME);
    assertThat(RoundEvaluation.fileName(null)).isEqualTo(RoundEvaluation.DEFAULT_NAME);
    assertThat(RoundEvaluation.fileName("")).isEqualTo(RoundEvaluation.DEFAULT_NAME);
  }
}
