package vn.ocop.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import vn.ocop.rules.RuleBook;
import vn.ocop.rules.RuleBooks;

/**
 * How long a fresh JVM takes to have its first rule book ready: run once per JVM, by
 * {@code ocop-bench/command-figures.sh}. Prints the milliseconds from the JVM's start and from
 * {@code main} to the book, and the process's CPU time.
 *
 * <pre>{@code
 * java -cp ocop-cli/target/ocop-cli-0.1.0-SNAPSHOT-all.jar:ocop-bench/target/classes vn.ocop.bench.ColdBook kien-giang 2024-05-28
 * }</pre>
 */
public final class ColdBook {
  private ColdBook() {}

  /**
   * Builds the bundled book of a province on a date and prints the times.
   *
   * @param args the province ({@code kien-giang} by default) and the date ({@code 2024-05-28})
   */
  public static void main(String[] args) {
    long main = System.nanoTime();
    String province = args.length > 0 ? args[0] : "kien-giang";
    LocalDate date = LocalDate.parse(args.length > 1 ? args[1] : "2024-05-28");
    RuleBook book = RuleBooks.bundled().forProvince(province, date);
    long ready = System.nanoTime();
    long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    System.out.printf("book-ready-ms %d main-to-book-ms %d cpu-ms %d packs %d%n", sinceStart, (ready - main) / 1_000_000,
        cpu / 1_000_000, book.packs().size());
  }
}
