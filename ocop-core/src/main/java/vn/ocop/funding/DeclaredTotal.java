package vn.ocop.funding;

import java.util.Optional;
import java.util.Set;
import vn.ocop.NullArgumentException;

/**
 * A total that a plan's document states, to be checked against the sum of the plan's lines: the
 * grand total, a year's or a stage's total, a source's total, or a source within a stage. Plan 118
 * of Kiên Giang, for example, states 326.779 (grand), 118.955 (state budget), 207.824
 * (counterpart), 6.705 (2020) and 320.074 (2021–2025), all in millions. Immutable.
 *
 * @param label what the document calls the total, for messages
 * @param period the stage the total covers (the lines whose period lies within it); empty for all
 * @param sources the sources the total covers; empty for all
 * @param amount the stated amount
 * @param origin where the total was written, e.g. {@code kien-giang-plan-118.budget:17}; empty when
 *     built in code
 */
public record DeclaredTotal(String label, Optional<PlanPeriod> period, Set<FundingSource> sources, Vnd amount, String origin) {

  /**
   * Creates the record, checking its components.
   *
   * @param label what the document calls the total, for messages
   * @param period the stage the total covers (the lines whose period lies within it); empty for all
   * @param sources the sources the total covers; empty for all
   * @param amount the stated amount
   * @param origin where the total was written, e.g. {@code kien-giang-plan-118.budget:17}; empty when
   *     built in code
   * @throws NullArgumentException if a required component is null
   */
  public DeclaredTotal {
    NullArgumentException.check(label, "label");
    NullArgumentException.check(period, "period");
    sources = Set.copyOf(sources);
    NullArgumentException.check(amount, "amount");
    NullArgumentException.check(origin, "origin");
  }

  /**
   * {@return a total built in code}
   *
   * @param label the total's label, as the plan writes it
   * @param period the years it covers; empty for the whole plan
   * @param sources the sources it sums; empty for every source
   * @param amount the stated amount
   */
  public static DeclaredTotal of(String label, Optional<PlanPeriod> period, Set<FundingSource> sources, Vnd amount) {
    return new DeclaredTotal(label, period, sources, amount, "");
  }

  /**
   * {@return whether {@code line} counts towards this total}
   *
   * @param line a line of the plan
   */
  public boolean covers(BudgetLine line) {
    return period.map(p -> line.period().isWithin(p)).orElse(true)
        && (sources.isEmpty() || sources.contains(line.source()));
  }

  @Override
  public String toString() {
    return label + " = " + amount + (origin.isEmpty() ? "" : " (" + origin + ")");
  }
}
