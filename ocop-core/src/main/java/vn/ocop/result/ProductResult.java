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
  public ProductResult {
    NullArgumentException.check(sheet, "sheet");
    NullArgumentException.check(outcome, "outcome");
    if (!sheet.product().id().equals(outcome.productId())) {
      throw new IllegalArgumentException("Outcome for '" + outcome.productId() + "' paired with sheet of '" + sheet.product().id() + "'");
    }
  }

  public Product product() {
    return sheet.product();
  }

  /** The product's score, scale 2. */
  public BigDecimal score() {
    return sheet.score();
  }

  /** The mean of part C (product quality), the ranking's third key. */
  public BigDecimal partC() {
    return sheet.partMean(Part.C);
  }

  public Optional<StarRating> stars() {
    return outcome.stars();
  }

  public Decision decision() {
    return outcome.decision();
  }
}
