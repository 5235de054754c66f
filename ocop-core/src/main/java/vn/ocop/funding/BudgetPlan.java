package vn.ocop.funding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;

/**
 * A province's OCOP budget plan (kế hoạch kinh phí): lines by year or stage and source, and the
 * totals its document states. On build every stated total must equal the sum of the lines it
 * covers, or the plan is rejected with a {@link BudgetMismatchException} naming the total (and the
 * file line). Immutable and thread-safe.
 *
 * <p>Example: Kiên Giang plan 118/KH-UBND of 13/08/2020 — 326.779 million = state budget 118.955 +
 * counterpart 207.824; 2020: 6.705 = 2.507 + 4.198; 2021–2025: 320.074 = 116.448 + 203.626
 * (bundled as {@code kien-giang-plan-118.budget}, see {@link BudgetPlanFile}).
 *
 * <pre>{@code
 * BudgetPlan plan = BudgetPlan.builder().id("quang-nam-2018-2020").provinceId("quang-nam")
 *     .title("Đề án OCOP Quảng Nam 2018–2020")
 *     .addLines(BudgetLine.millions(PlanPeriod.year(2018), FundingSource.PROVINCIAL_BUDGET, 10_000))
 *     .build();
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class BudgetPlan {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  BudgetPlan() {}


  /** {@return a stable slug, e.g. {@code kien-giang-plan-118}} */
  public abstract String id();

  /** {@return the province's slug, e.g. {@code kien-giang}} */
  public abstract String provinceId();

  /** {@return the plan's title as the document gives it} */
  public abstract String title();

  /** {@return the document that sets the plan, e.g. "Kế hoạch 118/KH-UBND ngày 13/8/2020"} */
  public abstract Optional<String> basis();

  /** {@return the plan's lines, in the document's order} */
  public abstract List<BudgetLine> lines();

  /** {@return the totals the document states; each is checked against the lines on build} */
  public abstract List<DeclaredTotal> declaredTotals();

  /** {@return the sum of every line} */
  public Vnd total() {
    return sum(lines());
  }

  /**
   * {@return the sum of the lines of {@code source}}
   *
   * @param source the source
   */
  public Vnd total(FundingSource source) {
    return sum(lines().stream().filter(l -> l.source() == source).toList());
  }

  /**
   * {@return the sum of the lines whose period lies within {@code period}}
   *
   * @param period the period
   */
  public Vnd total(PlanPeriod period) {
    return sum(lines().stream().filter(l -> l.period().isWithin(period)).toList());
  }

  /** {@return the sum of the state-budget lines ({@link FundingSource#isStateBudget()})} */
  public Vnd stateTotal() {
    return sum(lines().stream().filter(l -> l.source().isStateBudget()).toList());
  }

  /** {@return totals per source, in source order; sources without lines are left out} */
  public Map<FundingSource, Vnd> totalsBySource() {
    Map<FundingSource, Vnd> map = new EnumMap<>(FundingSource.class);
    for (BudgetLine l : lines()) {
      map.merge(l.source(), l.amount(), Vnd::plus);
    }
    return map;
  }

  /**
   * {@return the line of {@code source} whose period contains {@code year}, if any}
   *
   * @param year the year
   * @param source the source
   */
  public Optional<BudgetLine> line(int year, FundingSource source) {
    return lines().stream().filter(l -> l.source() == source && l.period().contains(year)).findFirst();
  }

  /** {@return the first and last year the plan covers} */
  public PlanPeriod span() {
    int from = lines().stream().mapToInt(l -> l.period().fromYear()).min().orElseThrow();
    int to = lines().stream().mapToInt(l -> l.period().toYear()).max().orElseThrow();
    return PlanPeriod.years(from, to);
  }

  static Vnd sum(List<BudgetLine> lines) {
    Vnd s = Vnd.ZERO;
    for (BudgetLine l : lines) {
      s = s.plus(l.amount());
    }
    return s;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BudgetPlan}; {@code id}, {@code provinceId}, {@code title} and at least one line are required. */
  public static final class Builder extends ImmutableBudgetPlan.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the plan: a slug id, at least one line, no two lines of a source over overlapping periods, and
   * each declared total equal to the lines it covers.
   *
   * @throws IllegalArgumentException if the id is not a slug
   * @throws BudgetMismatchException if the lines or totals do not agree
   */
  @Value.Check
  protected void check() {
    if (!id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("Budget plan id '" + id() + "' must be a lowercase ASCII slug");
    }
    if (lines().isEmpty()) {
      throw new BudgetMismatchException(id(), "lines", Vnd.ZERO, Vnd.ZERO, "", "Budget plan '" + id() + "' has no lines");
    }
    // Two lines of one source for overlapping years would count the same money twice.
    List<BudgetLine> seen = new ArrayList<>();
    for (BudgetLine l : lines()) {
      for (BudgetLine s : seen) {
        if (s.source() == l.source() && s.period().overlaps(l.period())) {
          throw new BudgetMismatchException(id(), l.toString(), Vnd.ZERO, Vnd.ZERO, l.origin(),
              "Budget plan '" + id() + "': line " + l + " overlaps line " + s + " of the same source");
        }
      }
      seen.add(l);
    }
    for (DeclaredTotal t : declaredTotals()) {
      for (BudgetLine l : lines()) {
        if (t.period().isPresent() && l.period().overlaps(t.period().get()) && !l.period().isWithin(t.period().get())
            && (t.sources().isEmpty() || t.sources().contains(l.source()))) {
          throw new BudgetMismatchException(id(), t.label(), t.amount(), Vnd.ZERO, t.origin(),
              "Budget plan '" + id() + "': total '" + t.label() + "'" + where(t.origin()) + " covers " + t.period().get()
                  + " but line " + l + " straddles it; split the line by year");
        }
      }
      Vnd computed = sum(lines().stream().filter(t::covers).toList());
      if (!computed.equals(t.amount())) {
        throw new BudgetMismatchException(id(), t.label(), t.amount(), computed, t.origin(),
            "Budget plan '" + id() + "': total '" + t.label() + "'" + where(t.origin()) + " states " + t.amount()
                + " but its lines add up to " + computed + " (difference " + t.amount().minus(computed) + ")");
      }
    }
  }

  private static String where(String origin) {
    return origin.isEmpty() ? "" : " at " + origin;
  }

  @Override
  public String toString() {
    return "BudgetPlan[" + id() + ", " + total() + "]";
  }
}
