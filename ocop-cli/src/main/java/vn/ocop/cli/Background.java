package vn.ocop.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Loading that a fresh JVM can do on a second core while the main thread works: the place registry,
 * a catalogue. Daemon threads, so a command never waits for them at exit; what they fail with is
 * rethrown unchanged where the result is taken ({@link #join}), or, for {@link #run}, left to the
 * main thread, which does the same loading again and reports it as before.
 */
final class Background {
  private static final Executor DAEMONS = task -> {
    Thread t = new Thread(task, "ocop-cli-background");
    t.setDaemon(true);
    t.start();
  };

  private Background() {}

  /** Starts {@code task}, whose only effect is to warm a cache the main thread uses next; errors are dropped. */
  static void run(Runnable task) {
    DAEMONS.execute(() -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        // the main thread meets the same problem when it does the same step, and reports it there
      }
    });
  }

  /** Starts {@code task} and gives its result to {@link #join}. */
  static <T> CompletableFuture<T> supply(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, DAEMONS);
  }

  /** The result of {@code future}: a runtime exception or error it ended with is rethrown as it is. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
