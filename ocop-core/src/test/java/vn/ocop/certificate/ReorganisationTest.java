package vn.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.law.StarRating;
import vn.ocop.place.Places;
import vn.ocop.place.UnknownPlaceException;
import vn.ocop.round.CouncilLevel;
import vn.ocop.testing.ProgrammeFixtures;

/** The 1 July 2025 merger: Kiên Giang's certificates appear under An Giang; they keep their issuer and stay valid. */
class ReorganisationTest {

  private static Certificate cert(String number, vn.ocop.place.AdministrativeUnit place, String body) {
    return Certificate.builder().number(number).product(ProgrammeFixtures.product(number, place)).stars(StarRating.THREE_STARS)
        .issuingLevel(CouncilLevel.PROVINCE).issuingBody(body).issuingPlace(place.province())
        .decisionDate(LocalDate.of(2024, 9, 1)).build();
  }

  private final CertificateRegistry reg = CertificateRegistry.of(List.of(
      cert("kg-1", ProgrammeFixtures.HON_DAT, "UBND tỉnh Kiên Giang"),
      cert("ag-1", ProgrammeFixtures.THOAI_SON, "UBND tỉnh An Giang"),
      cert("qn-1", ProgrammeFixtures.QUANG_NAM, "UBND tỉnh Quảng Nam"),
      cert("ht-1", ProgrammeFixtures.NGHI_XUAN, "UBND tỉnh Hà Tĩnh")));

  @Test
  void anGiangOn30June2025HoldsOnlyItsOwnCertificates() {
    LocalDate d = LocalDate.of(2025, 6, 30);
    assertThat(reg.inProvince("an-giang", d).stock(d).certificates())
        .extracting(Certificate::number).containsExactly("ag-1");
    assertThat(reg.inProvince("kien-giang", d).size()).isEqualTo(1);
  }

  @Test
  void anGiangFrom1July2025IncludesKienGiangsCertificatesWhichKeepTheirIssuer() {
    LocalDate d = Places.REORGANISATION_2025;
    CertificateRegistry anGiang = reg.inProvince("an-giang", d);
    assertThat(anGiang.stock(d).certificates()).extracting(Certificate::number).containsExactly("ag-1", "kg-1");
    Certificate kg = anGiang.certificate("kg-1").orElseThrow();
    assertThat(kg.issuingBody()).isEqualTo("UBND tỉnh Kiên Giang");
    assertThat(kg.issuingPlace()).contains(ProgrammeFixtures.KIEN_GIANG);
    assertThat(kg.status(d)).isEqualTo(CertificateStatus.VALID);
    assertThat(reg.inProvince("kien-giang", d).size()).isZero();
  }

  @Test
  void theDerivedMergerSendsQuangNamToDaNangAndLeavesHaTinhAlone() {
    LocalDate d = LocalDate.of(2025, 7, 1);
    assertThat(Places.provinceIdOn("quang-nam", d)).isEqualTo("da-nang");
    assertThat(Places.provinceIdOn("quang-nam", d.minusDays(1))).isEqualTo("quang-nam");
    assertThat(Places.provinceIdOn("ha-tinh", d)).isEqualTo("ha-tinh");
    assertThat(Places.provinceIdOn("an-giang", d)).isEqualTo("an-giang");
    assertThat(Places.mergedInto("an-giang")).containsExactly("kien-giang");
    assertThat(Places.mergedInto("da-nang")).containsExactly("quang-nam");
    assertThat(reg.stock(d).countByProvince()).containsEntry("an-giang", 2).containsEntry("da-nang", 1)
        .containsEntry("ha-tinh", 1).doesNotContainKey("kien-giang").doesNotContainKey("quang-nam");
    assertThat(reg.stock(d.minusDays(1)).countByProvince()).containsEntry("an-giang", 1).containsEntry("kien-giang", 1)
        .containsEntry("quang-nam", 1).containsEntry("ha-tinh", 1);
    assertThat(reg.flow(LocalDate.of(2024, 1, 1), d).countByProvince(FlowKind.NEW)).containsEntry("an-giang", 2)
        .containsEntry("da-nang", 1).containsEntry("ha-tinh", 1).hasSize(3);
  }

  @Test
  void everyProvinceMergedIn2025IsCountedUnderItsSuccessorNotOnlyTheSeedOnes() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    vn.ocop.place.AdministrativeUnit bacLieu = vn.ocop.place.AdministrativeUnit.province("bac-lieu", "Bạc Liêu");
    CertificateRegistry r = reg.issue(cert("bl-1", bacLieu, "UBND tỉnh Bạc Liêu"));
    assertThat(r.stock(d).countByProvince()).containsEntry("ca-mau", 1).doesNotContainKey("bac-lieu");
    assertThat(r.inProvince("ca-mau", d).certificate("bl-1")).isPresent();
  }

  @Test
  void aProvinceIdNoProvinceEverHadIsAnErrorNamingTheNearest() {
    assertThatThrownBy(() -> reg.inProvince("an-gaing", LocalDate.of(2026, 1, 1)))
        .isInstanceOf(UnknownPlaceException.class).hasMessageContaining("'an-gaing'").hasMessageContaining("nearest: an-giang");
  }
}
