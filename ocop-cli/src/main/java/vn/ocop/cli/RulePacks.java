package vn.ocop.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.ocop.round.Round;

/**
 * The rule packs of {@code ocop-rules} as the CLI's {@link PolicyProvider}.
 *
 * <p>Until {@code ocop-rules} is part of the build this provider says so and stops: the CLI has no
 * rules of its own.
 */
final class RulePacks implements PolicyProvider {
  static final RulePacks INSTANCE = new RulePacks();

  private RulePacks() {}

  private static UserException missing() {
    return new UserException("the rule packs (ocop-rules) are not part of this build yet; evaluation needs them");
  }

  @Override
  public Resolved forRound(Round round, Optional<Path> rulesDir) {
    throw missing();
  }

  @Override
  public List<Problem> check(Path dir) {
    throw missing();
  }

  @Override
  public String describe(Path dir) {
    throw missing();
  }
}
