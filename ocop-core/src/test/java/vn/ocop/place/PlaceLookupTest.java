package vn.ocop.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Looking places up by id, code, name or path on a date, and the errors that name what is wrong. */
class PlaceLookupTest {
  private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 28);
  private static final LocalDate NOV_2026 = LocalDate.of(2026, 11, 5);

  @Test
  void provincesHaveTheSlugsRulePacksAndSamplesUse() {
    assertThat(Places.province("An Giang", MAY_2024).id()).isEqualTo("an-giang");
    assertThat(Places.province("Kiên Giang", MAY_2024).id()).isEqualTo("kien-giang");
    assertThat(Places.province("42", MAY_2024).id()).isEqualTo("ha-tinh");
    assertThat(Places.province("Tỉnh Quảng Nam", MAY_2024).id()).isEqualTo("quang-nam");
    assertThat(Places.province("Thành phố Đà Nẵng", NOV_2026).id()).isEqualTo("da-nang");
    assertThat(Places.province("79", NOV_2026).id()).isEqualTo("ho-chi-minh");
    assertThat(Places.province("tay-ninh", NOV_2026).officialCode()).contains("80");
    assertThat(Places.province("tay-ninh", MAY_2024).officialCode()).contains("72");
  }

  @Test
  void namesAreExactNfcWithTheKindKeptApart() {
    AdministrativeUnit hcm = Places.province("ho-chi-minh", NOV_2026);
    assertThat(hcm.name()).isEqualTo("Hồ Chí Minh");
    assertThat(hcm.kind()).contains("Thành phố");
    assertThat(hcm.fullName()).isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(Places.all()).allSatisfy(u -> assertThat(Normalizer.isNormalized(u.name(), Normalizer.Form.NFC)).isTrue());
    assertThat(Places.province("thanh-hoa", NOV_2026).name()).isEqualTo("Thanh Hoá");
    assertThat(Places.province("Thanh Hóa", NOV_2026).officialCode()).contains("38");
  }

  @Test
  void slugsAreUniqueUnderEachParentOnEachDateWithTheCodeAddedOnlyWhereNamesCollide() {
    for (LocalDate d : List.of(MAY_2024, NOV_2026)) {
      Set<String> provinces = new HashSet<>();
      for (AdministrativeUnit p : Places.provinces(d)) {
        assertThat(provinces.add(p.id())).as(p.id()).isTrue();
        checkChildren(p, d);
      }
    }
    AdministrativeUnit haTinh = Places.province("ha-tinh", MAY_2024);
    assertThat(Places.district(haTinh, "447", MAY_2024).id()).isEqualTo("ky-anh-447");
    assertThat(Places.district(haTinh, "449", MAY_2024).id()).isEqualTo("ky-anh-449");
    assertThat(Places.district(haTinh, "huong-son", MAY_2024).officialCode()).contains("439");
    assertThat(Places.district(haTinh, "ha-tinh", MAY_2024).fullName()).isEqualTo("Thành phố Hà Tĩnh");
    AdministrativeUnit saPa = Places.resolve("lao-cai/sa-pa", MAY_2024);
    assertThat(Places.children(saPa, MAY_2024)).extracting(AdministrativeUnit::id).contains("sa-pa-03001", "sa-pa-03002");
  }

  private static void checkChildren(AdministrativeUnit parent, LocalDate d) {
    Set<String> ids = new HashSet<>();
    for (AdministrativeUnit c : Places.children(parent, d)) {
      assertThat(ids.add(c.id())).as(c.path()).isTrue();
      assertThat(c.id()).as(c.path()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      if (c.level() == AdministrativeLevel.DISTRICT) {
        checkChildren(c, d);
      }
    }
  }

  @Test
  void aPathOrACodeResolvesOnItsDate() {
    AdministrativeUnit socSon = Places.resolve("kien-giang/hon-dat/soc-son", MAY_2024);
    assertThat(socSon.officialCode()).contains("30820");
    assertThat(Places.resolve("30820", MAY_2024)).isEqualTo(socSon);
    assertThat(Places.resolve(Places.province("kien-giang", MAY_2024), "hon-dat/soc-son", MAY_2024)).isEqualTo(socSon);
    assertThat(Places.resolve("an-giang/phu-quoc", NOV_2026).fullName()).isEqualTo("Đặc khu Phú Quốc");
    assertThat(Places.byCode("903", MAY_2024).fullName()).isEqualTo("Huyện Hòn Đất");
  }

  @Test
  void aMergedProvinceAskedForAfterTheMergerNamesItsSuccessor() {
    assertThatThrownBy(() -> Places.province("kien-giang", NOV_2026))
        .isInstanceOfSatisfying(UnknownPlaceException.class, e -> {
          assertThat(e.value()).isEqualTo("kien-giang");
          assertThat(e.date()).isEqualTo(NOV_2026);
          assertThat(e.level()).isEqualTo(AdministrativeLevel.PROVINCE);
          assertThat(e.counterpart()).contains(Places.province("an-giang", NOV_2026));
        })
        .hasMessage("Province kien-giang did not exist on 2026-11-05: merged into an-giang on 2025-07-01");
    assertThatThrownBy(() -> Places.province("89", NOV_2026))
        .hasMessageStartingWith("Province code 89 (Tỉnh An Giang, code 89, until 2025-06-30) did not exist on 2026-11-05:"
            + " merged into an-giang on 2025-07-01");
  }

  @Test
  void aMistypedProvinceSuggestsTheNearest() {
    assertThatThrownBy(() -> Places.province("kien-gaing", MAY_2024))
        .isInstanceOfSatisfying(UnknownPlaceException.class, e -> {
          assertThat(e.value()).isEqualTo("kien-gaing");
          assertThat(e.nearest().map(AdministrativeUnit::id)).contains("kien-giang");
        })
        .hasMessage("Province 'kien-gaing' did not exist on 2024-05-28; nearest: kien-giang (Tỉnh Kiên Giang, code 91,"
            + " until 2025-06-30)");
    assertThatThrownBy(() -> Places.province("Quang Nam", MAY_2024)).hasMessageContaining("nearest: quang-nam");
    assertThatThrownBy(() -> Places.province("00", MAY_2024)).isInstanceOf(UnknownPlaceException.class)
        .hasMessageContaining("code 00").hasMessageContaining("not in the registry");
  }

  @Test
  void aCommuneOfTheNewListAskedForBeforeItExistedNamesWhatCameBefore() {
    AdministrativeUnit anGiang = Places.province("an-giang", NOV_2026);
    assertThatThrownBy(() -> Places.commune("11948", MAY_2024))
        .isInstanceOfSatisfying(UnknownPlaceException.class, e -> {
          assertThat(e.value()).isEqualTo("11948");
          assertThat(e.date()).isEqualTo(MAY_2024);
        })
        .hasMessage("Commune code 11948 (Đặc khu Bạch Long Vĩ, code 11948, in hai-phong, from 2025-07-01) did not exist on"
            + " 2024-05-28: it exists from 2025-07-01");
    assertThat(Places.resolve("lao-cai/sa-pa", NOV_2026).fullName()).isEqualTo("Phường Sa Pa");
    assertThat(Places.commune("31078", MAY_2024).fullName()).isEqualTo("Phường Dương Đông");
    assertThat(Places.commune("30817", MAY_2024).fullName()).isEqualTo("Thị trấn Hòn Đất");
    assertThatThrownBy(() -> Places.commune(anGiang, "hon-dat", MAY_2024))
        .hasMessage("Province an-giang did not exist on 2024-05-28: it exists from 2025-07-01; before that:"
            + " an-giang (Tỉnh An Giang), kien-giang (Tỉnh Kiên Giang)");
    assertThatThrownBy(() -> Places.commune(anGiang, "hon-dta", NOV_2026))
        .isInstanceOfSatisfying(UnknownPlaceException.class,
            e -> assertThat(e.nearest().map(AdministrativeUnit::id)).contains("hon-dat"))
        .hasMessageStartingWith("Commune 'hon-dta' of an-giang did not exist on 2026-11-05; nearest: hon-dat (Xã Hòn Đất");
  }

  @Test
  void aCommuneCodeOfAnotherParentIsAnError() {
    AdministrativeUnit daNang = Places.province("da-nang", NOV_2026);
    assertThatThrownBy(() -> Places.commune(daNang, "30817", NOV_2026))
        .hasMessage("Commune code 30817 is Xã Hòn Đất, code 30817, in an-giang, from 2025-07-01, not a unit of da-nang"
            + " (on 2026-11-05)");
  }

  @Test
  void aDistrictAfterTheMergerSaysDistrictsWereAbolished() {
    AdministrativeUnit haTinh = Places.province("ha-tinh", NOV_2026);
    assertThatThrownBy(() -> Places.district(haTinh, "nghi-xuan", NOV_2026))
        .hasMessage("District nghi-xuan of ha-tinh did not exist on 2026-11-05: districts were abolished on 2025-07-01;"
            + " its area is in ha-tinh");
  }

  @Test
  void unitsAHostBuiltItselfAreNotRegistryUnits() {
    AdministrativeUnit own = AdministrativeUnit.province("kien-giang", "Kiên Giang");
    assertThat(Places.isRegistered(own)).isFalse();
    assertThatThrownBy(() -> Places.successorOn(own, NOV_2026)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'kien-giang' is not a unit of the place registry");
  }
}
