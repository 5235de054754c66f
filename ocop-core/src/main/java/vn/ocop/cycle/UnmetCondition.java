package vn.ocop.cycle;

import vn.ocop.NullArgumentException;


/**
 * A condition a transition does not meet. Immutable.
 *
 * @param code a stable id, e.g. {@code cycle.evaluation.business-plan}
 * @param messageVi the condition in Vietnamese
 * @param messageEn the condition in English
 * @param legalReference the provision it encodes; empty for the cycle's order, which no single
 *     provision words as a rule
 */
public record UnmetCondition(String code, String messageVi, String messageEn, String legalReference) {
  /**
   * Creates the record, checking its components.
   *
   * @param code a stable id, e.g. {@code cycle.evaluation.business-plan}
   * @param messageVi the condition in Vietnamese
   * @param messageEn the condition in English
   * @param legalReference the provision it encodes; empty for the cycle's order, which no single
   *     provision words as a rule
   * @throws NullArgumentException if a required component is null
   */
  public UnmetCondition {
    NullArgumentException.check(code, "code");
    NullArgumentException.check(messageVi, "messageVi");
    NullArgumentException.check(messageEn, "messageEn");
    NullArgumentException.check(legalReference, "legalReference");
  }

  @Override
  public String toString() {
    return code + ": " + messageEn + (legalReference.isEmpty() ? "" : " (" + legalReference + ")");
  }
}
