package vn.ocop.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The merger of 1 July 2025 (Resolution 202/2025/QH15) as the registry derives it from the commune
 * codes, checked province by province against the table of the reference README.
 */
class MergerTest {
  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

  @ParameterizedTest(name = "{1} ({0}) is formed from {3}")
  @CsvSource(delimiter = ';', value = {
      "08; Tuyên Quang; tuyen-quang; Tuyên Quang, Hà Giang",
      "15; Lào Cai; lao-cai; Lào Cai, Yên Bái",
      "19; Thái Nguyên; thai-nguyen; Thái Nguyên, Bắc Kạn",
      "24; Bắc Ninh; bac-ninh; Bắc Ninh, Bắc Giang",
      "25; Phú Thọ; phu-tho; Phú Thọ, Vĩnh Phúc, Hòa Bình",
      "31; Hải Phòng; hai-phong; Hải Phòng, Hải Dương",
      "33; Hưng Yên; hung-yen; Hưng Yên, Thái Bình",
      "37; Ninh Bình; ninh-binh; Ninh Bình, Hà Nam, Nam Định",
      "44; Quảng Trị; quang-tri; Quảng Trị, Quảng Bình",
      "48; Đà Nẵng; da-nang; Đà Nẵng, Quảng Nam",
      "51; Quảng Ngãi; quang-ngai; Quảng Ngãi, Kon Tum",
      "52; Gia Lai; gia-lai; Gia Lai, Bình Định",
      "56; Khánh Hòa; khanh-hoa; Khánh Hòa, Ninh Thuận",
      "66; Đắk Lắk; dak-lak; Đắk Lắk, Phú Yên",
      "68; Lâm Đồng; lam-dong; Lâm Đồng, Đắk Nông, Bình Thuận",
      "75; Đồng Nai; dong-nai; Đồng Nai, Bình Phước",
      "79; Hồ Chí Minh; ho-chi-minh; Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu",
      "80; Tây Ninh; tay-ninh; Tây Ninh, Long An",
      "82; Đồng Tháp; dong-thap; Đồng Tháp, Tiền Giang",
      "86; Vĩnh Long; vinh-long; Vĩnh Long, Bến Tre, Trà Vinh",
      "91; An Giang; an-giang; An Giang, Kiên Giang",
      "92; Cần Thơ; can-tho; Cần Thơ, Sóc Trăng, Hậu Giang",
      "96; Cà Mau; ca-mau; Cà Mau, Bạc Liêu"})
  void eachMergedProvinceHasThePredecessorsOfTheTable(String code, String name, String id, String formedFrom) {
    AdministrativeUnit now = Places.province(code, AFTER);
    assertThat(now.id()).isEqualTo(id);
    assertThat(PlaceNames.key(now.name())).isEqualTo(PlaceNames.key(name));
    assertThat(now.existsFrom()).contains(AFTER);
    assertThat(now.existsOn(BEFORE)).isFalse();
    List<String> expected = Arrays.stream(formedFrom.split(",")).map(String::strip).map(PlaceNames::key).sorted().toList();
    List<AdministrativeUnit> before = Places.predecessors(now);
    assertThat(before.stream().map(p -> PlaceNames.key(p.name())).sorted().toList()).isEqualTo(expected);
    assertThat(before).allSatisfy(p -> {
      assertThat(p.existsUntil()).contains(BEFORE);
      assertThat(Places.successorOn(p, AFTER)).contains(now);
      assertThat(Places.successorOn(p, BEFORE)).contains(p);
      assertThat(Places.provinceIdOn(p.id(), AFTER)).isEqualTo(id);
    });
  }

  @ParameterizedTest(name = "{1} ({0}) is unchanged")
  @CsvSource(delimiter = ';', value = {
      "01; Hà Nội; ha-noi", "04; Cao Bằng; cao-bang", "11; Điện Biên; dien-bien", "12; Lai Châu; lai-chau",
      "14; Sơn La; son-la", "20; Lạng Sơn; lang-son", "22; Quảng Ninh; quang-ninh", "38; Thanh Hóa; thanh-hoa",
      "40; Nghệ An; nghe-an", "42; Hà Tĩnh; ha-tinh", "46; Huế; hue"})
  void eachUnchangedProvinceIsOneUnitOnBothSides(String code, String name, String id) {
    AdministrativeUnit before = Places.province(code, BEFORE);
    AdministrativeUnit after = Places.province(id, AFTER);
    assertThat(after).isSameAs(before);
    assertThat(after.id()).isEqualTo(id);
    assertThat(PlaceNames.key(after.name())).isEqualTo(PlaceNames.key(name));
    assertThat(after.existsFrom()).isEmpty();
    assertThat(after.existsUntil()).isEmpty();
    assertThat(Places.predecessors(after)).isEmpty();
    assertThat(Places.children(after, BEFORE)).isNotEmpty().allSatisfy(d -> assertThat(d.level()).isEqualTo(AdministrativeLevel.DISTRICT));
    assertThat(Places.children(after, AFTER)).isNotEmpty().allSatisfy(c -> assertThat(c.level()).isEqualTo(AdministrativeLevel.COMMUNE));
  }

  @Test
  void sixtyThreeProvincesBecomeThirtyFour() {
    assertThat(Places.provinces(BEFORE)).hasSize(63);
    assertThat(Places.provinces(AFTER)).hasSize(34);
    assertThat(Places.provinces(LocalDate.of(2019, 12, 10))).hasSize(63);
    long merged = Places.provinces(AFTER).stream().filter(p -> !Places.predecessors(p).isEmpty()).count();
    assertThat(merged).isEqualTo(23);
    assertThat(Places.provinces(AFTER).stream().mapToInt(p -> Math.max(1, Places.predecessors(p).size())).sum())
        .as("every old province goes to exactly one new one").isEqualTo(63);
  }

  @Test
  void code91WasKienGiangAndIsAnGiang() {
    assertThat(Places.province("91", BEFORE).name()).isEqualTo("Kiên Giang");
    assertThat(Places.province("91", AFTER).name()).isEqualTo("An Giang");
    assertThat(Places.province("an-giang", BEFORE).officialCode()).contains("89");
    assertThat(Places.province("an-giang", AFTER).officialCode()).contains("91");
    assertThat(Places.province("an-giang", BEFORE)).isNotEqualTo(Places.province("an-giang", AFTER));
  }

  @Test
  void aCommuneThatKeptItsCodeContinuesTheOldOne() {
    AdministrativeUnit honDat = Places.commune("30817", AFTER);
    assertThat(honDat.fullName()).isEqualTo("Xã Hòn Đất");
    assertThat(honDat.parent()).contains(Places.province("an-giang", AFTER));
    AdministrativeUnit was = Places.commune("30817", BEFORE);
    assertThat(was.fullName()).isEqualTo("Thị trấn Hòn Đất");
    assertThat(was.path()).isEqualTo("kien-giang/hon-dat/hon-dat");
    assertThat(Places.predecessors(honDat)).containsExactly(was);
    assertThat(Places.successorOn(was, AFTER)).contains(honDat);
    assertThat(Places.successorOn(honDat, BEFORE)).isEmpty();
  }

  @Test
  void aCommuneWhoseCodeDidNotSurviveHasNoKnownSuccessorAndADistrictPassesToItsProvince() {
    AdministrativeUnit socSon = Places.commune("30820", BEFORE);
    assertThat(socSon.fullName()).isEqualTo("Thị trấn Sóc Sơn");
    assertThat(Places.successorOn(socSon, AFTER)).isEmpty();
    AdministrativeUnit district = Places.district(Places.province("kien-giang", BEFORE), "hon-dat", BEFORE);
    assertThat(Places.successorOn(district, AFTER)).contains(Places.province("an-giang", AFTER));
  }

  @Test
  void mergedIntoListsTheOtherProvincesById() {
    assertThat(Places.mergedInto("an-giang")).containsExactly("kien-giang");
    assertThat(Places.mergedInto("da-nang")).containsExactly("quang-nam");
    assertThat(Places.mergedInto("ho-chi-minh")).containsExactly("ba-ria-vung-tau", "binh-duong");
    assertThat(Places.mergedInto("ha-tinh")).isEmpty();
    assertThat(Places.provinceIdOn("ha-tinh", AFTER)).isEqualTo("ha-tinh");
    assertThat(Places.provinceIdOn("kien-giang", BEFORE)).isEqualTo("kien-giang");
  }
}
