package vn.ocop.funding;

import vn.ocop.NullArgumentException;


/**
 * A budget plan whose stated total does not equal the sum of the lines it covers, or whose lines
 * cannot be summed honestly (a line that straddles a stated stage, two lines of one source for
 * overlapping years). The plan is rejected; the exception names the plan, the total or line at
 * fault and, for a file, where it was written.
 */
public class BudgetMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String planId;
  private final String item;
  private final Vnd declared;
  private final Vnd computed;
  private final String origin;

  /**
   * A budget plan whose totals or lines do not agree.
   *
   * @param planId the plan
   * @param item the total or line at fault, as the plan labels it
   * @param declared the stated amount (zero when the fault is not a sum)
   * @param computed the sum of the lines (zero when the fault is not a sum)
   * @param origin file and line where the item was written; empty when built in code
   * @param message the full message
   * @throws NullArgumentException if an argument other than {@code message} is null
   */
  public BudgetMismatchException(String planId, String item, Vnd declared, Vnd computed, String origin, String message) {
    super(message);
    this.planId = NullArgumentException.check(planId, "planId");
    this.item = NullArgumentException.check(item, "item");
    this.declared = NullArgumentException.check(declared, "declared");
    this.computed = NullArgumentException.check(computed, "computed");
    this.origin = NullArgumentException.check(origin, "origin");
  }

  /** {@return the id of the plan at fault} */
  public String planId() {
    return planId;
  }

  /** {@return the total or line at fault} */
  public String item() {
    return item;
  }

  /** {@return the stated amount (zero when the fault is not a sum)} */
  public Vnd declared() {
    return declared;
  }

  /** {@return the sum of the lines (zero when the fault is not a sum)} */
  public Vnd computed() {
    return computed;
  }

  /** {@return the difference, declared minus computed} */
  public Vnd difference() {
    return declared.minus(computed);
  }

  /** {@return file and line, e.g. {@code kien-giang-plan-118.budget:17}; empty when built in code} */
  public String origin() {
    return origin;
  }
}
