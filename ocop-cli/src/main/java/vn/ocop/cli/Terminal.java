package vn.ocop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, and a progress bar drawn there when it is. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether file descriptor 2 is a terminal. On Linux the descriptor's link names the device
   * ({@code /dev/pts/3}); elsewhere a console means an interactive session.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /** A one-line progress bar that redraws itself; silent when disabled. Not thread-safe. */
  static final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean enabled;
    private int lastPercent = -1;
    private String lastLabel = "";

    Progress(PrintWriter err, boolean enabled) {
      this.err = err;
      this.enabled = enabled;
    }

    boolean enabled() {
      return enabled;
    }

    void update(String label, long done, long total) {
      if (!enabled) {
        return;
      }
      int percent = total == 0 ? 100 : (int) (done * 100 / total);
      if (percent == lastPercent && label.equals(lastLabel)) {
        return;
      }
      lastPercent = percent;
      lastLabel = label;
      int filled = percent * WIDTH / 100;
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent) + " "
          + label + " " + done + "/" + total + "   ");
      err.flush();
    }

    void step(String label) {
      if (!enabled) {
        return;
      }
      lastLabel = label;
      err.print("\r" + " ".repeat(WIDTH + 2) + "      " + label + " …" + " ".repeat(20));
      err.flush();
    }

    void done() {
      if (enabled) {
        err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        err.flush();
      }
    }
  }
}
