package vn.ocop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kiên Giang plan 118/KH-UBND (2020–2025): the bundled file reconciles, and wrong plans are rejected naming the line. */
class KienGiangPlan118Test {

  private static final String HEADER = """
      plan: kien-giang-plan-118
      province: kien-giang
      title: Kế hoạch 118
      unit: million-vnd
      """;

  @Test
  void theBundledPlanReconcilesToThePublishedFigures() {
    BudgetPlan plan = BudgetPlanFile.bundled(BudgetPlanFile.KIEN_GIANG_PLAN_118);

    assertThat(plan.total()).isEqualTo(Vnd.ofMillions(326_779));
    assertThat(plan.total(FundingSource.STATE_BUDGET)).isEqualTo(Vnd.ofMillions(118_955));
    assertThat(plan.total(FundingSource.COUNTERPART)).isEqualTo(Vnd.ofMillions(207_824));
    assertThat(plan.total(PlanPeriod.year(2020))).isEqualTo(Vnd.ofMillions(6_705));
    assertThat(plan.total(PlanPeriod.years(2021, 2025))).isEqualTo(Vnd.ofMillions(320_074));
    assertThat(plan.stateTotal()).isEqualTo(Vnd.ofMillions(118_955));
    assertThat(plan.declaredTotals()).hasSize(5);
    assertThat(plan.span()).isEqualTo(PlanPeriod.years(2020, 2025));
    assertThat(plan.total().dong()).isEqualTo(326_779_000_000L);
  }

  @Test
  void thePlanBuiltInCodeEqualsTheBundledFileLineForLine() {
    BudgetPlan inCode = BudgetPlan.builder().id("kien-giang-plan-118").provinceId("kien-giang").title("Kế hoạch 118")
        .addLines(BudgetLine.millions(PlanPeriod.year(2020), FundingSource.STATE_BUDGET, 2_507))
        .addLines(BudgetLine.millions(PlanPeriod.year(2020), FundingSource.COUNTERPART, 4_198))
        .addLines(BudgetLine.millions(PlanPeriod.years(2021, 2025), FundingSource.STATE_BUDGET, 116_448))
        .addLines(BudgetLine.millions(PlanPeriod.years(2021, 2025), FundingSource.COUNTERPART, 203_626))
        .addDeclaredTotals(DeclaredTotal.of("Tổng kinh phí", Optional.empty(), Set.of(), Vnd.ofMillions(326_779)))
        .build();
    BudgetPlan file = BudgetPlanFile.bundled(BudgetPlanFile.KIEN_GIANG_PLAN_118);

    assertThat(inCode.totalsBySource()).isEqualTo(file.totalsBySource());
    assertThat(inCode.lines()).extracting(BudgetLine::amount).isEqualTo(file.lines().stream().map(BudgetLine::amount).toList());
  }

  @Test
  void aPlanWhoseStageTotalDoesNotAddUpIsRejectedNamingTheTotalAndItsLine() {
    // 2021-2025 counterpart mistyped 203,262 instead of 203,626.
    String text = HEADER + """
        line: 2020 | state-budget | 2507
        line: 2020 | counterpart | 4198
        line: 2021-2025 | state-budget | 116448
        line: 2021-2025 | counterpart | 203262
        total: Năm 2020 | 2020 | * | 6705
        total: Giai đoạn 2021-2025 | 2021-2025 | * | 320074
        """;

    assertThatThrownBy(() -> BudgetPlanFile.read("wrong.budget", new StringReader(text)))
        .isInstanceOfSatisfying(BudgetMismatchException.class, e -> {
          assertThat(e.item()).isEqualTo("Giai đoạn 2021-2025");
          assertThat(e.origin()).isEqualTo("wrong.budget:10");
          assertThat(e.declared()).isEqualTo(Vnd.ofMillions(320_074));
          assertThat(e.computed()).isEqualTo(Vnd.ofMillions(319_710));
          assertThat(e.difference()).isEqualTo(Vnd.ofMillions(364));
          assertThat(e.planId()).isEqualTo("kien-giang-plan-118");
        })
        .hasMessageContaining("Giai đoạn 2021-2025").hasMessageContaining("wrong.budget:10");
  }

  @Test
  void aWrongGrandTotalBuiltInCodeIsRejectedNamingIt() {
    assertThatThrownBy(() -> BudgetPlan.builder().id("kg").provinceId("kien-giang").title("t")
        .addLines(BudgetLine.millions(PlanPeriod.year(2020), FundingSource.STATE_BUDGET, 2_507))
        .addLines(BudgetLine.millions(PlanPeriod.year(2020), FundingSource.COUNTERPART, 4_198))
        .addDeclaredTotals(DeclaredTotal.of("Tổng 2020", Optional.of(PlanPeriod.year(2020)), Set.of(), Vnd.ofMillions(6_750)))
        .build())
        .isInstanceOfSatisfying(BudgetMismatchException.class, e -> {
          assertThat(e.item()).isEqualTo("Tổng 2020");
          assertThat(e.origin()).isEmpty();
          assertThat(e.computed()).isEqualTo(Vnd.ofMillions(6_705));
        });
  }

  @Test
  void aLineThatStraddlesAStatedStageIsRejected() {
    assertThatThrownBy(() -> BudgetPlan.builder().id("kg").provinceId("kien-giang").title("t")
        .addLines(BudgetLine.millions(PlanPeriod.years(2020, 2021), FundingSource.STATE_BUDGET, 100))
        .addDeclaredTotals(DeclaredTotal.of("Năm 2020", Optional.of(PlanPeriod.year(2020)), Set.of(), Vnd.ofMillions(100)))
        .build())
        .isInstanceOf(BudgetMismatchException.class).hasMessageContaining("straddles");
  }

  @Test
  void twoLinesOfOneSourceForOverlappingYearsAreRejected() {
    assertThatThrownBy(() -> BudgetPlan.builder().id("kg").provinceId("kien-giang").title("t")
        .addLines(BudgetLine.millions(PlanPeriod.years(2021, 2025), FundingSource.COUNTERPART, 100))
        .addLines(BudgetLine.millions(PlanPeriod.year(2023), FundingSource.COUNTERPART, 5))
        .build())
        .isInstanceOf(BudgetMismatchException.class).hasMessageContaining("overlaps");
  }

  @Test
  void anUnknownKeyIsAnErrorNamingFileAndLine() {
    String text = HEADER + "line: 2020 | state-budget | 2507\ncurrency: VND\n";
    assertThatThrownBy(() -> BudgetPlanFile.read("typo.budget", new StringReader(text)))
        .isInstanceOfSatisfying(BudgetFileException.class, e -> {
          assertThat(e.file()).isEqualTo("typo.budget");
          assertThat(e.line()).isEqualTo(6);
        })
        .hasMessageContaining("unknown key 'currency'");
  }

  @Test
  void anUnknownSourceAnAmountWithSeparatorsAndARepeatedHeaderAreErrorsWithTheirLine() {
    assertThatThrownBy(() -> BudgetPlanFile.read("f", new StringReader(HEADER + "line: 2020 | state | 1\n")))
        .isInstanceOfSatisfying(BudgetFileException.class, e -> assertThat(e.line()).isEqualTo(5))
        .hasMessageContaining("unknown funding source 'state'");
    assertThatThrownBy(() -> BudgetPlanFile.read("f", new StringReader(HEADER + "line: 2020 | counterpart | 4.198\n")))
        .isInstanceOfSatisfying(BudgetFileException.class, e -> assertThat(e.line()).isEqualTo(5))
        .hasMessageContaining("plain digits");
    assertThatThrownBy(() -> BudgetPlanFile.read("f", new StringReader(HEADER + "unit: vnd\n")))
        .isInstanceOfSatisfying(BudgetFileException.class, e -> assertThat(e.line()).isEqualTo(5))
        .hasMessageContaining("'unit' is given twice");
    assertThatThrownBy(() -> BudgetPlanFile.read("f", new StringReader("plan: p\nprovince: x\ntitle: t\nline: 2020 | counterpart | 1\n")))
        .isInstanceOfSatisfying(BudgetFileException.class, e -> assertThat(e.line()).isEqualTo(4))
        .hasMessageContaining("'unit:' must come before");
  }

  @Test
  void quangNamPlansTenBillionAYearFromTheProvincialBudget() {
    BudgetPlan plan = BudgetPlanFile.bundled(BudgetPlanFile.QUANG_NAM_2018_2020);

    for (int year = 2018; year <= 2020; year++) {
      assertThat(plan.line(year, FundingSource.PROVINCIAL_BUDGET)).get()
          .extracting(BudgetLine::amount).isEqualTo(Vnd.ofMillions(10_000));
    }
    assertThat(plan.line(2021, FundingSource.PROVINCIAL_BUDGET)).isEmpty();
    assertThat(plan.total()).isEqualTo(Vnd.ofMillions(30_000));
    assertThat(plan.declaredTotals()).isEmpty();
  }
}
