package vn.ocop.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;
import vn.ocop.Ocop;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.result.RoundResult;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.RuleBook;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/**
 * A national-scale round ({@link NationalRound}: 20,000 products over the 26 sets of Decision 148, 7
 * members, full option-level sheets) scored, decided and ranked, one thread, warm; with the two
 * baselines of docs/performance.md in the same run: {@link #bareArithmetic} (the sums from primitive
 * arrays) and {@link #decideJava} / {@link #evaluateJava} (the bundled packs' decisions written in Java).
 *
 * <pre>
 * ./mvnw -B -o package -pl ocop-bench -am -DskipTests
 * java -jar ocop-bench/target/benchmarks.jar NationalRoundBenchmark -prof gc
 * java -jar ocop-bench/target/benchmarks.jar NationalRoundBenchmark -prof gc -prof vn.ocop.bench.CpuTimeProfiler
 * java -jar ocop-bench/target/benchmarks.jar NationalRoundBenchmark.evaluateRules -p products=20000 -jvmArgs -Xmx512m
 * </pre>
 *
 * <p>{@link CpuTimeProfiler} adds the CPU time per operation of the benchmark's thread and of the whole
 * JVM (garbage collection included) beside the wall time.
 *
 * <p>The forked JVM gets a fixed heap of 6 GB, touched at its start ({@code -XX:+AlwaysPreTouch}): with
 * the default heap, whose pages the kernel hands over only when first written, the 50,000-product
 * iterations paid for the kernel zeroing pages as the old generation grew into them (young pauses of
 * 150–270 ms, most of it system time, in a round on a quiet machine: docs/performance.md, "a heap
 * touched in advance"). A host evaluating national rounds has long since touched its heap. 6 GB is the
 * default maximum on the 24 GB machine of the figures; {@code -jvmArgs} on the command line replaces it
 * (as the {@code -Xmx512m} line above does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class NationalRoundBenchmark {

  /** The round's size; 50,000 against 20,000 shows whether any step grows faster than the round. */
  @Param({"20000", "50000"})
  public int products;

  private Round round;
  private RuleBook book;
  private EvaluationPolicy java;
  private ScoredRound scored;
  private List<Outcome> outcomes;
  private BareArithmetic bare;

  @Setup(Level.Trial)
  public void setUp() {
    round = NationalRound.generate(products);
    book = RuleBooks.bundled().forRound(round);
    java = new HandWrittenPolicy(book);
    scored = Ocop.score(round);
    outcomes = java.decide(scored);
    bare = BareArithmetic.of(round);
    // The round, the book and the scored round are a host's long-lived data. Collected once here, they are
    // in the old generation when measuring starts, as in a host that has held them a while; left young, the
    // first iterations at 50,000 products copied them at every young collection (docs/performance.md,
    // "the benchmark's setup, the warm-up, and two trims").
    System.gc();
  }

  /** Baseline 1: adding up the same choices' points from primitive arrays. */
  @Benchmark
  public long bareArithmetic() {
    return bare.score();
  }

  /**
   * Not a baseline of the issue, a floor: reading every choice of the round's sheets as the {@link Round}
   * holds them (submission, member's sheet, its {@code List<String>}, each string's cached hash) and
   * nothing else — the least any scoring of a {@code Round} must do. Shows how much of {@link #score}
   * above {@link #bareArithmetic} is walking the round's objects rather than scoring.
   */
  @Benchmark
  public long readChoices() {
    return BareArithmetic.readChoices(round);
  }

  /** {@link #readChoices} with the reads of 8 submissions' member lists overlapped: a lower floor. */
  @Benchmark
  public long readChoicesAhead() {
    return BareArithmetic.readChoicesAhead(round);
  }

  /**
   * Not a target, the other side of scoring's ledger: building every member's sheet of the round again
   * as a host does ({@code MemberScorecard.builder()}, member and the same choice strings), which since
   * 2 December 2026 also numbers each choice for scoring (docs/performance.md, "Choices as numbers").
   * Compare it, in the same run, with {@link #score}: what building a sheet took on, scoring gave up.
   */
  @Benchmark
  public void buildSheets(Blackhole bh) {
    List<Submission> submissions = round.submissions();
    for (int s = 0, n = submissions.size(); s < n; s++) {
      List<MemberScorecard> cards = submissions.get(s).scorecards();
      for (int m = 0, members = cards.size(); m < members; m++) {
        MemberScorecard card = cards.get(m);
        bh.consume(MemberScorecard.builder().member(card.member()).addAllChoices(card.choices()).build());
      }
    }
  }

  /**
   * {@code Ocop.score}: every member's sheet checked and summed, every product's means. A sheet's means
   * are computed when first asked for, so the benchmark asks for the score and part C's mean of every
   * sheet — what {@link #bareArithmetic} computes — and they are counted.
   */
  @Benchmark
  public ScoredRound score(Blackhole bh) {
    ScoredRound scoredRound = Ocop.score(round);
    for (ScoreSheet sheet : scoredRound.sheets()) {
      bh.consume(sheet.score());
      bh.consume(sheet.partMean(vn.ocop.catalog.Part.C));
    }
    return scoredRound;
  }

  /** The star gates of 3★–5★ judged on every sheet, as the rules' facts need them (the misses). */
  @Benchmark
  public void gateChecks(Blackhole bh) {
    GateJudgement judgement = book.gateJudgement();
    for (ScoreSheet sheet : scored.sheets()) {
      bh.consume(sheet.missedGates(judgement));
    }
  }

  /** Deciding the scored round with the bundled rule packs. */
  @Benchmark
  public List<Outcome> decideRules() {
    return book.decide(scored);
  }

  /** Baseline 2: the same decisions and reasons, written in Java. */
  @Benchmark
  public List<Outcome> decideJava() {
    return java.decide(scored);
  }

  /** Pairing outcomes with sheets, then the ranking, per-district rankings and statistics. */
  @Benchmark
  public void resultAndRanking(Blackhole bh) {
    consume(RoundResult.of(scored, outcomes, java.description()), bh);
  }

  /**
   * Not a target, a check on {@link #resultAndRanking}: the same step with none of the round's objects in
   * the processor's caches, as it runs inside {@code Ocop.evaluate}, where deciding has just allocated
   * hundreds of megabytes. Repeated on the same round, {@link #resultAndRanking} could find a 20,000-product
   * round's objects still cached from the operation before, and a 50,000-product round's not; comparing
   * the two shows what that is worth (docs/performance.md: nothing measurable). Before each operation
   * {@link Caches} writes over a buffer far larger than the processor's last-level cache; that is not timed.
   */
  @Benchmark
  public void resultAndRankingCold(Caches caches, Blackhole bh) {
    consume(RoundResult.of(scored, outcomes, java.description()), bh);
  }

  /**
   * Evicts the processor's caches before each operation by writing one long in every 64-byte line of a
   * 256 MB buffer: eight times the 32 MB L3 of one chiplet of the machine of docs/performance.md, so
   * that none of the data of the operation before is left in any cache of this core.
   */
  @State(Scope.Thread)
  public static class Caches {
    private static final int EVICT_BYTES = 256 << 20;
    private final long[] buffer = new long[EVICT_BYTES / Long.BYTES];

    /** Writes over the buffer: every cache line of it, in order. */
    @Setup(Level.Invocation)
    public void evict() {
      long[] b = buffer;
      for (int i = 0; i < b.length; i += 8) {
        b[i]++;
      }
    }
  }

  /** The whole {@code Ocop.evaluate} with the rule packs, with its ranking and statistics. */
  @Benchmark
  public void evaluateRules(Blackhole bh) {
    consume(Ocop.evaluate(round, book), bh);
  }

  /** The whole {@code Ocop.evaluate} with the hand-written policy: the path the rules are held to. */
  @Benchmark
  public void evaluateJava(Blackhole bh) {
    consume(Ocop.evaluate(round, java), bh);
  }

  private static void consume(RoundResult result, Blackhole bh) {
    bh.consume(result.ranking());
    bh.consume(result.statistics());
    bh.consume(result.rankingByDistrict());
  }
}
