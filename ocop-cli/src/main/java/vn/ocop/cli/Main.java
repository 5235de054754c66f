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
    int status = OcopCommand.commandLine(RulePacks.INSTANCE, out, err, Terminal.stderrIsTerminal()).execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }
}
