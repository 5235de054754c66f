package vn.ocop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.ocop.io.ResultsDocument;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.round.Round;
import vn.ocop.rules.LoadOptions;

/**
 * Where the CLI gets its {@link EvaluationPolicy}: the rule packs of {@code ocop-rules}, bundled or
 * from a directory. An interface so that tests can hand the commands a policy of their own.
 */
public interface PolicyProvider {

  /**
   * A policy for one round, what the report says about it, and the province's award schedule when
   * its packs set one.
   */
  record Resolved(EvaluationPolicy policy, ResultsDocument.PolicyInfo info, Optional<AwardSchedule> awards) {
    public Resolved {
      vn.ocop.NullArgumentException.check(awards, "awards");
    }

    /** A policy without awards. */
    public Resolved(EvaluationPolicy policy, ResultsDocument.PolicyInfo info) {
      this(policy, info, Optional.empty());
    }
  }

  /** One problem of a pack directory. */
  record Problem(String file, int line, String message) {
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
  }

  /**
   * The policy for {@code round}: the packs in force for its province on its council date.
   *
   * @param rulesDir a directory of province packs to use with the bundled national packs, if given
   * @param options how far the directory is trusted: custom DRL ({@code --allow-custom-rules}) and
   *     national packs replacing the bundled ones ({@code --allow-national-override}, every outcome
   *     then says so), and the execution limits
   * @throws UserException if no pack covers the round, or the directory's packs are broken
   */
  Resolved forRound(Round round, Optional<Path> rulesDir, LoadOptions options);

  /**
   * Starts, beside the caller, loading what {@link #forRound} will need whatever the round (a fresh JVM
   * reads the round file meanwhile); it must have no other effect, and a problem it meets is left for
   * {@code forRound} to report. Does nothing by default.
   *
   * @param rulesDir the directory of rule packs the round will be evaluated with, if any
   */
  default void prepare(Optional<Path> rulesDir) {}

  /**
   * Checks a directory of packs: files, manifests, sandbox, compilation, compiled custom rules.
   *
   * @return every problem found, in file and line order; empty when the packs are sound
   * @throws UserException if the directory does not exist
   */
  List<Problem> check(Path dir, LoadOptions options);

  /** A one-line summary of the packs in a sound directory, for {@code ocop rules check}. */
  String describe(Path dir, LoadOptions options);
}
