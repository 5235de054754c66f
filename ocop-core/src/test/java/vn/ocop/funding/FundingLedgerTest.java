package vn.ocop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingLedgerTest {

  private static final BudgetPlan PLAN = BudgetPlanFile.bundled(BudgetPlanFile.KIEN_GIANG_PLAN_118);

  private static Allocation money(int year, FundingSource source, long millions, String to) {
    return new Allocation(LocalDate.of(year, 10, 1), year, source, Vnd.ofMillions(millions), to);
  }

  @Test
  void whatIsLeftPerSourceIsPlannedMinusDisbursed() {
    FundingLedger ledger = FundingLedger.of(PLAN)
        .allocate(money(2020, FundingSource.STATE_BUDGET, 2_000, "Sở NN&PTNT"))
        .allocate(money(2022, FundingSource.STATE_BUDGET, 30_000, "Sở NN&PTNT"))
        .disburse(money(2020, FundingSource.STATE_BUDGET, 1_500, "HTX Sóc Sơn"))
        .disburse(money(2022, FundingSource.STATE_BUDGET, 10_000, "UBND huyện Hòn Đất"));

    Balance state = ledger.balance(FundingSource.STATE_BUDGET);
    assertThat(state.planned()).isEqualTo(Vnd.ofMillions(118_955));
    assertThat(state.allocated()).isEqualTo(Vnd.ofMillions(32_000));
    assertThat(state.disbursed()).isEqualTo(Vnd.ofMillions(11_500));
    assertThat(state.unallocated()).isEqualTo(Vnd.ofMillions(86_955));
    assertThat(state.undisbursed()).isEqualTo(Vnd.ofMillions(20_500));
    assertThat(state.left()).isEqualTo(Vnd.ofMillions(107_455));
    assertThat(ledger.balance(FundingSource.COUNTERPART).left()).isEqualTo(Vnd.ofMillions(207_824));
    assertThat(ledger.balancesBySource()).extracting(Balance::label).containsExactly("state-budget", "counterpart");
  }

  @Test
  void allocatingMoreThanALinePlansFailsNamingTheLine() {
    FundingLedger ledger = FundingLedger.of(PLAN).allocate(money(2020, FundingSource.STATE_BUDGET, 2_500, "Sở NN&PTNT"));

    assertThatThrownBy(() -> ledger.allocate(money(2020, FundingSource.STATE_BUDGET, 8, "UBND huyện Phú Quốc")))
        .isInstanceOfSatisfying(FundingException.class, e -> {
          assertThat(e.year()).isEqualTo(2020);
          assertThat(e.source()).isEqualTo(FundingSource.STATE_BUDGET);
          assertThat(e.requested()).isEqualTo(Vnd.ofMillions(8));
          assertThat(e.available()).contains(Vnd.ofMillions(7));
        })
        .hasMessageContaining("2020 state-budget").hasMessageContaining("UBND huyện Phú Quốc");
  }

  @Test
  void disbursingMoreThanWasAllocatedFails() {
    FundingLedger ledger = FundingLedger.of(PLAN).allocate(money(2021, FundingSource.COUNTERPART, 100, "HTX"));
    assertThatThrownBy(() -> ledger.disburse(money(2021, FundingSource.COUNTERPART, 101, "HTX")))
        .isInstanceOf(FundingException.class).hasMessageContaining("2021–2025 counterpart");
  }

  @Test
  void moneyForAYearOrSourceThePlanDoesNotCoverIsRefused() {
    assertThatThrownBy(() -> FundingLedger.of(PLAN).allocate(money(2026, FundingSource.STATE_BUDGET, 1, "x")))
        .isInstanceOfSatisfying(FundingException.class, e -> assertThat(e.available()).isEmpty())
        .hasMessageContaining("no line for state-budget in 2026");
    assertThatThrownBy(() -> FundingLedger.of(PLAN).allocate(money(2022, FundingSource.CREDIT, 1, "x")))
        .isInstanceOf(FundingException.class).hasMessageContaining("credit");
  }

  @Test
  void addingAnEntryLeavesTheOriginalLedgerUnchanged() {
    FundingLedger empty = FundingLedger.of(PLAN);
    FundingLedger one = empty.allocate(money(2020, FundingSource.COUNTERPART, 1, "x"));
    assertThat(empty.allocations()).isEmpty();
    assertThat(one.allocations()).hasSize(1);
  }

  @Test
  void lineBalancesCountOnlyEntriesUpToTheDate() {
    FundingLedger ledger = FundingLedger.of(PLAN)
        .allocate(new Allocation(LocalDate.of(2021, 3, 1), 2021, FundingSource.STATE_BUDGET, Vnd.ofMillions(10), "a"))
        .allocate(new Allocation(LocalDate.of(2021, 9, 1), 2021, FundingSource.STATE_BUDGET, Vnd.ofMillions(5), "b"));
    BudgetLine stage = PLAN.line(2021, FundingSource.STATE_BUDGET).orElseThrow();
    assertThat(ledger.lineBalances(LocalDate.of(2021, 6, 30)).get(stage).allocated()).isEqualTo(Vnd.ofMillions(10));
    assertThat(ledger.lineBalances(LocalDate.of(2021, 12, 31)).get(stage).allocated()).isEqualTo(Vnd.ofMillions(15));
  }
}
