package vn.ocop.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.certificate.Certificate;
import vn.ocop.law.StarRating;
import vn.ocop.product.Product;
import vn.ocop.round.CouncilLevel;
import vn.ocop.testing.ProgrammeFixtures;

/** Every move between steps, with every legal condition met: the cycle's order alone decides. */
class JourneyTransitionsTest {

  static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  static final Product PRODUCT = ProgrammeFixtures.product("kg-1", ProgrammeFixtures.SOC_SON);
  static final JourneyPolicy POLICY = JourneyPolicy.standard();

  static final Set<String> ALLOWED = Set.of(
      "IDEA>BUSINESS_PLAN", "BUSINESS_PLAN>IMPLEMENTATION", "IMPLEMENTATION>EVALUATION",
      "EVALUATION>TRADE_PROMOTION", "EVALUATION>IMPLEMENTATION", "TRADE_PROMOTION>EVALUATION");

  static Certificate certificate(Product p, LocalDate decided) {
    return Certificate.builder().number("GCN-" + p.id()).product(p).stars(StarRating.THREE_STARS)
        .issuingLevel(CouncilLevel.PROVINCE).issuingBody("UBND tỉnh Kiên Giang").issuingPlace(ProgrammeFixtures.KIEN_GIANG)
        .decisionDate(decided).build();
  }

  /** A plan accepted and a certificate in force on {@link #DAY}. */
  static final JourneyFacts ALL_MET = JourneyFacts.builder().businessPlanAcceptedOn(DAY.minusMonths(6))
      .addCertificates(certificate(PRODUCT, DAY.minusMonths(3))).build();

  static Stream<Arguments> everyMove() {
    List<Arguments> list = new ArrayList<>();
    for (CycleStep from : CycleStep.values()) {
      if (from == CycleStep.COMMUNICATION) {
        continue;
      }
      for (CycleStep to : CycleStep.values()) {
        list.add(Arguments.of(from, to, ALLOWED.contains(from.name() + ">" + to.name())));
      }
    }
    return list.stream();
  }

  @ParameterizedTest(name = "{0} → {1}: allowed {2}")
  @MethodSource("everyMove")
  void theCycleAllowsExactlyItsOwnMoves(CycleStep from, CycleStep to, boolean allowed) {
    Journey j = Journey.enterExisting(PRODUCT, from, DAY, "UBND xã Sóc Sơn", POLICY, ALL_MET);
    if (allowed) {
      Journey next = j.moveTo(to, DAY, "Hội đồng", POLICY, ALL_MET);
      assertThat(next.currentStep()).isEqualTo(to);
      assertThat(next.history()).hasSize(2);
      assertThat(next.history().get(1).kind())
          .isEqualTo(to.number() > from.number() ? TransitionKind.ADVANCED : TransitionKind.RETURNED);
    } else {
      assertThatThrownBy(() -> j.moveTo(to, DAY, "Hội đồng", POLICY, ALL_MET))
          .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
            assertThat(e.productId()).isEqualTo("kg-1");
            assertThat(e.current()).contains(from);
            assertThat(e.requested()).isEqualTo(to);
            assertThat(e.conditions()).extracting(UnmetCondition::code).containsExactly("cycle.order");
          })
          .hasMessageContaining("kg-1").hasMessageContaining(from.toString()).hasMessageContaining(to.toString());
    }
  }

  @Test
  void aNewProductStartsAtTheIdeaStep() {
    Journey j = Journey.startNew(PRODUCT, DAY, "UBND xã Sóc Sơn");
    assertThat(j.currentStep()).isEqualTo(CycleStep.IDEA);
    assertThat(j.enteredAsExisting()).isFalse();
    assertThat(j.entry().kind()).isEqualTo(TransitionKind.ENTERED_NEW);
    assertThat(j.entry().actingBody()).isEqualTo("UBND xã Sóc Sơn");
  }

  @ParameterizedTest
  @EnumSource(value = CycleStep.class, names = "COMMUNICATION", mode = EnumSource.Mode.EXCLUDE)
  void anExistingProductMayEnterAtAnyProductStepAndTheJourneyRecordsIt(CycleStep step) {
    Journey j = Journey.enterExisting(PRODUCT, step, DAY, "UBND huyện Hòn Đất", POLICY, ALL_MET);
    assertThat(j.currentStep()).isEqualTo(step);
    assertThat(j.enteredAsExisting()).isTrue();
    assertThat(j.entry().kind()).isEqualTo(TransitionKind.ENTERED_EXISTING);
  }

  @Test
  void noProductEntersAtTheCommunicationStep() {
    assertThatThrownBy(() -> Journey.enterExisting(PRODUCT, CycleStep.COMMUNICATION, DAY, "UBND", POLICY, ALL_MET))
        .isInstanceOfSatisfying(TransitionRefusedException.class, e -> {
          assertThat(e.current()).isEmpty();
          assertThat(e.conditions()).extracting(UnmetCondition::code).containsExactly("cycle.order.entry");
        });
  }

  @Test
  void aTransitionCannotBeDatedBeforeTheLastOne() {
    Journey j = Journey.startNew(PRODUCT, DAY, "UBND xã");
    assertThatThrownBy(() -> j.moveTo(CycleStep.BUSINESS_PLAN, DAY.minusDays(1), "UBND", POLICY, ALL_MET))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kg-1");
  }

  @Test
  void eachMoveReturnsANewJourneyAndLeavesTheOldOneUnchanged() {
    Journey idea = Journey.startNew(PRODUCT, DAY, "UBND xã");
    Journey plan = idea.moveTo(CycleStep.BUSINESS_PLAN, DAY.plusDays(10), "UBND huyện", POLICY, ALL_MET);
    assertThat(idea.currentStep()).isEqualTo(CycleStep.IDEA);
    assertThat(idea.history()).hasSize(1);
    assertThat(plan.history()).startsWith(idea.history().toArray(new Transition[0]));
    assertThat(plan.stepOn(DAY.plusDays(9))).contains(CycleStep.IDEA);
    assertThat(plan.stepOn(DAY.plusDays(10))).contains(CycleStep.BUSINESS_PLAN);
    assertThat(plan.stepOn(DAY.minusDays(1))).isEmpty();
  }
}
