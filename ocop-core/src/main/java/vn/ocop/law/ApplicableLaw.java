package vn.ocop.law;

import vn.ocop.NullArgumentException;


/**
 * The law a product's evaluation is judged by, and why: the instrument whose scorecards score it,
 * the instrument whose procedure decides who certifies it, and the provision that makes them apply.
 * Chosen by {@link LawInForce#forDossier}. Immutable and thread-safe.
 *
 * @param criteria the instrument whose criteria catalogue scores the product (1048, 148 or 26/2026)
 * @param procedure the instrument whose procedure applies (1048, 148, 1489 or 26/2026)
 * @param basis the provision that makes them apply, e.g. Decision 26/2026/QĐ-TTg, Article 12.2.a
 * @param explanationVi why, in Vietnamese, with the dates that decided it
 * @param explanationEn why, in English
 */
public record ApplicableLaw(Instrument criteria, Instrument procedure, LegalReference basis, String explanationVi,
    String explanationEn) {

  /**
   * Checks the components.
   *
   * @param criteria the instrument whose criteria catalogue scores the product
   * @param procedure the instrument whose procedure applies
   * @param basis the provision that makes them apply
   * @param explanationVi why, in Vietnamese
   * @param explanationEn why, in English
   * @throws NullArgumentException if a component is null
   */
  public ApplicableLaw {
    NullArgumentException.check(criteria, "criteria");
    NullArgumentException.check(procedure, "procedure");
    NullArgumentException.check(basis, "basis");
    NullArgumentException.check(explanationVi, "explanationVi");
    NullArgumentException.check(explanationEn, "explanationEn");
  }

  /**
   * {@return whether two laws apply the same criteria and procedure (whatever the reason)}
   *
   * @param other the other law
   */
  public boolean sameRulesAs(ApplicableLaw other) {
    return criteria == other.criteria && procedure == other.procedure;
  }

  /** {@return a short label, e.g. {@code 26/2026/QĐ-TTg} or {@code 148/QĐ-TTg + 1489/QĐ-TTg}} */
  public String label() {
    return criteria == procedure ? criteria.number() : criteria.number() + " + " + procedure.number();
  }

  @Override
  public String toString() {
    return label() + " (" + basis + ")";
  }
}
