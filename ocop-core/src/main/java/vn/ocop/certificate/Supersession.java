package vn.ocop.certificate;

import java.time.LocalDate;
import vn.ocop.NullArgumentException;

/**
 * The replacement of a certificate by a later one for the same product, effective on the later
 * one's decision date. Immutable.
 *
 * @param date the later certificate's decision date
 * @param byNumber the later certificate's number
 * @param kind renewal, re-evaluation up or down, or upgrade
 */
public record Supersession(LocalDate date, String byNumber, SupersessionKind kind) {
  /**
   * Creates the record, checking its components.
   *
   * @param date the later certificate's decision date
   * @param byNumber the later certificate's number
   * @param kind renewal, re-evaluation up or down, or upgrade
   * @throws NullArgumentException if a required component is null
   */
  public Supersession {
    NullArgumentException.check(date, "date");
    NullArgumentException.check(byNumber, "byNumber");
    NullArgumentException.check(kind, "kind");
  }
}
