package vn.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.law.Instrument;
import vn.ocop.law.StarRating;
import vn.ocop.testing.ProgrammeFixtures;

/** Certificates under Decision 26/2026/QĐ-TTg: Articles 4.3, 7.6.a, 12.1 and 12.3. */
class Decision26CertificateTest {

  private static Certificate.Builder certificate(String number, LocalDate decided) {
    return Certificate.builder().number(number).product(ProgrammeFixtures.product("p-" + number, ProgrammeFixtures.SOC_SON))
        .stars(StarRating.THREE_STARS).issuingLevel(vn.ocop.round.CouncilLevel.PROVINCE).issuingBody("UBND tỉnh An Giang")
        .issuingPlace(ProgrammeFixtures.KIEN_GIANG).decisionDate(decided);
  }

  @Test
  void aCertificateIssuedUnder26of2026IsValid36MonthsAndItsReEvaluationWindowRunsFrom180To120DaysBeforeExpiry() {
    Certificate c = certificate("1/GCN", LocalDate.of(2026, 11, 30)).build();
    assertThat(c.instrument()).isEqualTo(Instrument.D26_2026);
    assertThat(c.validUntil()).isEqualTo(LocalDate.of(2029, 11, 29));
    assertThat(c.reEvaluationFilingOpens()).contains(LocalDate.of(2029, 6, 2));   // 180 days before 29/11/2029
    assertThat(c.reEvaluationFilingCloses()).contains(LocalDate.of(2029, 8, 1));  // 120 days before
    // the window replaces the 30-day notice: the certificate is "expiring" from the day the window opens
    assertThat(c.status(LocalDate.of(2029, 6, 1))).isEqualTo(CertificateStatus.VALID);
    assertThat(c.status(LocalDate.of(2029, 6, 2))).isEqualTo(CertificateStatus.EXPIRING);
    assertThat(c.status(LocalDate.of(2029, 11, 30))).isEqualTo(CertificateStatus.EXPIRED);
  }

  @Test
  void aCertificateIssuedBefore22May2026StaysValidToItsExpiryWithThe30DayNotice() {
    Certificate c = certificate("2/GCN", LocalDate.of(2024, 6, 10)).build();
    assertThat(c.instrument()).isEqualTo(Instrument.D148);
    assertThat(c.noticeFrom()).isEqualTo(c.expiryDate().minusDays(30));
    assertThat(c.status(LocalDate.of(2027, 6, 9))).isEqualTo(CertificateStatus.EXPIRING);
    assertThat(c.status(LocalDate.of(2027, 6, 10))).isEqualTo(CertificateStatus.EXPIRED);
    // its re-evaluation is filed under 26/2026, so the window applies too
    assertThat(c.reEvaluationFilingCloses()).contains(LocalDate.of(2027, 6, 9).minusDays(120));
    assertThat(certificate("3/GCN", LocalDate.of(2022, 1, 10)).build().reEvaluationFilingOpens()).isEmpty();
  }

  @Test
  void aHolderWhoCouldNotFileInTimeKeepsTheCertificateUntilTheResultAtMost180DaysPastExpiry() {
    // issued 10/08/2023, valid until 09/08/2026: the window closed on 11/04/2026, before 26/2026 existed
    Certificate late = certificate("4/GCN", LocalDate.of(2023, 8, 10)).reEvaluationFiledOn(LocalDate.of(2026, 6, 1)).build();
    assertThat(late.reEvaluationFilingCloses()).contains(LocalDate.of(2026, 4, 11));
    assertThat(late.extendedUntil()).contains(LocalDate.of(2026, 8, 9).plusDays(180));
    assertThat(late.status(LocalDate.of(2026, 8, 10))).isEqualTo(CertificateStatus.EXTENDED);
    assertThat(late.status(LocalDate.of(2027, 2, 5))).isEqualTo(CertificateStatus.EXTENDED);
    assertThat(late.status(LocalDate.of(2027, 2, 6))).isEqualTo(CertificateStatus.EXPIRED);
    Certificate decided = certificate("5/GCN", LocalDate.of(2023, 8, 10)).reEvaluationFiledOn(LocalDate.of(2026, 6, 1))
        .reEvaluationResultOn(LocalDate.of(2026, 9, 15)).build();
    assertThat(decided.extendedUntil()).contains(LocalDate.of(2026, 9, 15));
    assertThat(decided.isInForceOn(LocalDate.of(2026, 9, 15))).isTrue();
    assertThat(decided.isInForceOn(LocalDate.of(2026, 9, 16))).isFalse();
    // filed within the window: no extension needed nor given; a 26/2026 certificate never gets one
    Certificate onTime = certificate("6/GCN", LocalDate.of(2024, 1, 10)).reEvaluationFiledOn(LocalDate.of(2026, 8, 1)).build();
    assertThat(onTime.extendedUntil()).isEmpty();
    Certificate newer = certificate("7/GCN", LocalDate.of(2026, 6, 1)).reEvaluationFiledOn(LocalDate.of(2029, 5, 1)).build();
    assertThat(newer.extendedUntil()).isEmpty();
  }

  @Test
  void theRegistryReportsTheWindowsThatOpenOrCloseInAPeriod() {
    Certificate a = certificate("8/GCN", LocalDate.of(2026, 11, 30)).build();      // opens 02/06/2029
    Certificate b = certificate("9/GCN", LocalDate.of(2026, 12, 15)).build();      // opens 17/06/2029
    Certificate c = certificate("10/GCN", LocalDate.of(2027, 5, 1)).build();       // opens 2029-11
    CertificateRegistry reg = CertificateRegistry.of(List.of(a, b, c));
    List<ReEvaluationWindow> june = reg.reEvaluationWindows(LocalDate.of(2029, 6, 1), LocalDate.of(2029, 6, 30));
    assertThat(june).extracting(w -> w.certificate().number()).containsExactly("8/GCN", "9/GCN");
    assertThat(june.get(0).isOpenOn(LocalDate.of(2029, 6, 2))).isTrue();
    assertThat(june.get(0).isOpenOn(LocalDate.of(2029, 8, 2))).isFalse();
    assertThat(reg.reEvaluationWindows(LocalDate.of(2029, 8, 1), LocalDate.of(2029, 8, 1)))
        .extracting(w -> w.certificate().number()).containsExactly("8/GCN", "9/GCN");
  }
}
