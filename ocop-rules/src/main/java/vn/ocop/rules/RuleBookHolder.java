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

  /**
   * A holder serving {@code initial}.
   *
   * @param initial the packs to serve first
   * @return a new holder
   */
  public static RuleBookHolder of(RuleBooks initial) {
    return new RuleBookHolder(NullArgumentException.check(initial, "initial"));
  }

  /**
   * The packs in service.
   *
   * @return the packs in service now
   */
  public RuleBooks current() {
    return current.get();
  }

  /**
   * Loads the bundled packs plus the packs under {@code dir}, compiles every combination, and puts
   * them in service.
   *
   * @param dir the directory of the host's packs
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
   * @param dir the directory of the host's packs
   * @param options how to load the directory
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

  /**
   * The packs in service now: an evaluation through {@code Ocop.evaluate} decides and is described by them alone.
   *
   * @return the packs in service now
   */
  @Override
  public RuleBooks snapshot() {
    return current.get();
  }

  /**
   * Decides with the packs in service at this call. {@code Ocop.evaluate} takes a {@link #snapshot()}
   * instead, so that a reload between deciding and describing cannot tear its result.
   *
   * @param round the scored round
   * @return one outcome per product, as {@link RuleBooks#decide} gives them
   */
  @Override
  public List<Outcome> decide(ScoredRound round) {
    return current.get().decide(round);
  }

  /**
   * Describes the packs in service at this call.
   *
   * @return the description of {@link #current()}
   */
  @Override
  public String description() {
    return current.get().description();
  }
}
