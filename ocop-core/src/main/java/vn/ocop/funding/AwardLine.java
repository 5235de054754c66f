package vn.ocop.funding;

import java.util.Objects;
import java.util.Optional;
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
  public AwardLine {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(productName, "productName");
    Objects.requireNonNull(stars, "stars");
    Objects.requireNonNull(previouslyPaidFor, "previouslyPaidFor");
    Objects.requireNonNull(amount, "amount");
  }
}
