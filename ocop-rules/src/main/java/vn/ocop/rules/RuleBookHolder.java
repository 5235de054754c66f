package vn.ocop.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.ocop.NullArgumentException;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.scoring.ScoredRound;

/**
 * Keeps the rule packs in service and swaps them safely when a province edits its directory: a
 * reload loads and compiles every combination first, and only then replaces the packs in service.
 * A failed reload throws and leaves the previous packs serving. Thread-safe.
 *
 * <pre>{@code
 * RuleBookHolder holder = RuleBookHolder.of(RuleBooks.bundled());
 * try {
 *   holder.reload(Path.of("/srv/ocop/packs"));
 * } catch (RulePackException e) {
 *   e.problems().forEach(p -> log.warn("{}", p)); // still serving the previous packs
 * }
 * Ocop.evaluate(round, holder);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleBookHolder implements EvaluationPolicy {
  private final AtomicReference<RuleBooks> current;

  private RuleBookHolder(RuleBooks initial) {
    this.current = new AtomicReference<>(initial);
  }

  /** A holder serving {@code initial}. */
  public static RuleBookHolder of(RuleBooks initial) {
    return new RuleBookHolder(NullArgumentException.check(initial, "initial"));
  }

  /** The packs in service. */
  public RuleBooks current() {
    return current.get();
  }

  /**
   * Loads the bundled packs plus the packs under {@code dir}, compiles every combination, and puts
   * them in service.
   *
   * @return the packs now in service
   * @throws RulePackException with every problem found; the previous packs stay in service
   */
  public RuleBooks reload(Path dir) {
    return reload(dir, LoadOptions.defaults());
  }

  /**
   * The same, loading the directory with {@code options} (custom DRL accepted only if they allow it;
   * {@link RuleBooks#bundledWith(Path, LoadOptions)}).
   *
   * @return the packs now in service
   * @throws RulePackException with every problem found; the previous packs stay in service
   * @since 0.3
   */
  public RuleBooks reload(Path dir, LoadOptions options) {
    NullArgumentException.check(dir, "dir");
    NullArgumentException.check(options, "options");
    RuleBooks next = RuleBooks.bundledWith(dir, options).validate();
    current.set(next);
    return next;
  }

  /** The packs in service now: an evaluation through {@code Ocop.evaluate} decides and is described by them alone. */
  @Override
  public RuleBooks snapshot() {
    return current.get();
  }

  /**
   * Decides with the packs in service at this call. {@code Ocop.evaluate} takes a {@link #snapshot()}
   * instead, so that a reload between deciding and describing cannot tear its result.
   */
  @Override
  public List<Outcome> decide(ScoredRound round) {
    return current.get().decide(round);
  }

  @Override
  public String description() {
    return current.get().description();
  }
}
