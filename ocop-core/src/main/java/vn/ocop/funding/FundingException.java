package vn.ocop.funding;

import java.util.Optional;
import vn.ocop.NullArgumentException;

/**
 * Money that a plan cannot cover: an allocation for a year and source the plan has no line for,
 * more allocated than the line plans, or more disbursed than was allocated. Names the plan, the
 * line (year and source) and the amounts.
 */
public class FundingException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String planId;
  private final int year;
  private final FundingSource source;
  private final Vnd requested;
  private final Vnd available;

  /**
   * Creates the exception.
   *
   * @param planId the plan's id; not null
   * @param year the year of the allocation or disbursement
   * @param source the source of the money; not null
   * @param requested the amount asked for; not null
   * @param available what was left to cover it, or null when the plan has no line
   * @param message the whole message
   * @throws NullArgumentException if {@code planId}, {@code source} or {@code requested} is null
   */
  public FundingException(String planId, int year, FundingSource source, Vnd requested, Vnd available, String message) {
    super(message);
    this.planId = NullArgumentException.check(planId, "planId");
    this.year = year;
    this.source = NullArgumentException.check(source, "source");
    this.requested = NullArgumentException.check(requested, "requested");
    this.available = available;
  }

  /** {@return the id of the plan} */
  public String planId() {
    return planId;
  }

  /** {@return the year of the allocation or disbursement} */
  public int year() {
    return year;
  }

  /** {@return the source of the money} */
  public FundingSource source() {
    return source;
  }

  /** {@return the amount asked for} */
  public Vnd requested() {
    return requested;
  }

  /** {@return what was left to cover it; empty when the plan has no line at all} */
  public Optional<Vnd> available() {
    return Optional.ofNullable(available);
  }
}
