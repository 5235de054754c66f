package vn.ocop.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.testing.ProgrammeFixtures;

class CyclePictureTest {

  @Test
  void countsProductsAtEachStepPerCommuneDistrictAndProvinceAtYearEnd() {
    JourneyPolicy p = JourneyPolicy.standard();
    Journey a = Journey.startNew(ProgrammeFixtures.product("a", ProgrammeFixtures.SOC_SON), LocalDate.of(2024, 2, 1), "UBND xã Sóc Sơn")
        .moveTo(CycleStep.BUSINESS_PLAN, LocalDate.of(2024, 5, 1), "UBND huyện Hòn Đất", p, JourneyFacts.none());
    Journey b = Journey.startNew(ProgrammeFixtures.product("b", ProgrammeFixtures.SOC_SON), LocalDate.of(2024, 3, 1), "UBND xã Sóc Sơn");
    Journey c = Journey.enterExisting(ProgrammeFixtures.product("c", ProgrammeFixtures.PHU_QUOC), CycleStep.IMPLEMENTATION,
        LocalDate.of(2024, 4, 1), "UBND huyện Phú Quốc", p, JourneyFacts.none());
    Journey later = Journey.startNew(ProgrammeFixtures.product("d", ProgrammeFixtures.PHU_QUOC), LocalDate.of(2025, 1, 5), "UBND");

    CyclePicture pic = CyclePicture.yearEnd(2024, List.of(a, b, c, later));

    assertThat(pic.count(CycleStep.IDEA)).isEqualTo(1);
    assertThat(pic.count(CycleStep.BUSINESS_PLAN)).isEqualTo(1);
    assertThat(pic.count(CycleStep.IMPLEMENTATION)).isEqualTo(1);
    assertThat(pic.byProvince().get("kien-giang")).containsEntry(CycleStep.IDEA, 1)
        .containsEntry(CycleStep.BUSINESS_PLAN, 1).containsEntry(CycleStep.IMPLEMENTATION, 1);
    assertThat(pic.byDistrict().get("kien-giang/hon-dat")).containsEntry(CycleStep.IDEA, 1).containsEntry(CycleStep.BUSINESS_PLAN, 1);
    assertThat(pic.byDistrict().get("kien-giang/phu-quoc")).containsOnlyKeys(CycleStep.IMPLEMENTATION);
    assertThat(pic.byCommune()).containsOnlyKeys("kien-giang/hon-dat/soc-son");
    assertThat(CyclePicture.on(LocalDate.of(2024, 4, 30), List.of(a)).count(CycleStep.IDEA)).isEqualTo(1);
  }
}
