package vn.ocop.rules.facts;


/**
 * A ground for disqualification the council found for a product, as its scorecard words it ("Hồ sơ
 * bị loại khi: …", "Bị loại nếu …" on the sheets of Decision 26/2026/QĐ-TTg, Phụ lục II).
 *
 * @param productId the product's id
 * @param key the ground's key on the scorecard, e.g. {@code X1}
 * @param text the ground, verbatim
 * @param criterion the code of the criterion the line stands under, or {@code ""}
 */
public record Disqualified(String productId, String key, String text, String criterion) {
  /**
   * Checks the components.
   *
   * @param productId the product's id
   * @param key the ground's key on the scorecard, e.g. {@code X1}
   * @param text the ground, verbatim
   * @param criterion the code of the criterion the line stands under, or {@code ""}
   * @throws vn.ocop.NullArgumentException if a component is null
   */
  public Disqualified {
    vn.ocop.NullArgumentException.check(productId, "productId");
    vn.ocop.NullArgumentException.check(key, "key");
    vn.ocop.NullArgumentException.check(text, "text");
    vn.ocop.NullArgumentException.check(criterion, "criterion");
  }
}
