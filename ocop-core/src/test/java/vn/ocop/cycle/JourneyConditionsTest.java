package vn.ocop.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.cycle.JourneyTransitionsTest.DAY;
import static vn.ocop.cycle.JourneyTransitionsTest.POLICY;
import static vn.ocop.cycle.JourneyTransitionsTest.PRODUCT;
import static vn.ocop.cycle.JourneyTransitionsTest.certificate;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.certificate.Certificate;
import vn.ocop.certificate.CertificateRegistry;
import vn.ocop.certificate.Revocation;
import vn.ocop.certificate.RevocationGround;
import vn.ocop.product.Product;
import vn.ocop.testing.ProgrammeFixtures;

/** The legal conditions of the standard policy: evaluation needs a registered producer and an accepted plan; trade promotion a certificate in force. */
class JourneyConditionsTest {

  private static final JourneyFacts PLAN = JourneyFacts.builder().businessPlanAcceptedOn(DAY.minusMonths(1)).build();

  private static Journey atImplementation(Product p) {
    return Journey.enterExisting(p, CycleStep.IMPLEMENTATION, DAY.minusMonths(2), "UBND huyện", POLICY, JourneyFacts.none());
  }

  @Test
  void evaluationIsRefusedWithoutAnAcceptedBusinessPlan() {
    assertThatThrownBy(() -> atImplementation(PRODUCT).moveTo(CycleStep.EVALUATION, DAY, "Hội đồng huyện", POLICY, JourneyFacts.none()))
        .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
          assertThat(e.current()).contains(CycleStep.IMPLEMENTATION);
          assertThat(e.requested()).isEqualTo(CycleStep.EVALUATION);
          assertThat(e.conditions()).extracting(UnmetCondition::code).containsExactly("cycle.evaluation.business-plan");
          assertThat(e.conditions().get(0).legalReference()).contains("148/QĐ-TTg");
        });
  }

  @Test
  void evaluationIsRefusedWhenThePlanIsAcceptedOnlyLater() {
    JourneyFacts later = JourneyFacts.builder().businessPlanAcceptedOn(DAY.plusDays(1)).build();
    assertThatThrownBy(() -> atImplementation(PRODUCT).moveTo(CycleStep.EVALUATION, DAY, "Hội đồng", POLICY, later))
        .isInstanceOf(TransitionRefusedException.class).hasMessageContaining("business plan");
  }

  @Test
  void evaluationIsRefusedForAProducerWithoutBusinessRegistrationNamingBothUnmetConditions() {
    Product household = ProgrammeFixtures.unregisteredProduct("ho-1");
    assertThatThrownBy(() -> atImplementation(household).moveTo(CycleStep.EVALUATION, DAY, "Hội đồng", POLICY, JourneyFacts.none()))
        .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
          assertThat(e.productId()).isEqualTo("ho-1");
          assertThat(e.conditions()).extracting(UnmetCondition::code)
              .containsExactly("cycle.evaluation.registered-producer", "cycle.evaluation.business-plan");
        })
        .hasMessageContaining("Hộ Nguyễn Văn A");
  }

  @Test
  void evaluationIsAllowedForARegisteredProducerWithAnAcceptedPlan() {
    Journey j = atImplementation(PRODUCT).moveTo(CycleStep.EVALUATION, DAY, "Hội đồng cấp huyện Hòn Đất", POLICY, PLAN);
    assertThat(j.currentStep()).isEqualTo(CycleStep.EVALUATION);
    assertThat(j.history().get(1).actingBody()).isEqualTo("Hội đồng cấp huyện Hòn Đất");
  }

  @Test
  void anExistingProductCannotEnterAtEvaluationWithoutAPlan() {
    assertThatThrownBy(() -> Journey.enterExisting(PRODUCT, CycleStep.EVALUATION, DAY, "UBND", POLICY, JourneyFacts.none()))
        .isInstanceOfSatisfying(TransitionRefusedException.class, e -> assertThat(e.current()).isEmpty());
  }

  @Test
  void tradePromotionNeedsACertificateInForceOnThatDate() {
    Journey evaluated = Journey.enterExisting(PRODUCT, CycleStep.EVALUATION, DAY.minusYears(4), "Hội đồng", POLICY,
        JourneyFacts.builder().businessPlanAcceptedOn(DAY.minusYears(5)).build());
    Certificate c = certificate(PRODUCT, DAY.minusYears(4)); // expired 36 months later, before DAY
    JourneyFacts expired = JourneyFacts.builder().addCertificates(c).build();

    assertThatThrownBy(() -> evaluated.moveTo(CycleStep.TRADE_PROMOTION, DAY, "Sở Công Thương", POLICY, expired))
        .isInstanceOfSatisfying(TransitionRefusedException.class, e ->
            assertThat(e.conditions()).extracting(UnmetCondition::code).containsExactly("cycle.trade-promotion.certificate"))
        .hasMessageContaining("expired");
    assertThatThrownBy(() -> evaluated.moveTo(CycleStep.TRADE_PROMOTION, DAY, "Sở Công Thương", POLICY, JourneyFacts.none()))
        .isInstanceOf(TransitionRefusedException.class);
    assertThat(evaluated.moveTo(CycleStep.TRADE_PROMOTION, DAY.minusYears(3), "Sở Công Thương", POLICY, expired).currentStep())
        .isEqualTo(CycleStep.TRADE_PROMOTION);
  }

  @Test
  void tradePromotionIsRefusedWithARevokedCertificateOrAnotherProductsCertificate() {
    Certificate c = certificate(PRODUCT, DAY.minusMonths(6));
    Certificate revoked = CertificateRegistry.empty().issue(c).revoke(c.number(),
        new Revocation(DAY.minusDays(1), RevocationGround.FACILITY_STOPPED, "", "UBND")).certificate(c.number()).orElseThrow();
    Certificate other = certificate(ProgrammeFixtures.product("kg-2", ProgrammeFixtures.SOC_SON), DAY.minusMonths(6));
    Journey evaluated = Journey.enterExisting(PRODUCT, CycleStep.EVALUATION, DAY.minusMonths(7), "Hội đồng", POLICY, JourneyFacts.builder()
        .businessPlanAcceptedOn(DAY.minusMonths(8)).build());

    for (Certificate held : new Certificate[] {revoked, other}) {
      assertThatThrownBy(() -> evaluated.moveTo(CycleStep.TRADE_PROMOTION, DAY, "Sở Công Thương", POLICY,
          JourneyFacts.builder().addCertificates(held).build()))
          .isInstanceOf(TransitionRefusedException.class);
    }
  }

  @Test
  void aCustomPolicyReplacesTheStandardOne() {
    JourneyPolicy never = r -> java.util.List.of(new UnmetCondition("province.freeze", "Tạm dừng", "frozen", ""));
    assertThatThrownBy(() -> Journey.startNew(PRODUCT, DAY, "UBND").moveTo(CycleStep.BUSINESS_PLAN, DAY, "UBND", never,
        JourneyFacts.none()))
        .isInstanceOfSatisfying(TransitionRefusedException.class,
            e -> assertThat(e.conditions()).extracting(UnmetCondition::code).containsExactly("province.freeze"));
  }

  @Test
  void aCertificateInItsNoticeWindowStillCounts() {
    Certificate c = certificate(PRODUCT, LocalDate.of(2021, 3, 20)); // expiring from 18/02/2024
    Journey evaluated = Journey.enterExisting(PRODUCT, CycleStep.EVALUATION, LocalDate.of(2021, 3, 1), "Hội đồng", POLICY,
        JourneyFacts.builder().businessPlanAcceptedOn(LocalDate.of(2021, 1, 1)).build());
    assertThat(evaluated.moveTo(CycleStep.TRADE_PROMOTION, DAY, "Sở Công Thương", POLICY,
        JourneyFacts.builder().addCertificates(c).build()).currentStep()).isEqualTo(CycleStep.TRADE_PROMOTION);
  }
}
