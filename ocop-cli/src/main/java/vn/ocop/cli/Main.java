package vn.ocop.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code ocop} program: runs {@link OcopCommand} with the rule packs of {@code ocop-rules}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status;
    // evaluate: the place registry and the bundled packs load on a second core while picocli builds
    // its model of the commands (a fresh JVM; docs/performance.md, "The command's start")
    Background.prefetch(args);
    try {
      status = OcopCommand.commandLine(RulePacks.INSTANCE, out, err, Terminal.stderrIsTerminal(), Terminal.width(), args)
          .execute(args);
    } catch (OutOfMemoryError e) {
      // while parsing or printing, outside a command: still one line
      err.println("ocop: " + OcopCommand.outOfMemory(Runtime.getRuntime().maxMemory(), vn.ocop.cli.report.Lang.fromSystem()));
      status = 1;
    }
    out.flush();
    err.flush();
    System.exit(status);
  }
}
