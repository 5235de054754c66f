package vn.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.certificate.CertificateStatusTest.certificate;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.testing.ProgrammeFixtures;
import vn.ocop.testing.TestCatalogue;

class CertificateRegistryTest {

  private static Certificate replacing(Certificate old, String number, LocalDate decided, StarRating stars, IssueBasis basis) {
    return Certificate.builder().number(number).product(old.product()).stars(stars).issuingLevel(CouncilLevel.PROVINCE)
        .issuingBody("UBND tỉnh Kiên Giang").issuingPlace(ProgrammeFixtures.KIEN_GIANG).decisionDate(decided)
        .basis(basis).replaces(old.number()).build();
  }

  private final Certificate a = certificate("A", "p-a", LocalDate.of(2021, 7, 1), StarRating.THREE_STARS);
  private final Certificate b = certificate("B", "p-b", LocalDate.of(2021, 12, 1), StarRating.FOUR_STARS);
  private final Certificate c = certificate("C", "p-c", LocalDate.of(2022, 6, 1), StarRating.THREE_STARS);

  @Test
  void listsTheCertificatesExpiringInTheNextNDaysSoonestFirst() {
    CertificateRegistry reg = CertificateRegistry.of(List.of(c, b, a));
    LocalDate today = LocalDate.of(2024, 6, 1); // A valid until 30/06/2024, B until 30/11/2024

    assertThat(reg.expiringWithin(today, 29)).extracting(Certificate::number).containsExactly("A");
    assertThat(reg.expiringWithin(today, 30)).extracting(Certificate::number).containsExactly("A");
    assertThat(reg.expiringWithin(today, 182)).extracting(Certificate::number).containsExactly("A", "B");
    assertThat(reg.expiringWithin(LocalDate.of(2024, 7, 1), 10)).as("expired ones need no notice").isEmpty();
  }

  @Test
  void productsNeedReEvaluationWhenTheirLatestCertificateIsExpiringOrExpired() {
    Certificate renewedB = replacing(b, "B2", LocalDate.of(2024, 11, 1), StarRating.FOUR_STARS, IssueBasis.RE_EVALUATION);
    CertificateRegistry reg = CertificateRegistry.of(List.of(a, b, c)).issue(renewedB);

    assertThat(reg.needingReEvaluation(LocalDate.of(2024, 11, 15))).extracting(Certificate::number)
        .containsExactly("A"); // A expired; B was renewed by B2; C valid until 31/05/2025
    assertThat(reg.needingReEvaluation(LocalDate.of(2025, 5, 10))).extracting(Certificate::number)
        .containsExactly("A", "C");
  }

  @Test
  void aReEvaluationOrUpgradeSupersedesTheOldCertificateFromItsDecisionDate() {
    Certificate up = replacing(a, "A2", LocalDate.of(2023, 1, 10), StarRating.FOUR_STARS, IssueBasis.UPGRADE);
    CertificateRegistry reg = CertificateRegistry.of(List.of(a)).issue(up);
    Certificate old = reg.certificate("A").orElseThrow();

    assertThat(old.status(LocalDate.of(2023, 1, 9))).isEqualTo(CertificateStatus.VALID);
    assertThat(old.status(LocalDate.of(2023, 1, 10))).isEqualTo(CertificateStatus.SUPERSEDED);
    assertThat(old.supersession()).get().extracting(Supersession::kind, Supersession::byNumber)
        .containsExactly(SupersessionKind.UPGRADED, "A2");
    assertThat(reg.stock(LocalDate.of(2023, 2, 1)).certificates()).extracting(Certificate::number).containsExactly("A2");
  }

  @Test
  void refusesASecondNewCertificateAnUpgradeThatDoesNotRaiseAndAReplacementOfAnotherProduct() {
    CertificateRegistry reg = CertificateRegistry.of(List.of(a, b));
    assertThatThrownBy(() -> reg.issue(certificate("A-bis", "p-a", LocalDate.of(2022, 1, 1), StarRating.FOUR_STARS)))
        .isInstanceOf(CertificateException.class).hasMessageContaining("already holds certificate A");
    assertThatThrownBy(() -> reg.issue(replacing(a, "A2", LocalDate.of(2022, 1, 1), StarRating.THREE_STARS, IssueBasis.UPGRADE)))
        .isInstanceOf(CertificateException.class).hasMessageContaining("upgrade");
    assertThatThrownBy(() -> reg.issue(Certificate.builder().number("Y").product(b.product()).stars(StarRating.FOUR_STARS)
        .issuingLevel(CouncilLevel.PROVINCE).issuingBody("UBND").issuingPlace(ProgrammeFixtures.KIEN_GIANG)
        .decisionDate(LocalDate.of(2022, 1, 1)).basis(IssueBasis.RE_EVALUATION).replaces("A").build()))
        .isInstanceOf(CertificateException.class).hasMessageContaining("is for product 'p-a'");
    assertThatThrownBy(() -> reg.issue(certificate("A", "p-z", LocalDate.of(2022, 1, 1), StarRating.THREE_STARS)))
        .isInstanceOf(CertificateException.class).hasMessageContaining("already registered");
  }

  @Test
  void stockAndFlowForAPeriodByKindStarGroupAndPlace() {
    Certificate aDown = replacing(a, "A2", LocalDate.of(2024, 6, 20), StarRating.THREE_STARS, IssueBasis.RE_EVALUATION);
    Certificate bUp = replacing(b, "B2", LocalDate.of(2024, 5, 1), StarRating.FIVE_STARS, IssueBasis.RE_EVALUATION);
    Certificate d = certificate("D", "p-d", LocalDate.of(2024, 3, 1), StarRating.FOUR_STARS);
    Certificate e = certificate("E", "p-e", LocalDate.of(2021, 1, 10), StarRating.THREE_STARS);
    CertificateRegistry reg = CertificateRegistry.of(List.of(a, b, c, e)).issue(aDown).issue(bUp).issue(d)
        .revoke("C", new Revocation(LocalDate.of(2024, 2, 1), RevocationGround.DECLARED_PROCESS_NOT_FOLLOWED, "", "UBND"));

    CertificateFlow flow = reg.flow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertThat(flow.certificates(FlowKind.NEW)).extracting(Certificate::number).containsExactly("D");
    assertThat(flow.certificates(FlowKind.RENEWED)).extracting(Certificate::number).containsExactly("A2");
    assertThat(flow.certificates(FlowKind.UPGRADED)).extracting(Certificate::number).containsExactly("B2");
    assertThat(flow.count(FlowKind.DOWNGRADED)).isZero();
    assertThat(flow.certificates(FlowKind.EXPIRED)).extracting(Certificate::number).containsExactly("E");
    assertThat(flow.certificates(FlowKind.REVOKED)).extracting(Certificate::number).containsExactly("C");
    assertThat(flow.countByStars(FlowKind.UPGRADED)).containsEntry(StarRating.FIVE_STARS, 1);

    CertificateStock stock = reg.stock(LocalDate.of(2024, 12, 31));
    assertThat(stock.certificates()).extracting(Certificate::number).containsExactly("A2", "B2", "D");
    assertThat(stock.countByStars()).containsEntry(StarRating.THREE_STARS, 1).containsEntry(StarRating.FOUR_STARS, 1)
        .containsEntry(StarRating.FIVE_STARS, 1);
    assertThat(stock.countByProductGroup(TestCatalogue.CATALOGUE)).containsEntry("148/1", 3);
    assertThat(stock.countByProductSet()).containsEntry(TestCatalogue.SET, 3);
    assertThat(stock.countByDistrict()).containsEntry("kien-giang/hon-dat", 3);
  }

  @Test
  void aReEvaluationDownIsCountedAsDowngraded() {
    Certificate bDown = replacing(b, "B2", LocalDate.of(2024, 11, 1), StarRating.THREE_STARS, IssueBasis.RE_EVALUATION);
    CertificateRegistry reg = CertificateRegistry.of(List.of(b)).issue(bDown);
    assertThat(reg.flow(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).certificates(FlowKind.DOWNGRADED))
        .extracting(Certificate::number).containsExactly("B2");
    assertThat(reg.certificate("B").orElseThrow().supersession()).get().extracting(Supersession::kind)
        .isEqualTo(SupersessionKind.RE_EVALUATED_DOWN);
  }
}
