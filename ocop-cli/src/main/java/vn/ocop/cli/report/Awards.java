package vn.ocop.cli.report;

import java.util.Map;
import java.util.Optional;
import vn.ocop.cli.io.ResultsDocument;

/**
 * The provincial awards of a round, where the packs set them: parameters {@code award.3},
 * {@code award.4}, {@code award.5} (VND per certified product at that level) times the products
 * certified at that level. The packs decide who gets an award; this only adds up what they set, for
 * the report's summary.
 */
final class Awards {
  private Awards() {}

  /** The total in millions of VND, if any pack sets an award. */
  static Optional<Long> total(ResultsDocument doc) {
    Map<String, String> params = doc.policy().parameters();
    long vnd = 0;
    boolean any = false;
    for (int stars = 3; stars <= 5; stars++) {
      String amount = params.get("award." + stars);
      if (amount == null) {
        continue;
      }
      any = true;
      int level = stars;
      long certified = doc.products().stream()
          .filter(p -> "CERTIFY".equals(p.decision()) && p.stars() != null && p.stars() == level).count();
      vnd += certified * Long.parseLong(amount.trim());
    }
    return any ? Optional.of(vnd / 1_000_000) : Optional.empty();
  }
}
