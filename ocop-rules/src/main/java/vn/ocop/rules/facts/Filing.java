package vn.ocop.rules.facts;


/**
 * What a product's dossier asks for and who files it, as rules see it: one per product.
 *
 * @param productId the product's id
 * @param dossierKind {@code FIRST_EVALUATION}, {@code UPGRADE} or {@code RE_EVALUATION}
 *     (Decision 26/2026/QĐ-TTg, Article 6.1)
 * @param enterprise for an enterprise: {@code SME} (small or medium), {@code NOT_SME}, or
 *     {@code UNDECLARED}; {@code ""} for any other producer kind (Decision 26/2026/QĐ-TTg, Article 2.3)
 */
public record Filing(String productId, String dossierKind, String enterprise) {
  /**
   * Checks the components.
   *
   * @param productId the product's id
   * @param dossierKind {@code FIRST_EVALUATION}, {@code UPGRADE} or {@code RE_EVALUATION}
   *     (Decision 26/2026/QĐ-TTg, Article 6.1)
   * @param enterprise for an enterprise: {@code SME} (small or medium), {@code NOT_SME}, or
   *     {@code UNDECLARED}; {@code ""} for any other producer kind (Decision 26/2026/QĐ-TTg, Article 2.3)
   * @throws vn.ocop.NullArgumentException if a component is null
   */
  public Filing {
    vn.ocop.NullArgumentException.check(productId, "productId");
    vn.ocop.NullArgumentException.check(dossierKind, "dossierKind");
    vn.ocop.NullArgumentException.check(enterprise, "enterprise");
  }
}
