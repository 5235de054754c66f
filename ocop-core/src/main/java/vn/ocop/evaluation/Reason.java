package vn.ocop.evaluation;

import vn.ocop.NullArgumentException;


/**
 * Why an outcome is what it is: the rule that decided, the pack it came from, a message in
 * Vietnamese and English, and the legal provision the rule encodes.
 *
 * @param ruleId the rule's stable id, e.g. {@code 148.band.4}
 * @param pack the pack and version, e.g. {@code national/148@1}
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 * @param legalReference the provision, e.g. "Quyết định 148/QĐ-TTg, Phụ lục III"; empty for a
 *     library or province choice that no law sets (the message then says so)
 */
public record Reason(String ruleId, String pack, String messageVi, String messageEn, String legalReference) {
  /**
   * Checks the components.
   *
   * @param ruleId the rule's stable id
   * @param pack the pack and version
   * @param messageVi the message in Vietnamese
   * @param messageEn the message in English
   * @param legalReference the provision; empty for a library or province choice
   * @throws NullArgumentException if a component is null
   */
  public Reason {
    NullArgumentException.check(ruleId, "ruleId");
    NullArgumentException.check(pack, "pack");
    NullArgumentException.check(messageVi, "messageVi");
    NullArgumentException.check(messageEn, "messageEn");
    NullArgumentException.check(legalReference, "legalReference");
  }

  @Override
  public String toString() {
    return ruleId + " [" + pack + "] " + messageEn + (legalReference.isEmpty() ? "" : " (" + legalReference + ")");
  }
}
