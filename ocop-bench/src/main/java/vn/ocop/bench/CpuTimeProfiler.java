package vn.ocop.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting CPU time per operation beside the wall time, for a machine shared with other
 * work (docs/performance.md, "How it is measured"): wall time counts the time the benchmark's thread
 * waits for a core another process holds, CPU time does not. Two figures per iteration, in ms/op:
 * <ul>
 *   <li>{@code cpu.worker} — the CPU time of the benchmark's own threads (JMH's {@code jmh-worker}
 *       threads), the library's work and nothing else;</li>
 *   <li>{@code cpu.process} — the CPU time of the whole benchmark JVM: the worker's, the garbage
 *       collector's threads, the JIT compilers' (small once warm) and JMH's own.</li>
 * </ul>
 * Neither is immune to the load: another process still takes cache and memory bandwidth. Use:
 * <pre>
 * java -jar ocop-bench/target/benchmarks.jar NationalRoundBenchmark -prof gc -prof vn.ocop.bench.CpuTimeProfiler
 * </pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private Map<Long, Long> workersBefore = Map.of();
  private long processBefore;

  @Override
  public String getDescription() {
    return "CPU time per operation: the benchmark's worker threads, and the whole JVM";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    workersBefore = workerCpu();
    processBefore = OS.getProcessCpuTime();
  }

  @Override
  @SuppressWarnings("rawtypes") // as InternalProfiler declares it
  public java.util.Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long process = OS.getProcessCpuTime() - processBefore;
    long worker = 0;
    for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
      // a worker started during the iteration counts from zero
      worker += e.getValue() - workersBefore.getOrDefault(e.getKey(), 0L);
    }
    // all operations of the iteration, as JMH's own GC profiler counts them: the CPU time runs from
    // before the iteration to after it, synchronisation included
    long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
    if (ops <= 0) {
      return List.of();
    }
    return List.of(
        new ScalarResult("cpu.worker", worker / 1e6 / ops, "ms/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.process", process / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
  }

  /** The CPU time so far of every live JMH worker thread, by thread id. */
  private static Map<Long, Long> workerCpu() {
    Map<Long, Long> cpu = new HashMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().contains("jmh-worker")) {
        long ns = THREADS.getThreadCpuTime(t.getId());
        if (ns >= 0) {
          cpu.put(t.getId(), ns);
        }
      }
    }
    return cpu;
  }
}
