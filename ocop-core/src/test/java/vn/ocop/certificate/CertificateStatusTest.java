package vn.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.law.StarRating;
import vn.ocop.result.RoundResult;
import vn.ocop.round.CouncilLevel;
import vn.ocop.testing.ProgrammeFixtures;

/** Status on dates around issue, the notice window, expiry and revocation (Decision 148/QĐ-TTg: 36 months, ≥30 days notice). */
class CertificateStatusTest {

  static final LocalDate DECIDED = LocalDate.of(2021, 7, 15);

  static Certificate certificate(String number, String productId, LocalDate decided, StarRating stars) {
    return Certificate.builder().number(number).product(ProgrammeFixtures.product(productId, ProgrammeFixtures.SOC_SON))
        .stars(stars).issuingLevel(CouncilLevel.PROVINCE).issuingBody("UBND tỉnh Kiên Giang")
        .issuingPlace(ProgrammeFixtures.KIEN_GIANG).decisionDate(decided).build();
  }

  private final Certificate c = certificate("1/QĐ-UBND", "kg-1", DECIDED, StarRating.THREE_STARS);

  @Test
  void isValidThirtySixMonthsFromTheDecisionUpToTheDayBefore() {
    assertThat(c.expiryDate()).isEqualTo(LocalDate.of(2024, 7, 15));
    assertThat(c.validUntil()).isEqualTo(LocalDate.of(2024, 7, 14));
    assertThat(c.noticeFrom()).isEqualTo(LocalDate.of(2024, 6, 15));
  }

  @Test
  void statusAroundIssueNoticeWindowAndExpiry() {
    assertThat(c.status(DECIDED.minusDays(1))).isEqualTo(CertificateStatus.NOT_YET_ISSUED);
    assertThat(c.status(DECIDED)).isEqualTo(CertificateStatus.VALID);
    assertThat(c.status(LocalDate.of(2024, 6, 14))).isEqualTo(CertificateStatus.VALID);
    assertThat(c.status(LocalDate.of(2024, 6, 15))).isEqualTo(CertificateStatus.EXPIRING);
    assertThat(c.status(LocalDate.of(2024, 7, 14))).isEqualTo(CertificateStatus.EXPIRING);
    assertThat(c.status(LocalDate.of(2024, 7, 15))).isEqualTo(CertificateStatus.EXPIRED);
    assertThat(c.isInForceOn(LocalDate.of(2024, 7, 14))).isTrue();
    assertThat(c.isInForceOn(LocalDate.of(2024, 7, 15))).isFalse();
  }

  @Test
  void isRevokedFromTheRevocationDateOn() {
    Revocation r = new Revocation(LocalDate.of(2022, 3, 1), RevocationGround.FOOD_SAFETY_VIOLATION,
        "Kiểm tra ngày 20/02/2022 phát hiện vi phạm", "UBND tỉnh Kiên Giang");
    Certificate revoked = CertificateRegistry.empty().issue(c).revoke(c.number(), r).certificate(c.number()).orElseThrow();

    assertThat(revoked.status(LocalDate.of(2022, 2, 28))).isEqualTo(CertificateStatus.VALID);
    assertThat(revoked.status(LocalDate.of(2022, 3, 1))).isEqualTo(CertificateStatus.REVOKED);
    assertThat(revoked.status(LocalDate.of(2025, 1, 1))).isEqualTo(CertificateStatus.REVOKED);
    assertThat(revoked.revocation()).get().extracting(Revocation::ground).isEqualTo(RevocationGround.FOOD_SAFETY_VIOLATION);
    assertThat(c.revocation()).as("the original value is unchanged").isEmpty();
  }

  @Test
  void aRevocationOutsideTheValidityIsRefusedNamingTheCertificate() {
    CertificateRegistry reg = CertificateRegistry.empty().issue(c);
    assertThatThrownBy(() -> reg.revoke(c.number(), new Revocation(LocalDate.of(2024, 7, 15),
        RevocationGround.FACILITY_STOPPED, "", "UBND")))
        .isInstanceOfSatisfying(CertificateException.class, e -> {
          assertThat(e.certificateNumber()).contains("1/QĐ-UBND");
          assertThat(e.productId()).contains("kg-1");
        });
  }

  @Test
  void isIssuedFromACertifyOutcomeWithTheRoundsLevelAndPlace() {
    RoundResult round = ProgrammeFixtures.kienGiangRound(LocalDate.of(2024, 6, 25), 1,
        List.of(ProgrammeFixtures.product("kg-7", ProgrammeFixtures.HON_DAT)), "30", "20", "25"); // 75: 4★
    Certificate issued = Certificate.fromOutcome(round, "kg-7").number("7/QĐ-UBND")
        .issuingBody("UBND tỉnh Kiên Giang").decisionDate(LocalDate.of(2024, 7, 10)).build();

    assertThat(issued.stars()).isEqualTo(StarRating.FOUR_STARS);
    assertThat(issued.issuingLevel()).isEqualTo(CouncilLevel.PROVINCE);
    assertThat(issued.issuingPlace()).contains(ProgrammeFixtures.KIEN_GIANG);
    assertThat(issued.roundId()).contains(round.round().id());
    assertThat(issued.producer()).isEqualTo(issued.product().producer());
    assertThat(issued.basis()).isEqualTo(IssueBasis.NEW);
  }

  @Test
  void noCertificateFromAnOutcomeThatDidNotCertify() {
    RoundResult round = ProgrammeFixtures.kienGiangRound(LocalDate.of(2024, 6, 25), 1,
        List.of(ProgrammeFixtures.product("kg-8", ProgrammeFixtures.HON_DAT)), "10", "10", "10"); // 30: 2★
    assertThatThrownBy(() -> Certificate.fromOutcome(round, "kg-8"))
        .isInstanceOfSatisfying(CertificateException.class, e -> assertThat(e.productId()).contains("kg-8"))
        .hasMessageContaining("kg-8").hasMessageContaining("Not achieved");
    assertThatThrownBy(() -> Certificate.fromOutcome(round, "nope")).isInstanceOf(CertificateException.class);
  }

  @Test
  void aCertificateBelowThreeStarsCannotExist() {
    assertThatThrownBy(() -> certificate("x", "p", DECIDED, StarRating.TWO_STARS))
        .isInstanceOf(CertificateException.class).hasMessageContaining("2★");
  }

  @Test
  void aCertificateKeepsItsIssuingBodyAndPlaceAcrossTheMerger() {
    // Kiên Giang ceased to exist on 30/06/2025; its certificate stays valid to expiry.
    Certificate kg = certificate("9/QĐ-UBND", "kg-9", LocalDate.of(2024, 3, 1), StarRating.THREE_STARS);
    assertThat(ProgrammeFixtures.KIEN_GIANG.existsOn(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(kg.status(LocalDate.of(2025, 7, 1))).isEqualTo(CertificateStatus.VALID);
    assertThat(kg.status(LocalDate.of(2027, 2, 28))).isEqualTo(CertificateStatus.EXPIRING);
    assertThat(kg.issuingPlace()).contains(ProgrammeFixtures.KIEN_GIANG);
    assertThat(kg.issuingBody()).isEqualTo("UBND tỉnh Kiên Giang");
  }
}
