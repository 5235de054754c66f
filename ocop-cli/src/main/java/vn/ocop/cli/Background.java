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

  /**
   * For {@code ocop evaluate}, starts reading what any round needs: the place registry, unless the
   * command names a directory of packs ({@code --rules}) the bundled packs, then the JSON writer of the
   * results document. Nothing for other commands,
   * and nothing that could change what the command prints: a problem is met again, and reported, by the
   * command itself.
   */
  static void prefetch(String[] args) {
    if (args.length == 0 || !args[0].equals("evaluate")) {
      return;
    }
    boolean ownPacks = java.util.Arrays.stream(args).anyMatch(a -> a.equals("--rules") || a.startsWith("--rules="));
    run(() -> {
      vn.ocop.place.Places.provinces(vn.ocop.place.Places.REORGANISATION_2025);
      if (!ownPacks) {
        RulePacks.INSTANCE.prepareNow();
      }
      // then Jackson's writer of the results document, built by reflection at its first use (a tenth of the
      // main thread's samples in a profile of a sample round): this thread is otherwise idle while the main
      // thread reads the round and builds the rule book (docs/performance.md, "the command's start, again")
      vn.ocop.io.ResultsJson.prepare();
    });
  }

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
