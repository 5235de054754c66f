package vn.ocop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.law.Instrument;

/** Which bundled catalogue is in force on a date, and the part-level catalogue of Decision 1048. */
class CataloguesTest {

  @Test
  void noCatalogueIsInForceTheDayBeforeDecision1048() {
    assertThatThrownBy(() -> Catalogues.inForceOn(LocalDate.of(2019, 8, 20)))
        .isInstanceOfSatisfying(NoCatalogueInForceException.class, e -> {
          assertThat(e.date()).isEqualTo(LocalDate.of(2019, 8, 20));
          assertThat(e.nearestInstrument()).isEqualTo(Instrument.D1048);
          assertThat(e.nearestFrom()).isEqualTo(LocalDate.of(2019, 8, 21));
        })
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2019-08-20").hasMessageContaining("1048/QĐ-TTg").hasMessageContaining("2019-08-21");
  }

  @Test
  void decision1048IsInForceFromItsFirstDayToTheDayBefore148() {
    assertThat(Catalogues.inForceOn(LocalDate.of(2019, 8, 21)).instrument()).isEqualTo(Instrument.D1048);
    assertThat(Catalogues.inForceOn(LocalDate.of(2023, 2, 23)).instrument()).isEqualTo(Instrument.D1048);
  }

  @Test
  void decision148IsInForceFromTwentyFourthFebruary2023AndAfter1489() {
    assertThat(Catalogues.inForceOn(LocalDate.of(2023, 2, 24)).instrument()).isEqualTo(Instrument.D148);
    assertThat(Catalogues.inForceOn(LocalDate.of(2026, 1, 1)).instrument()).isEqualTo(Instrument.D148);
  }

  @Test
  void decision1048IsPartLevelWithMaximaThirtyFiveTwentyFiveForty() {
    Catalogue c = Catalogues.decision1048();
    assertThat(c.isOptionLevel()).isFalse();
    assertThat(c.partMaximum(Part.A)).isEqualTo(35);
    assertThat(c.partMaximum(Part.B)).isEqualTo(25);
    assertThat(c.partMaximum(Part.C)).isEqualTo(40);
    assertThat(c.productGroups()).extracting(ProductGroup::nameVi).containsExactly("Thực phẩm", "Đồ uống", "Thảo dược",
        "Vải và may mặc", "Lưu niệm – nội thất – trang trí", "Dịch vụ du lịch nông thôn và bán hàng");
    assertThat(c.productGroups()).allSatisfy(g -> assertThat(g.nameEn()).isNotBlank());
  }

  @Test
  void findsTheCatalogueOfAnInstrumentAnd781GivesTheAmended1048() {
    assertThat(Catalogues.forInstrument(Instrument.D148)).isSameAs(Catalogues.decision148());
    assertThat(Catalogues.forInstrument(Instrument.D1048)).isSameAs(Catalogues.decision1048());
    assertThat(Catalogues.forInstrument(Instrument.D781)).isSameAs(Catalogues.decision1048());
    assertThat(Catalogues.forInstrument(Instrument.D26_2026)).isSameAs(Catalogues.decision26of2026());
    assertThatThrownBy(() -> Catalogues.forInstrument(Instrument.D1489)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1489/QĐ-TTg");
  }

  @Test
  void listsAllCataloguesOldestFirstAndLoadsEachOnce() {
    assertThat(Catalogues.all()).extracting(Catalogue::instrument)
        .containsExactly(Instrument.D1048, Instrument.D148, Instrument.D26_2026);
    assertThat(Catalogues.decision148()).isSameAs(Catalogues.decision148());
    assertThat(Catalogues.decision26of2026()).isSameAs(Catalogues.decision26of2026());
  }
}
