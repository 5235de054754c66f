package vn.ocop.cycle;

import java.time.LocalDate;
import java.util.Optional;
import vn.ocop.NullArgumentException;
import vn.ocop.product.Product;

/**
 * A transition a policy is asked to judge. Immutable.
 *
 * @param product the product
 * @param current the step it is at; empty when it is entering the cycle
 * @param requested the step asked for
 * @param date the day
 * @param existingProduct for an entry: whether the product is already on the market
 * @param facts what is known about the product
 */
public record TransitionRequest(Product product, Optional<CycleStep> current, CycleStep requested, LocalDate date,
    boolean existingProduct, JourneyFacts facts) {
  /**
   * Creates the record, checking its components.
   *
   * @param product the product
   * @param current the step it is at; empty when it is entering the cycle
   * @param requested the step asked for
   * @param date the day
   * @param existingProduct for an entry: whether the product is already on the market
   * @param facts what is known about the product
   * @throws NullArgumentException if a required component is null
   */
  public TransitionRequest {
    NullArgumentException.check(product, "product");
    NullArgumentException.check(current, "current");
    NullArgumentException.check(requested, "requested");
    NullArgumentException.check(date, "date");
    NullArgumentException.check(facts, "facts");
  }

  /** {@return whether the product is entering the cycle} */
  public boolean isEntry() {
    return current.isEmpty();
  }
}
