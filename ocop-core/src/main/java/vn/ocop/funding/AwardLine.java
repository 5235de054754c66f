package vn.ocop.funding;

import java.util.Optional;
import vn.ocop.NullArgumentException;
import vn.ocop.law.StarRating;

/**
 * The award for one certified product. Immutable.
 *
 * @param productId the product
 * @param productName its name, for reports
 * @param stars the stars it was certified at
 * @param previouslyPaidFor the highest level it had already been paid for, under
 *     {@link AwardMode#ONCE_PER_LEVEL}
 * @param amount the amount due, never negative
 */
public record AwardLine(String productId, String productName, StarRating stars, Optional<StarRating> previouslyPaidFor, Vnd amount) {
  /**
   * Creates the record, checking its components.
   *
   * @param productId the product
   * @param productName its name, for reports
   * @param stars the stars it was certified at
   * @param previouslyPaidFor the highest level it had already been paid for, under
   *     {@link AwardMode#ONCE_PER_LEVEL}
   * @param amount the amount due, never negative
   * @throws NullArgumentException if a required component is null
   */
  public AwardLine {
    NullArgumentException.check(productId, "productId");
    NullArgumentException.check(productName, "productName");
    NullArgumentException.check(stars, "stars");
    NullArgumentException.check(previouslyPaidFor, "previouslyPaidFor");
    NullArgumentException.check(amount, "amount");
  }
}
