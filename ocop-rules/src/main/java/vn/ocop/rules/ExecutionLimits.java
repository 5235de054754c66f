package vn.ocop.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds within which a {@link RuleBook} evaluates a round, so that an endless or explosive rule
 * fails that evaluation with a {@link RuleExecutionException} naming the pack and the rule, instead
 * of hanging or exhausting the host. Immutable and thread-safe.
 *
 * <table>
 *   <caption>Limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>counts</th></tr>
 *   <tr><td>{@link #firingsPerProduct()}</td><td>1,000</td><td>rule firings whose match holds the product's facts</td></tr>
 *   <tr><td>{@link #firingsPerRound()}</td><td>5,000,000</td><td>rule firings in one evaluation</td></tr>
 *   <tr><td>{@link #findingsPerProduct()}</td><td>200</td><td>findings inserted for one product</td></tr>
 *   <tr><td>{@link #messageLength()}</td><td>2,000</td><td>characters of each message of a finding</td></tr>
 *   <tr><td>{@link #timeLimit()}</td><td>120 s</td><td>wall time of one evaluation, checked at every firing and insertion</td></tr>
 * </table>
 *
 * <p>The bundled packs fire about 10 to 30 rules per product, so the defaults leave a wide margin
 * for real province packs; a national round of 20,000 products takes seconds (docs/performance.md).
 *
 * @since 0.3
 */
public final class ExecutionLimits {
  private static final ExecutionLimits DEFAULTS = new ExecutionLimits(1_000, 5_000_000, 200, 2_000,
      Duration.ofSeconds(120));

  private final int firingsPerProduct;
  private final long firingsPerRound;
  private final int findingsPerProduct;
  private final int messageLength;
  private final Duration timeLimit;

  private ExecutionLimits(int firingsPerProduct, long firingsPerRound, int findingsPerProduct, int messageLength,
      Duration timeLimit) {
    this.firingsPerProduct = positive(firingsPerProduct, "firingsPerProduct");
    this.firingsPerRound = positive(firingsPerRound, "firingsPerRound");
    this.findingsPerProduct = positive(findingsPerProduct, "findingsPerProduct");
    this.messageLength = positive(messageLength, "messageLength");
    vn.ocop.NullArgumentException.check(timeLimit, "timeLimit");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
    }
    this.timeLimit = timeLimit;
  }

  private static int positive(int v, String name) {
    return (int) positive((long) v, name);
  }

  private static long positive(long v, String name) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + v);
    }
    return v;
  }

  /**
   * The defaults of the table above.
   *
   * @return the default limits
   */
  public static ExecutionLimits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another limit on rule firings per product.
   *
   * @param n the most rule firings whose match holds one product's facts
   * @return a copy of these limits with {@code n} as the limit on rule firings per product
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public ExecutionLimits withFiringsPerProduct(int n) {
    return new ExecutionLimits(n, firingsPerRound, findingsPerProduct, messageLength, timeLimit);
  }

  /**
   * These limits with another limit on rule firings per evaluation.
   *
   * @param n the most rule firings (and the most inserted facts) in one evaluation
   * @return a copy of these limits with {@code n} as the limit on rule firings per evaluation
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public ExecutionLimits withFiringsPerRound(long n) {
    return new ExecutionLimits(firingsPerProduct, n, findingsPerProduct, messageLength, timeLimit);
  }

  /**
   * These limits with another limit on findings per product.
   *
   * @param n the most findings inserted for one product
   * @return a copy of these limits with {@code n} as the limit on findings per product
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public ExecutionLimits withFindingsPerProduct(int n) {
    return new ExecutionLimits(firingsPerProduct, firingsPerRound, n, messageLength, timeLimit);
  }

  /**
   * These limits with another limit on message length.
   *
   * @param n the most characters of each message (Vietnamese and English) of a finding
   * @return a copy of these limits with {@code n} as the limit on message length
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public ExecutionLimits withMessageLength(int n) {
    return new ExecutionLimits(firingsPerProduct, firingsPerRound, findingsPerProduct, n, timeLimit);
  }

  /**
   * These limits with another time limit.
   *
   * @param limit the most wall time of one evaluation
   * @return a copy of these limits with {@code limit} as the time limit
   * @throws vn.ocop.NullArgumentException if {@code limit} is null
   * @throws IllegalArgumentException if {@code limit} is zero or negative
   */
  public ExecutionLimits withTimeLimit(Duration limit) {
    return new ExecutionLimits(firingsPerProduct, firingsPerRound, findingsPerProduct, messageLength, limit);
  }

  /**
   * The most rule firings whose match holds one product's facts; one more fails the evaluation.
   *
   * @return the limit (default 1,000)
   */
  public int firingsPerProduct() {
    return firingsPerProduct;
  }

  /**
   * The most rule firings, and the most inserted facts, in one evaluation; one more fails it.
   *
   * @return the limit (default 5,000,000)
   */
  public long firingsPerRound() {
    return firingsPerRound;
  }

  /**
   * The most findings inserted for one product; one more fails the evaluation.
   *
   * @return the limit (default 200)
   */
  public int findingsPerProduct() {
    return findingsPerProduct;
  }

  /**
   * The most characters of each message of a finding; a longer message fails the evaluation.
   *
   * @return the limit (default 2,000)
   */
  public int messageLength() {
    return messageLength;
  }

  /**
   * The most wall time of one evaluation, checked at every firing and insertion.
   *
   * @return the limit (default 120 seconds)
   */
  public Duration timeLimit() {
    return timeLimit;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExecutionLimits l && l.firingsPerProduct == firingsPerProduct
        && l.firingsPerRound == firingsPerRound && l.findingsPerProduct == findingsPerProduct
        && l.messageLength == messageLength && l.timeLimit.equals(timeLimit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(firingsPerProduct, firingsPerRound, findingsPerProduct, messageLength, timeLimit);
  }

  @Override
  public String toString() {
    return "ExecutionLimits[firings " + firingsPerProduct + "/product, " + firingsPerRound + "/round, findings "
        + findingsPerProduct + "/product, messages " + messageLength + " chars, time " + timeLimit + "]";
  }
}
