package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsJson;

/** The results file reads back into exactly what was written. */
class ResultsRoundTripTest {
  @TempDir
  Path dir;

  @Test
  void resultsJsonReadsBackWithoutLossAndRewritesByteForByte() throws Exception {
    Path round = Cli.write(dir, "round.json", TestRounds.json(TestRounds.small()));
    Path out = dir.resolve("results.json");
    Cli.Run run = Cli.run("evaluate", round.toString(), "--format", "json", "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();

    String written = Files.readString(out);
    ResultsDocument read = ResultsJson.read(out);

    assertThat(ResultsJson.write(read)).isEqualTo(written);
    assertThat(read.products()).hasSize(2);
    ResultsDocument.ProductResultDoc first = read.products().get(0);
    assertThat(first.score()).isEqualByComparingTo("78.00");
    assertThat(first.score().scale()).isEqualTo(2);
    assertThat(first.reasons()).isNotEmpty();
    assertThat(read.policy().packs()).extracting(ResultsDocument.PackInfo::id)
        .containsExactly("national/148", "province/kien-giang");
    assertThat(read.round().councilDate()).hasToString("2024-06-25");
  }

  @Test
  void anUnknownKeyInAResultsFileIsRefused() throws Exception {
    Path round = Cli.write(dir, "round.json", TestRounds.json(TestRounds.small()));
    Path out = dir.resolve("results.json");
    Cli.run("evaluate", round.toString(), "--format", "json", "--out", out.toString());
    Files.writeString(out, Files.readString(out).replaceFirst("\"rank\"", "\"rnak\" : 1, \"rank\""));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultsJson.read(out))
        .hasMessageContaining("$.products[0].rnak").hasMessageContaining("unknown key 'rnak'");
  }
}
