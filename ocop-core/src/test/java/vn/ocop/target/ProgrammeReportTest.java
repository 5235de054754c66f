package vn.ocop.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.certificate.CertificateRegistry;
import vn.ocop.certificate.FlowKind;
import vn.ocop.cycle.CycleStep;
import vn.ocop.cycle.Journey;
import vn.ocop.funding.Allocation;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.funding.AwardStatement;
import vn.ocop.funding.BudgetPlanFile;
import vn.ocop.funding.FundingLedger;
import vn.ocop.funding.FundingSource;
import vn.ocop.funding.Vnd;
import vn.ocop.law.StarRating;
import vn.ocop.result.RoundResult;
import vn.ocop.testing.ProgrammeFixtures;

class ProgrammeReportTest {

  private final CertificateRegistry registry = TargetProgressTest.kienGiang2021(20, 12);
  private final FundingLedger ledger = FundingLedger.of(BudgetPlanFile.bundled(BudgetPlanFile.KIEN_GIANG_PLAN_118))
      .allocate(new Allocation(LocalDate.of(2021, 2, 1), 2021, FundingSource.STATE_BUDGET, Vnd.ofMillions(20_000), "Sở NN&PTNT"))
      .disburse(new Allocation(LocalDate.of(2021, 8, 1), 2021, FundingSource.STATE_BUDGET, Vnd.ofMillions(3_000), "HTX"))
      .disburse(new Allocation(LocalDate.of(2021, 12, 1), 2021, FundingSource.STATE_BUDGET, Vnd.ofMillions(1_000), "HTX"));

  private ReportInputs.Builder inputs() {
    return ReportInputs.builder().provinceId("kien-giang").registry(registry)
        .addAllTargets(Targets.seeds()).addAllDistricts(TargetProgressTest.KG_DISTRICTS).ledger(ledger);
  }

  @Test
  void aQuarterlyReportHoldsProgressStockFlowAndMoneyForTheQuarter() {
    ProgrammeReport q3 = ProgrammeReport.quarterly(2021, 3, inputs().build());

    assertThat(q3.from()).isEqualTo(LocalDate.of(2021, 7, 1));
    assertThat(q3.to()).isEqualTo(LocalDate.of(2021, 9, 30));
    assertThat(q3.flow().count(FlowKind.NEW)).isEqualTo(20);
    assertThat(q3.stock().total()).isEqualTo(20);
    assertThat(q3.progress()).extracting(p -> p.target().id())
        .containsExactly("kien-giang-2021-certified", "kien-giang-2021-per-district", "kien-giang-2021-2025-certified",
            "kien-giang-2021-2025-five-stars");
    assertThat(q3.progress().get(0).achieved()).isEqualTo(20);
    assertThat(q3.disbursedInPeriod()).isEqualTo(Vnd.ofMillions(3_000));
    assertThat(q3.money().values()).extracting(b -> b.disbursed()).contains(Vnd.ofMillions(3_000));
    assertThat(q3.cycle()).isEmpty();
  }

  @Test
  void aYearlyReportAddsTheCyclePictureAndTheRoundsAwards() {
    RoundResult round = ProgrammeFixtures.kienGiangRound(LocalDate.of(2021, 6, 28), 1,
        List.of(ProgrammeFixtures.product("kg-a", ProgrammeFixtures.HON_DAT), ProgrammeFixtures.product("kg-b", ProgrammeFixtures.PHU_QUOC)),
        "25", "15", "20");
    AwardSchedule schedule = AwardSchedule.builder().id("kg-test").provinceId("kien-giang")
        .putAmounts(StarRating.THREE_STARS, Vnd.ofMillions(10)).build();
    AwardStatement awards = schedule.apply(round);
    Journey j = Journey.startNew(ProgrammeFixtures.product("kg-c", ProgrammeFixtures.SOC_SON), LocalDate.of(2021, 3, 1), "UBND xã");

    ProgrammeReport y = ProgrammeReport.yearly(2021, inputs().addRounds(round).addAwards(awards).addJourneys(j).build());

    assertThat(y.awardsTotal()).isEqualTo(Vnd.ofMillions(20));
    assertThat(y.cycle()).get().extracting(c -> c.count(CycleStep.IDEA)).isEqualTo(1);
    assertThat(y.flow().count(FlowKind.NEW)).isEqualTo(32);
    assertThat(y.progress().get(0).status()).isEqualTo(TargetStatus.MET);
    assertThat(y.disbursedInPeriod()).isEqualTo(Vnd.ofMillions(4_000));
  }

  @Test
  void afterTheMergerAnAnGiangReportIncludesKienGiangsCertificates() {
    ProgrammeReport q3 = ProgrammeReport.quarterly(2025, 3, ReportInputs.builder().provinceId("an-giang").registry(registry).build());
    // The 2021 certificates expired in 2024; a certificate decided in 2024 would be in the stock.
    CertificateRegistry later = TargetProgressTest.kienGiang2021(0, 0).issue(TargetProgressTest.cert("kg-late",
        ProgrammeFixtures.HON_DAT, LocalDate.of(2024, 5, 1), StarRating.THREE_STARS));
    ProgrammeReport withLate = ProgrammeReport.quarterly(2025, 3, ReportInputs.builder().provinceId("an-giang")
        .registry(later).build());
    assertThat(q3.stock().total()).isZero();
    assertThat(withLate.stock().certificates()).extracting(c -> c.number()).containsExactly("GCN-kg-late");
  }
}
