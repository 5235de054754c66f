package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.cli.report.TextReports;

/**
 * The command line made for given arguments models only the subcommand they name
 * ({@link OcopCommand#subcommandsFor}); whatever the arguments, it must exit and print exactly as the
 * full command line does.
 */
class SubcommandForArgumentsTest {
  private static final String S3 =
      "../ocop-examples/src/main/resources/vn/ocop/examples/rounds/sample-3-kien-giang-2024-hon-dat-district.json";

  @TempDir
  Path dir;

  @Test
  void onlyTheNamedSubcommandIsModelled() {
    assertThat(OcopCommand.subcommandsFor(new String[] {"evaluate", S3})).containsExactly(OcopCommand.Evaluate.class);
    assertThat(OcopCommand.subcommandsFor(new String[] {"rules", "check", "x"})).containsExactly(OcopCommand.Rules.class);
    assertThat(OcopCommand.subcommandsFor(new String[] {"help", "evaluate"})).hasSize(6);
    assertThat(OcopCommand.subcommandsFor(new String[] {"--lang", "vi", "evaluate"})).hasSize(6);
    assertThat(OcopCommand.subcommandsFor(new String[] {"evalute"})).hasSize(6);
    assertThat(OcopCommand.subcommandsFor(new String[0])).hasSize(6);
    assertThat(OcopCommand.subcommandsFor(null)).hasSize(6);
  }

  @Test
  void printsAndExitsAsTheFullCommandLine() {
    List<String[]> cases = new ArrayList<>(List.of(
        new String[] {"evaluate", S3},
        new String[] {"evaluate", S3, "--lang", "vi"},
        new String[] {"evaluate", S3, "--format", "json"},
        new String[] {"evaluate", S3, "--format", "csv", "--lang", "en"},
        new String[] {"evaluate", "--help"},
        new String[] {"evaluate", "--help", "--lang", "vi"},
        new String[] {"evaluate", "--version"},
        new String[] {"evaluate"},
        new String[] {"evaluate", S3, "--no-such-option"},
        new String[] {"evaluate", S3, "--lang", "vi", "--html-cards", "many"},
        new String[] {"evaluate", S3, "--format", "yaml", "--lang", "vi"},
        new String[] {"evaluate", dir.resolve("missing.json").toString()},
        new String[] {"evaluate", S3, "explain"},
        new String[] {"explain", S3, "kg-2024-01"},
        new String[] {"explain", "--help", "--lang", "vi"},
        new String[] {"rules", "--help"},
        new String[] {"rules", "check", dir.toString()},
        new String[] {"catalog", "--help", "--lang", "vi"},
        new String[] {"report", "--help"},
        new String[] {"help", "evaluate"},
        new String[] {"--lang", "vi", "evaluate", "--help"},
        new String[] {"evalute", S3},
        new String[] {"--help"},
        new String[] {"--version"},
        new String[] {}));
    for (String[] args : cases) {
      Run full = run(args, null);
      Run trimmed = run(args, args);
      assertThat(trimmed).as("ocop %s", String.join(" ", args)).isEqualTo(full);
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String[] args, String[] modelFor) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OcopCommand.commandLine(RulePacks.INSTANCE, new PrintWriter(out), new PrintWriter(err), false,
        TextReports.DEFAULT_WIDTH, modelFor).execute(args);
    return new Run(status, out.toString(), err.toString());
  }
}
