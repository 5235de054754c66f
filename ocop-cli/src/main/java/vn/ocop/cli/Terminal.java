package vn.ocop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import vn.ocop.cli.report.TextReports;

/**
 * The user's terminal: whether standard output and error are one, how wide it is, and a progress
 * line drawn on standard error while a long phase runs.
 */
final class Terminal {
  private Terminal() {}

  /** Whether file descriptor 2 is a terminal. */
  static boolean stderrIsTerminal() {
    return isTerminal(2);
  }

  /** Whether file descriptor 1 is a terminal. */
  static boolean stdoutIsTerminal() {
    return isTerminal(1);
  }

  /**
   * Whether file descriptor {@code fd} is a terminal. On Linux the descriptor's link names the device
   * ({@code /dev/pts/3}); elsewhere a console means an interactive session.
   */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.exists(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /**
   * The width the ranking table may take: {@code $COLUMNS} when set (the {@code ocop} script exports
   * it), else the terminal's own width when standard output is one ({@code stty size}), else
   * {@link TextReports#DEFAULT_WIDTH} — output to a file or a pipe is laid out for 100 columns.
   */
  static int width() {
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.strip().matches("\\d{1,4}")) {
      int c = Integer.parseInt(columns.strip());
      if (c >= 20) {
        return c;
      }
    }
    if (stdoutIsTerminal() && Files.exists(Path.of("/dev/tty"))) {
      try {
        Process p = new ProcessBuilder("stty", "size").redirectInput(new java.io.File("/dev/tty"))
            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor(1, TimeUnit.SECONDS)) {
          String[] rc = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split("\\s+");
          if (rc.length == 2 && rc[1].matches("\\d{1,4}") && Integer.parseInt(rc[1]) >= 20) {
            return Integer.parseInt(rc[1]);
          }
        } else {
          p.destroy();
        }
      } catch (IOException e) {
        // no stty: the default width
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return TextReports.DEFAULT_WIDTH;
  }

  /**
   * One progress line on standard error, redrawn in place: the phase ("reading round…", "scoring
   * 1.200/5.000", "applying national/148…", "writing report…") with the seconds it has taken, and a bar
   * when the phase counts. The line shows only once the run has lasted {@link #DELAY_MS} (a small
   * round draws nothing), and {@link #done} erases the line so that no stale progress stays above the
   * results. Silent when disabled (standard error not a terminal, or {@code --no-progress}).
   */
  static final class Progress implements AutoCloseable {
    static final long DELAY_MS = 400;
    private static final int BAR = 20;
    private final PrintWriter err;
    private final boolean enabled;
    private final int width;
    private final Object lock = new Object();
    private String label = "";
    private long done;
    private long total;
    private long since;
    private long started = -1;
    private boolean drawn;
    private Thread ticker;

    Progress(PrintWriter err, boolean enabled) {
      this(err, enabled, 80);
    }

    Progress(PrintWriter err, boolean enabled, int width) {
      this.err = err;
      this.enabled = enabled;
      this.width = Math.max(20, width);
    }

    boolean enabled() {
      return enabled;
    }

    /** A phase that counts: {@code done} of {@code total}. */
    void update(String label, long done, long total) {
      if (!enabled) {
        return;
      }
      synchronized (lock) {
        if (!label.equals(this.label)) {
          this.since = System.nanoTime();
        }
        if (started < 0) {
          started = since;
        }
        this.label = label;
        this.done = done;
        this.total = total;
        draw();
      }
      startTicker();
    }

    /** A phase that does not count ("reading round…"): the ticker shows its seconds. */
    void step(String label) {
      if (!enabled) {
        return;
      }
      synchronized (lock) {
        this.label = label;
        this.total = 0;
        this.since = System.nanoTime();
        if (started < 0) {
          started = since;
        }
        draw();
      }
      startTicker();
    }

    /** Erases the progress line; the next phase may draw again. */
    void done() {
      if (!enabled) {
        return;
      }
      synchronized (lock) {
        label = "";
        if (drawn) {
          err.print("\r\u001b[K");
          err.flush();
          drawn = false;
        }
      }
    }

    @Override
    public void close() {
      done();
      Thread t;
      synchronized (lock) {
        t = ticker;
        ticker = null;
      }
      if (t != null) {
        t.interrupt();
      }
    }

    private void startTicker() {
      synchronized (lock) {
        if (ticker != null) {
          return;
        }
        ticker = new Thread(() -> {
          try {
            while (!Thread.currentThread().isInterrupted()) {
              Thread.sleep(250);
              synchronized (lock) {
                draw();
              }
            }
          } catch (InterruptedException e) {
            // closed
          }
        }, "ocop-progress");
        ticker.setDaemon(true);
        ticker.start();
      }
    }

    /** Draws the line, cut to the terminal's width so that it never wraps (a wrapped line cannot be erased). */
    private void draw() {
      if (label.isEmpty()) {
        return;
      }
      if ((System.nanoTime() - started) / 1_000_000 < DELAY_MS) {
        return;
      }
      long ms = (System.nanoTime() - since) / 1_000_000;
      StringBuilder line = new StringBuilder();
      if (total > 0) {
        int filled = (int) (done * BAR / total);
        line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
            .append(String.format("%3d%%", done * 100 / total)).append(' ').append(label).append(' ').append(done)
            .append('/').append(total);
      } else {
        line.append(label).append(" …");
      }
      line.append("  ").append(ms / 1000).append(" s");
      String text = line.length() > width - 1 ? line.substring(0, width - 2) + "…" : line.toString();
      err.print("\r" + text + "\u001b[K");
      err.flush();
      drawn = true;
    }
  }
}
