package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.ocop.io.RoundFiles;
import vn.ocop.place.Places;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/** The sample rounds name the place registry's units, checked on their council dates. */
class SamplePlacesTest {
  private static final Path ROUNDS = Path.of("src/main/resources/vn/ocop/examples/rounds");

  private static Round read(String sample) {
    return RoundFiles.read(ROUNDS.resolve(sample)).round();
  }

  @Test
  void anGiang2020IsTheOldProvinceWithItsDistrictsAndNoDeclaredPlaces() {
    Round r = read("sample-1-an-giang-2020-round-1.json");
    assertThat(RoundFiles.read(ROUNDS.resolve("sample-1-an-giang-2020-round-1.json")).document().places()).isEmpty();
    assertThat(r.province().officialCode()).contains("89");
    assertThat(Places.isRegistered(r.province())).isTrue();
    assertThat(r.submissions()).extracting(s -> s.product().place().officialCode().orElseThrow())
        .contains("894", "891", "883");
  }

  @Test
  void haTinh2019LabelsTwoKyAnhDistrictsByCodeAndDeclaresLocHaOutsideTheRegistry() {
    Round r = read("sample-2-ha-tinh-2019-round-2-pass-1.json");
    assertThat(r.province()).isSameAs(Places.province("ha-tinh", r.councilDate()));
    assertThat(r.submissions().stream().map(Submission::product).filter(p -> p.place().id().equals("thi-xa-ky-anh")))
        .allSatisfy(p -> assertThat(p.place().officialCode()).contains("449")).isNotEmpty();
    assertThat(r.submissions().stream().map(Submission::product).filter(p -> p.place().id().equals("ky-anh")))
        .allSatisfy(p -> assertThat(p.place().officialCode()).contains("447")).isNotEmpty();
    assertThat(r.submissions().stream().map(Submission::product).filter(p -> p.place().officialCode().isEmpty()))
        .isNotEmpty().allSatisfy(p -> assertThat(p.place().id()).isEqualTo("loc-ha"));
  }

  @Test
  void kienGiang2024IsTheProvinceCode91BeforeTheMergerAndItsCommunesAreHonDats() {
    Round r = read("sample-3-kien-giang-2024-hon-dat-district.json");
    assertThat(r.province().officialCode()).contains("91");
    assertThat(r.province().existsUntil()).contains(Places.REORGANISATION_2025.minusDays(1));
    assertThat(r.district().orElseThrow().officialCode()).contains("903");
    assertThat(r.submissions()).allSatisfy(s -> assertThat(Places.isRegistered(s.product().place())).isTrue());
  }

  @Test
  void anGiang2025IsTheMergedProvinceCode91WithItsNewCommunes() {
    Round r = read("sample-4-an-giang-2025-after-1489.json");
    assertThat(r.province().officialCode()).contains("91");
    assertThat(r.province().existsFrom()).contains(Places.REORGANISATION_2025);
    assertThat(r.submissions()).extracting(s -> s.product().place().fullName())
        .contains("Đặc khu Phú Quốc", "Xã Hòn Đất", "Phường Tân Châu");
  }
}
