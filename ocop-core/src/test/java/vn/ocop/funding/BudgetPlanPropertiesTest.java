package vn.ocop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BudgetPlanPropertiesTest {

  /** Lines for distinct (year, source) pairs in 2020–2025, amounts up to 10^14 đồng, so that 20 lines cannot overflow. */
  private static Gen<List<BudgetLine>> lines() {
    return in -> {
      List<BudgetLine> list = new ArrayList<>();
      int n = integers().between(1, 20).generate(in);
      java.util.Set<String> used = new java.util.HashSet<>();
      for (int i = 0; i < n; i++) {
        int year = integers().between(2020, 2025).generate(in);
        FundingSource source = FundingSource.values()[integers().between(0, FundingSource.values().length - 1).generate(in)];
        if (used.add(year + source.slug())) {
          list.add(BudgetLine.of(PlanPeriod.year(year), source, Vnd.of(longs().between(0, 100_000_000_000_000L).generate(in))));
        }
      }
      return list;
    };
  }

  private static BudgetPlan.Builder plan(List<BudgetLine> lines) {
    return BudgetPlan.builder().id("p").provinceId("kien-giang").title("t").addAllLines(lines);
  }

  @Test
  void planTotalsEqualTheSumOfTheirLines() {
    qt().forAll(lines()).checkAssert(lines -> {
      BudgetPlan p = plan(lines).build();
      long sum = lines.stream().mapToLong(l -> l.amount().dong()).sum();
      assertThat(p.total().dong()).isEqualTo(sum);
      long bySources = p.totalsBySource().values().stream().mapToLong(Vnd::dong).sum();
      assertThat(bySources).isEqualTo(sum);
      long byYears = 0;
      for (int y = 2020; y <= 2025; y++) {
        byYears += p.total(PlanPeriod.year(y)).dong();
      }
      assertThat(byYears).isEqualTo(sum);
    });
  }

  @Test
  void aDeclaredTotalIsAcceptedExactlyWhenItEqualsTheSum() {
    qt().forAll(lines(), longs().between(-1_000, 1_000)).checkAssert((lines, delta) -> {
      Vnd sum = BudgetPlan.sum(lines);
      Vnd declared = sum.plus(Vnd.of(delta));
      BudgetPlan.Builder b = plan(lines).addDeclaredTotals(DeclaredTotal.of("Tổng", Optional.empty(), Set.of(), declared));
      if (delta == 0) {
        assertThat(b.build().total()).isEqualTo(declared);
      } else {
        assertThatThrownBy(b::build).isInstanceOfSatisfying(BudgetMismatchException.class,
            e -> assertThat(e.difference()).isEqualTo(Vnd.of(delta)));
      }
    });
  }
}
