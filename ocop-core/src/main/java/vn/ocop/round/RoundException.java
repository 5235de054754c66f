package vn.ocop.round;

import java.util.Optional;

/**
 * A round that is not well formed: a product entered twice, a scorecard by someone not on the
 * council, a district that is not in the province. The message names the round, product and member
 * concerned; so do the fields.
 */
public class RoundException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String round;
  private final String product;
  private final String member;

  /**
   * A round, submission or score sheet that does not hold together.
   *
   * @param round the round's id, or null
   * @param product the product's id, or null
   * @param member the member's id, or null
   * @param message the whole message, naming what is wrong
   */
  public RoundException(String round, String product, String member, String message) {
    super(round == null ? message : "Round " + round + ": " + message);
    this.round = round;
    this.product = product;
    this.member = member;
  }

  /** {@return the id of the round at fault, if known} */
  public Optional<String> round() {
    return Optional.ofNullable(round);
  }

  /** {@return the id of the product at fault, if known} */
  public Optional<String> product() {
    return Optional.ofNullable(product);
  }

  /** {@return the id of the council member at fault, if known} */
  public Optional<String> member() {
    return Optional.ofNullable(member);
  }
}
