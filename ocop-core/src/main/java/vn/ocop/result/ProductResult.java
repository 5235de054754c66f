package vn.ocop.result;

import java.math.BigDecimal;
import java.util.Optional;
import vn.ocop.NullArgumentException;
import vn.ocop.catalog.Part;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.product.Product;
import vn.ocop.scoring.ScoreSheet;

/**
 * One product's result in a round: its score sheet and the policy's outcome. Immutable and
 * thread-safe.
 *
 * @param sheet the product's scores
 * @param outcome the policy's decision
 */
public record ProductResult(ScoreSheet sheet, Outcome outcome) {
  /**
   * Checks the components.
   *
   * @param sheet the product's scores
   * @param outcome the policy's decision, for the same product
   * @throws NullArgumentException if a component is null
   * @throws IllegalArgumentException if the outcome is for another product than the sheet
   */
  public ProductResult {
    NullArgumentException.check(sheet, "sheet");
    NullArgumentException.check(outcome, "outcome");
    if (!sheet.product().id().equals(outcome.productId())) {
      throw new IllegalArgumentException("Outcome for '" + outcome.productId() + "' paired with sheet of '" + sheet.product().id() + "'");
    }
  }

  /** {@return the product} */
  public Product product() {
    return sheet.product();
  }

  /** {@return the product's score, scale 2} */
  public BigDecimal score() {
    return sheet.score();
  }

  /** {@return the mean of part C (product quality), the ranking's third key} */
  public BigDecimal partC() {
    return sheet.partMean(Part.C);
  }

  /** {@return the stars the policy gave; empty when it gave none} */
  public Optional<StarRating> stars() {
    return outcome.stars();
  }

  /** {@return the policy's decision} */
  public Decision decision() {
    return outcome.decision();
  }
}
