package vn.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.law.StarRating;
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
    assertThat(reg.inProvince("an-giang", d, ProvinceMapping.REORGANISATION_2025).stock(d).certificates())
        .extracting(Certificate::number).containsExactly("ag-1");
    assertThat(reg.inProvince("kien-giang", d, ProvinceMapping.REORGANISATION_2025).size()).isEqualTo(1);
  }

  @Test
  void anGiangFrom1July2025IncludesKienGiangsCertificatesWhichKeepTheirIssuer() {
    LocalDate d = ProvinceMapping.JULY_1_2025;
    CertificateRegistry anGiang = reg.inProvince("an-giang", d, ProvinceMapping.REORGANISATION_2025);
    assertThat(anGiang.stock(d).certificates()).extracting(Certificate::number).containsExactly("ag-1", "kg-1");
    Certificate kg = anGiang.certificate("kg-1").orElseThrow();
    assertThat(kg.issuingBody()).isEqualTo("UBND tỉnh Kiên Giang");
    assertThat(kg.issuingPlace()).contains(ProgrammeFixtures.KIEN_GIANG);
    assertThat(kg.status(d)).isEqualTo(CertificateStatus.VALID);
    assertThat(reg.inProvince("kien-giang", d, ProvinceMapping.REORGANISATION_2025).size()).isZero();
  }

  @Test
  void theSeedMappingSendsQuangNamToDaNangAndLeavesHaTinhAlone() {
    LocalDate d = LocalDate.of(2025, 7, 1);
    ProvinceMapping m = ProvinceMapping.REORGANISATION_2025;
    assertThat(m.provinceOn("quang-nam", d)).isEqualTo("da-nang");
    assertThat(m.provinceOn("quang-nam", d.minusDays(1))).isEqualTo("quang-nam");
    assertThat(m.provinceOn("ha-tinh", d)).isEqualTo("ha-tinh");
    assertThat(m.provinceOn("an-giang", d)).isEqualTo("an-giang");
    assertThat(m.mergedInto("an-giang")).containsExactly("kien-giang");
    assertThat(m.mergedInto("da-nang")).containsExactly("quang-nam");
    assertThat(reg.stock(d).countByProvince(m)).containsEntry("an-giang", 2).containsEntry("da-nang", 1)
        .containsEntry("ha-tinh", 1).doesNotContainKey("kien-giang");
  }
}
