package vn.ocop.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.ocop.NullArgumentException;

/**
 * Allocations and disbursements against a {@link BudgetPlan}. Each allocation is charged to the plan
 * line of its year and source and may not take the line above its planned amount; each
 * disbursement is charged to the same line and may not exceed what was allocated on it. Adding an
 * entry returns a new ledger. Immutable and thread-safe.
 *
 * <pre>{@code
 * FundingLedger ledger = FundingLedger.of(plan)
 *     .allocate(new Allocation(LocalDate.of(2020, 9, 1), 2020, FundingSource.STATE_BUDGET, Vnd.ofMillions(1_000), "Sở NN&PTNT"))
 *     .disburse(new Allocation(LocalDate.of(2020, 11, 1), 2020, FundingSource.STATE_BUDGET, Vnd.ofMillions(400), "HTX Sóc Sơn"));
 * ledger.balance(FundingSource.STATE_BUDGET).left();
 * }</pre>
 */
public final class FundingLedger {
  private final BudgetPlan plan;
  private final List<Allocation> allocations;
  private final List<Allocation> disbursements;

  private FundingLedger(BudgetPlan plan, List<Allocation> allocations, List<Allocation> disbursements) {
    this.plan = plan;
    this.allocations = List.copyOf(allocations);
    this.disbursements = List.copyOf(disbursements);
  }

  /**
   * {@return an empty ledger for {@code plan}}
   *
   * @param plan the plan; not null
   */
  public static FundingLedger of(BudgetPlan plan) {
    return new FundingLedger(NullArgumentException.check(plan, "plan"), List.of(), List.of());
  }

  /** {@return the plan the ledger charges} */
  public BudgetPlan plan() {
    return plan;
  }

  /** {@return the allocations, in the order charged} */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** {@return the disbursements, in the order charged} */
  public List<Allocation> disbursements() {
    return disbursements;
  }

  /**
   * Charges an allocation to the plan line of its year and source.
   *
   * @return a new ledger with the allocation
   * @param a the allocation
   * @throws FundingException if the plan has no such line, or the line would be over-allocated
   */
  public FundingLedger allocate(Allocation a) {
    BudgetLine line = lineFor(a);
    Vnd available = line.amount().minus(sum(allocations, onLine(line)));
    if (a.amount().isGreaterThan(available)) {
      throw new FundingException(plan.id(), a.year(), a.source(), a.amount(), available,
          "Plan '" + plan.id() + "', line " + line + ": allocating " + a.amount() + " to '" + a.recipient()
              + "' exceeds what is left on the line (" + available + ")");
    }
    List<Allocation> next = new ArrayList<>(allocations);
    next.add(a);
    return new FundingLedger(plan, next, disbursements);
  }

  /**
   * Charges a disbursement to the plan line of its year and source.
   *
   * @return a new ledger with the disbursement
   * @param d the disbursement
   * @throws FundingException if the plan has no such line, or more would be paid than was allocated
   */
  public FundingLedger disburse(Allocation d) {
    BudgetLine line = lineFor(d);
    Vnd available = sum(allocations, onLine(line)).minus(sum(disbursements, onLine(line)));
    if (d.amount().isGreaterThan(available)) {
      throw new FundingException(plan.id(), d.year(), d.source(), d.amount(), available,
          "Plan '" + plan.id() + "', line " + line + ": disbursing " + d.amount() + " to '" + d.recipient()
              + "' exceeds what was allocated and not yet paid (" + available + ")");
    }
    List<Allocation> next = new ArrayList<>(disbursements);
    next.add(d);
    return new FundingLedger(plan, allocations, next);
  }

  /**
   * {@return planned, allocated and disbursed for one source over the whole plan}
   *
   * @param source the source
   */
  public Balance balance(FundingSource source) {
    return new Balance(source.slug(), plan.total(source), sum(allocations, x -> x.source() == source),
        sum(disbursements, x -> x.source() == source));
  }

  /** {@return {@link #balance(FundingSource)} for every source the plan has lines for, in source order} */
  public List<Balance> balancesBySource() {
    return plan.totalsBySource().keySet().stream().map(this::balance).toList();
  }

  /**
   * Every plan line with what was allocated and disbursed on it up to and including {@code asOf}.
   * A multi-year line (2021–2025) is shown whole: the plan does not split it by year.
   *
   * @param asOf the last day counted
   * @return the balance of each line, in plan order
   */
  public Map<BudgetLine, Balance> lineBalances(LocalDate asOf) {
    Map<BudgetLine, Balance> map = new LinkedHashMap<>();
    for (BudgetLine l : plan.lines()) {
      Predicate<Allocation> p = onLine(l).and(x -> !x.date().isAfter(asOf));
      map.put(l, new Balance(l.period() + " " + l.source().slug(), l.amount(), sum(allocations, p), sum(disbursements, p)));
    }
    return map;
  }

  /**
   * {@return disbursed between {@code from} and {@code to}, both inclusive, for {@code source}}
   *
   * @param from the first day
   * @param to the last day
   * @param source the source
   */
  public Vnd disbursedBetween(LocalDate from, LocalDate to, FundingSource source) {
    return sum(disbursements, x -> x.source() == source && !x.date().isBefore(from) && !x.date().isAfter(to));
  }

  private BudgetLine lineFor(Allocation a) {
    return plan.line(a.year(), a.source()).orElseThrow(() -> new FundingException(plan.id(), a.year(), a.source(),
        a.amount(), null, "Plan '" + plan.id() + "' has no line for " + a.source().slug() + " in " + a.year()
            + "; cannot charge " + a.amount() + " to '" + a.recipient() + "'"));
  }

  private static Predicate<Allocation> onLine(BudgetLine line) {
    return x -> x.source() == line.source() && line.period().contains(x.year());
  }

  private static Vnd sum(List<Allocation> list, Predicate<Allocation> p) {
    Vnd s = Vnd.ZERO;
    for (Allocation a : list) {
      if (p.test(a)) {
        s = s.plus(a.amount());
      }
    }
    return s;
  }

  @Override
  public String toString() {
    return "FundingLedger[" + plan.id() + ", " + allocations.size() + " allocations, " + disbursements.size() + " disbursements]";
  }
}
