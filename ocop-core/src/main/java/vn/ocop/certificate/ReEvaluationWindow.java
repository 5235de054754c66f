package vn.ocop.certificate;

import java.time.LocalDate;
import vn.ocop.NullArgumentException;

/**
 * When a certificate's holder may file for re-evaluation: no earlier than 180 and no later than 120
 * days before the certificate expires (Decision 26/2026/QĐ-TTg, Article 7.6.a). Immutable.
 *
 * @param certificate the certificate
 * @param opens the first day a dossier may be filed
 * @param closes the last day a dossier may be filed
 * @since 0.2
 */
public record ReEvaluationWindow(Certificate certificate, LocalDate opens, LocalDate closes) {
  /**
   * Creates the record, checking its components.
   *
   * @param certificate the certificate
   * @param opens the first day a dossier may be filed
   * @param closes the last day a dossier may be filed
   * @throws NullArgumentException if a required component is null
   */
  public ReEvaluationWindow {
    NullArgumentException.check(certificate, "certificate");
    NullArgumentException.check(opens, "opens");
    NullArgumentException.check(closes, "closes");
  }

  /**
   * {@return whether the window is open on {@code date}}
   *
   * @param date the date
   */
  public boolean isOpenOn(LocalDate date) {
    return !date.isBefore(opens) && !date.isAfter(closes);
  }
}
