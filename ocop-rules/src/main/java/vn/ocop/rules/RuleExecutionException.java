package vn.ocop.rules;

/**
 * A rule failed while a round was evaluated: it went beyond the {@link ExecutionLimits} (firings,
 * findings, message length, time, memory), threw (a division by zero…), or inserted a finding that
 * claims another rule's identity. The evaluation is abandoned; the message is one line naming the
 * pack and the rule. Like {@link RulePackException} it is about a bad pack, not a bug of the host.
 *
 * @since 0.3
 */
public final class RuleExecutionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String pack;
  private final String rule;

  RuleExecutionException(String pack, String rule, String message, Throwable cause) {
    super("rule " + rule + " of pack " + pack + ": " + message, cause);
    this.pack = pack;
    this.rule = rule;
  }

  /**
   * The pack of the rule at fault ({@code id@version}), or the book's description if unknown.
   *
   * @return the pack's ref or the book's description
   */
  public String pack() {
    return pack;
  }

  /**
   * The rule at fault: its {@code @id}, else its name.
   *
   * @return the rule's id or name
   */
  public String rule() {
    return rule;
  }
}
