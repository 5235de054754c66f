package vn.ocop.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ocop.Ocop;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Round;
import vn.ocop.rules.RuleBook;
import vn.ocop.rules.RuleBooks;

/**
 * Scaling out on one machine: independent province-size rounds evaluated at the same time by several
 * threads on <em>one</em> shared, immutable {@link RuleBook} (each thread its own round, as a host
 * partitioning a national workload by province and round would run them). Throughput in rounds per
 * second; run it with {@code -t 1} and {@code -t N} (N = cores) in the same invocation to read the
 * throughput per core:
 *
 * <pre>
 * java -jar ocop-bench/target/benchmarks.jar ScaleOutBenchmark -t 1 -f 1
 * java -jar ocop-bench/target/benchmarks.jar ScaleOutBenchmark -t 2 -f 1
 * </pre>
 *
 * <p>See docs/performance.md, "Scaling out".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScaleOutBenchmark {

  /** Products per round: a province round is tens to hundreds of products. */
  @Param({"200"})
  public int products;

  /** The one book every thread shares. */
  RuleBook book;

  private final AtomicLong seeds = new AtomicLong(NationalRound.SEED);

  @Setup(Level.Trial)
  public void setUp() {
    book = RuleBooks.bundled().forRound(NationalRound.generate(1));
  }

  /** One thread's own round: a different seed per thread, so the rounds are independent. */
  @State(Scope.Thread)
  public static class ThreadRound {
    Round round;

    @Setup(Level.Trial)
    public void setUp(ScaleOutBenchmark shared) {
      round = NationalRound.generate(shared.products, shared.seeds.incrementAndGet());
    }
  }

  /** The whole evaluation (score, decide with the shared book, rank, statistics) of this thread's round. */
  @Benchmark
  public RoundResult evaluate(ThreadRound mine) {
    RoundResult result = Ocop.evaluate(mine.round, book);
    result.ranking();
    result.statistics();
    return result;
  }
}
