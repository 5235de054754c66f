package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.place.Places;

/** The product code T-X-STT-year of Decision 26/2026/QĐ-TTg's score sheets. */
class ProductCodeTest {
  private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

  @Test
  void aCodeReadsAndPrintsBackExactly() {
    ProductCode c = ProductCode.parse("91-30817-12-2026");
    assertThat(c.province()).isEqualTo(Places.province("an-giang", JAN_2026));
    assertThat(c.commune().fullName()).isEqualTo("Xã Hòn Đất");
    assertThat(c.serial()).isEqualTo(12);
    assertThat(c.year()).isEqualTo(2026);
    assertThat(c).hasToString("91-30817-12-2026");
    assertThat(ProductCode.parse(c.toString())).isEqualTo(c);
  }

  @Test
  void ofBuildsTheSameCodeFromTheUnits() {
    AdministrativeUnit anGiang = Places.province("an-giang", JAN_2026);
    AdministrativeUnit phuQuoc = Places.commune(anGiang, "phu-quoc", JAN_2026);
    ProductCode c = ProductCode.of(anGiang, phuQuoc, 3, 2026);
    assertThat(c).hasToString("91-31078-3-2026");
    assertThat(c).isEqualTo(ProductCode.parse("91-31078-3-2026"));
  }

  @Test
  void inTheYearOfTheMergerTheNewCodesAreAccepted() {
    // 1 January 2025: 91 is Kiên Giang and 30817 its Thị trấn Hòn Đất; from 1 July, An Giang's Xã Hòn Đất
    assertThat(ProductCode.parse("91-30817-1-2025").commune().fullName()).isEqualTo("Thị trấn Hòn Đất");
    assertThat(ProductCode.parse("91-30376-1-2025").commune().fullName()).isEqualTo("Phường Tân Châu");
    assertThat(ProductCode.parse("91-30376-1-2025").province().existsFrom()).contains(Places.REORGANISATION_2025);
  }

  @Test
  void aCommuneOfAnotherProvinceIsRefusedNamingBoth() {
    assertThatThrownBy(() -> ProductCode.parse("48-30817-1-2026"))
        .isInstanceOfSatisfying(ProductCodeException.class, e -> {
          assertThat(e.part()).isEqualTo(ProductCodeException.Part.COMMUNE);
          assertThat(e.value()).isEqualTo("48-30817-1-2026");
        })
        .hasMessage("Product code 48-30817-1-2026: X 30817 is Xã Hòn Đất of Tỉnh An Giang (91) in 2026, not a commune"
            + " of Thành phố Đà Nẵng (48)");
    AdministrativeUnit daNang = Places.province("da-nang", JAN_2026);
    AdministrativeUnit honDat = Places.commune("30817", JAN_2026);
    assertThatThrownBy(() -> ProductCode.of(daNang, honDat, 1, 2026)).isInstanceOf(ProductCodeException.class)
        .hasMessageContaining("not a commune of Thành phố Đà Nẵng (48)");
  }

  @Test
  void aProvinceMergedAwayIsRefusedAfterTheMerger() {
    assertThatThrownBy(() -> ProductCode.parse("49-20333-1-2026"))
        .isInstanceOfSatisfying(ProductCodeException.class, e -> assertThat(e.part()).isEqualTo(ProductCodeException.Part.PROVINCE))
        .hasMessageContaining("T 49 is not a province in 2026").hasMessageContaining("merged into da-nang on 2025-07-01");
  }

  @Test
  void aCommuneCodeUnknownInThatYearIsRefused() {
    assertThatThrownBy(() -> ProductCode.parse("31-11948-1-2024"))
        .isInstanceOfSatisfying(ProductCodeException.class, e -> assertThat(e.part()).isEqualTo(ProductCodeException.Part.COMMUNE))
        .hasMessageContaining("X 11948 is not a commune in 2024").hasMessageContaining("it exists from 2025-07-01");
  }

  @ParameterizedTest(name = "{0} is refused at {1}")
  @CsvSource({
      "91-30817-12, FORMAT", "91-30817-12-2026-1, FORMAT", "'', FORMAT", "91/30817/12/2026, FORMAT",
      "9-30817-12-2026, PROVINCE", "AG-30817-12-2026, PROVINCE", "00-30817-12-2026, PROVINCE",
      "91-3081-12-2026, COMMUNE", "91-99999-12-2026, COMMUNE",
      "91-30817-0-2026, SERIAL", "91-30817-012-2026, SERIAL", "91-30817-x-2026, SERIAL",
      "91-30817-12-26, YEAR", "91-30817-12-20266, YEAR"})
  void badCodesNameThePartAtFault(String text, ProductCodeException.Part part) {
    assertThatThrownBy(() -> ProductCode.parse(text))
        .isInstanceOfSatisfying(ProductCodeException.class, e -> {
          assertThat(e.part()).isEqualTo(part);
          assertThat(e.value()).isEqualTo(text);
        })
        .hasMessageContaining(text);
  }

  @Test
  void aSerialBelowOneOrAUnitWithoutCodeIsRefusedByOf() {
    AdministrativeUnit anGiang = Places.province("an-giang", JAN_2026);
    AdministrativeUnit honDat = Places.commune("30817", JAN_2026);
    assertThatThrownBy(() -> ProductCode.of(anGiang, honDat, 0, 2026))
        .isInstanceOfSatisfying(ProductCodeException.class, e -> assertThat(e.part()).isEqualTo(ProductCodeException.Part.SERIAL));
    AdministrativeUnit own = AdministrativeUnit.province("an-giang", "An Giang");
    assertThatThrownBy(() -> ProductCode.of(own, honDat, 1, 2026))
        .isInstanceOfSatisfying(ProductCodeException.class, e -> assertThat(e.part()).isEqualTo(ProductCodeException.Part.PROVINCE))
        .hasMessageContaining("without code");
  }
}
