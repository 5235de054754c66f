package vn.ocop.certificate;

import java.time.LocalDate;
import vn.ocop.NullArgumentException;

/**
 * A decision revoking a certificate, effective from its date (inclusive). Immutable.
 *
 * @param date the day it takes effect
 * @param ground the ground
 * @param details free text: what was found, the decision's number
 * @param body the body that revoked it
 */
public record Revocation(LocalDate date, RevocationGround ground, String details, String body) {
  /**
   * Creates the record, checking its components.
   *
   * @param date the day it takes effect
   * @param ground the ground
   * @param details free text: what was found, the decision's number
   * @param body the body that revoked it
   * @throws NullArgumentException if a required component is null
   */
  public Revocation {
    NullArgumentException.check(date, "date");
    NullArgumentException.check(ground, "ground");
    NullArgumentException.check(details, "details");
    NullArgumentException.check(body, "body");
  }
}
