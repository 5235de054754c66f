package vn.ocop.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import vn.ocop.cli.OcopCommand;

/** Runs the {@code ocop} command in-process for the sample tests and captures what it prints. */
final class CliRun {
  private CliRun() {}

  /** The exit status and the two outputs of one run. */
  record Run(int status, String out, String err) {}

  static Run ocop(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OcopCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(status, out.toString(), err.toString());
  }
}
