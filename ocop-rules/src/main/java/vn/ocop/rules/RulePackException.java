package vn.ocop.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule pack (or a set of packs) cannot be loaded or compiled. Carries every problem found, each
 * with its file and line, so a province can fix them all at once.
 *
 * @since 0.1.0
 */
public final class RulePackException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public RulePackException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file and line order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in rule packs:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
