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

  /**
   * An exception carrying {@code problems}; its message lists them, one a line.
   *
   * @param problems every problem found, in file and line order
   */
  public RulePackException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * The problems, in file and line order.
   *
   * @return the problems, unmodifiable
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in rule packs:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
