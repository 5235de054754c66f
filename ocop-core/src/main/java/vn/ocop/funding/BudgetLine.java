package vn.ocop.funding;

import vn.ocop.NullArgumentException;


/**
 * One line of a budget plan: the money one source puts in over a year or a stage. Immutable.
 *
 * @param period the year or stage; not null
 * @param source the funding source; not null
 * @param amount the amount, not negative
 * @param origin where the line was written, e.g. {@code kien-giang-plan-118.budget:12}; empty when
 *     built in code
 */
public record BudgetLine(PlanPeriod period, FundingSource source, Vnd amount, String origin) {

  /**
   * Creates the record, checking its components.
   *
   * @param period the year or stage; not null
   * @param source the funding source; not null
   * @param amount the amount, not negative
   * @param origin where the line was written, e.g. {@code kien-giang-plan-118.budget:12}; empty when
   *     built in code
   * @throws IllegalArgumentException if the amount is negative
   * @throws NullArgumentException if a required component is null
   */
  public BudgetLine {
    NullArgumentException.check(period, "period");
    NullArgumentException.check(source, "source");
    NullArgumentException.check(amount, "amount");
    NullArgumentException.check(origin, "origin");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("Budget line " + period + " " + source.slug() + " has a negative amount " + amount);
    }
  }

  /**
   * {@return a line built in code}
   *
   * @param period the years the line covers
   * @param source the source of the money
   * @param amount the amount; not negative
   */
  public static BudgetLine of(PlanPeriod period, FundingSource source, Vnd amount) {
    return new BudgetLine(period, source, amount, "");
  }

  /**
   * {@return a line in millions of đồng, built in code}
   *
   * @param period the years the line covers
   * @param source the source of the money
   * @param millions the amount in millions of đồng; not negative
   */
  public static BudgetLine millions(PlanPeriod period, FundingSource source, long millions) {
    return of(period, source, Vnd.ofMillions(millions));
  }

  @Override
  public String toString() {
    return period + " " + source.slug() + " " + amount + (origin.isEmpty() ? "" : " (" + origin + ")");
  }
}
