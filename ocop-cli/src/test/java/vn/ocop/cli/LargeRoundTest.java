package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round far larger than any province holds evaluates without error. */
class LargeRoundTest {
  @TempDir
  Path dir;

  @Test
  void aGeneratedRoundOfTenThousandProductsEvaluates() {
    Path round = Cli.write(dir, "big.json", TestRounds.json(TestRounds.large(10_000)));
    long start = System.nanoTime();
    Cli.Run run = Cli.run("evaluate", round.toString(), "--format", "csv", "--out", dir.resolve("big.csv").toString(),
        "--html", dir.resolve("big.html").toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("10,000-product round: evaluate + CSV + HTML report in " + millis + " ms");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(dir.resolve("big.csv")).content().hasLineCount(10_001);
  }
}
