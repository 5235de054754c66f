package vn.ocop.funding;

import java.time.LocalDate;
import vn.ocop.NullArgumentException;

/**
 * Money assigned (phân bổ) or paid out (giải ngân) against a plan: the date, the plan year it
 * belongs to, the source, the amount and who receives it. Immutable.
 *
 * @param date the day of the decision or payment
 * @param year the plan year the money belongs to
 * @param source the funding source
 * @param amount the amount, positive
 * @param recipient the body, district or producer that receives it; not blank
 */
public record Allocation(LocalDate date, int year, FundingSource source, Vnd amount, String recipient) {
  /**
   * Creates the record, checking its components.
   *
   * @param date the day of the decision or payment
   * @param year the plan year the money belongs to
   * @param source the funding source
   * @param amount the amount, positive
   * @param recipient the body, district or producer that receives it; not blank
   * @throws IllegalArgumentException if the amount is not positive or the recipient is blank
   * @throws NullArgumentException if a required component is null
   */
  public Allocation {
    NullArgumentException.check(date, "date");
    NullArgumentException.check(source, "source");
    NullArgumentException.check(amount, "amount");
    NullArgumentException.check(recipient, "recipient");
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("An allocation or disbursement to '" + recipient + "' must be positive, was " + amount);
    }
    if (recipient.isBlank()) {
      throw new IllegalArgumentException("An allocation or disbursement of " + amount + " names no recipient");
    }
  }
}
