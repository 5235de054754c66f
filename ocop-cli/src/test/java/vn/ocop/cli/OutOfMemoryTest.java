package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.round.Round;

/** A round too big for the heap ends in one line that says how to give Java more memory, not a stack trace. */
class OutOfMemoryTest {
  @TempDir
  Path dir;

  /** A policy provider that runs out of memory, as deciding a round too big for the heap does. */
  private static final PolicyProvider HUNGRY = new PolicyProvider() {
    @Override
    public Resolved forRound(Round round, Optional<Path> rulesDir, vn.ocop.rules.LoadOptions options) {
      throw new OutOfMemoryError("Java heap space");
    }

    @Override
    public List<Problem> check(Path d, vn.ocop.rules.LoadOptions options) {
      return List.of();
    }

    @Override
    public String describe(Path d, vn.ocop.rules.LoadOptions options) {
      return "";
    }
  };

  @Test
  void runningOutOfMemoryPrintsOneLineWithTheHeapHint() {
    Path round = Cli.write(dir, "round.json", TestRounds.json(TestRounds.small()));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OcopCommand.commandLine(HUNGRY, new PrintWriter(out), new PrintWriter(err), false)
        .execute("evaluate", round.toString(), "--lang", "en");
    assertThat(status).isEqualTo(1);
    assertThat(err.toString().strip()).doesNotContain("\n").doesNotContain("at vn.ocop")
        .startsWith("ocop: not enough memory for this round").contains("OCOP_JAVA_OPTS=-Xmx").contains("java -Xmx");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theHintAsksForAtLeastTwiceTheHeapItHad() {
    assertThat(OcopCommand.outOfMemory(3L * 1024 * 1024 * 1024, vn.ocop.cli.report.Lang.VI))
        .startsWith("không đủ bộ nhớ").contains("3072 MB").contains("-Xmx6g");
    assertThat(OcopCommand.outOfMemory(256L * 1024 * 1024, vn.ocop.cli.report.Lang.EN)).contains("-Xmx2g");
  }
}
