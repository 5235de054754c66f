package vn.ocop.testkit;

import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;

/**
 * AssertJ assertions on one product's {@link Outcome}, in the law's words:
 * {@code assertThat(result).product("p001").isCertifiedAt(3).byCouncil(PROVINCE)},
 * {@code .isForwardedTo(CENTRAL)}, {@code .hasReason("148.gate.cap")}. A failure prints the outcome
 * with every reason, its rule and its pack. Obtain it from {@link OcopAssertions}.
 *
 * <p>Not thread-safe (an AssertJ assertion object).
 *
 * @since 0.2
 */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

  private final Round round;

  OutcomeAssert(Outcome actual, Round round) {
    super(actual, OutcomeAssert.class);
    this.round = round;
  }

  private String seen() {
    return Describe.outcome(actual);
  }

  /**
   * The product is certified at {@code stars}★.
   *
   * @param stars 1 to 5
   * @return this assertion, for chaining
   */
  public OutcomeAssert isCertifiedAt(int stars) {
    isNotNull();
    if (actual.decision() != Decision.CERTIFY || !hasStarsExactly(stars)) {
      failWithMessage("Expected product %s to be certified at %d★, but the outcome was %s", actual.productId(), stars, seen());
    }
    return this;
  }

  /**
   * The decision was taken by the council of {@code level}: the round's council certifies (or
   * decides) at its own level. Needs the round, so take the outcome from a result
   * ({@link OcopAssertions#assertThat(vn.ocop.result.RoundResult)}{@code .product(id)}) or give it
   * with {@link #in(Round)}.
   *
   * @param level the council level; not null
   * @return this assertion, for chaining
   */
  public OutcomeAssert byCouncil(CouncilLevel level) {
    isNotNull();
    if (round == null) {
      failWithMessage("Which council decided product %s is not known from its outcome alone: take the outcome from the"
          + " round's result (assertThat(result).product(\"%s\")) or name the round with in(round)", actual.productId(),
          actual.productId());
    }
    if (round.level() != level) {
      failWithMessage("Expected product %s to be decided by the %s council, but round %s is a %s round; outcome %s",
          actual.productId(), level.nameEn(), round.id(), round.level().nameEn(), seen());
    }
    return this;
  }

  /**
   * Names the round whose council decided, for {@link #byCouncil(CouncilLevel)}.
   *
   * @param round the round the outcome comes from; not null
   * @return new assertions on the same outcome that know {@code round}
   */
  public OutcomeAssert in(Round round) {
    vn.ocop.NullArgumentException.check(round, "round");
    return new OutcomeAssert(actual, round);
  }

  /**
   * The product is forwarded to the council of {@code level}.
   *
   * @param level the level it is sent up to; not null
   * @return this assertion, for chaining
   */
  public OutcomeAssert isForwardedTo(CouncilLevel level) {
    isNotNull();
    if (actual.decision() != Decision.FORWARD || !actual.forwardTo().equals(Optional.of(level))) {
      failWithMessage("Expected product %s to be forwarded to the %s council, but the outcome was %s",
          actual.productId(), level.nameEn(), seen());
    }
    return this;
  }

  /**
   * The outcome's decision is {@code decision}.
   *
   * @param decision the decision; not null
   * @return this assertion, for chaining
   */
  public OutcomeAssert hasDecision(Decision decision) {
    isNotNull();
    if (actual.decision() != decision) {
      failWithMessage("Expected product %s to be decided '%s', but the outcome was %s", actual.productId(),
          decision.nameEn(), seen());
    }
    return this;
  }

  /**
   * The product is ineligible (producer, dossier or a ground for disqualification).
   *
   * @return this assertion, for chaining
   */
  public OutcomeAssert isIneligible() {
    return hasDecision(Decision.INELIGIBLE);
  }

  /**
   * The product did not achieve a certificate at this council.
   *
   * @return this assertion, for chaining
   */
  public OutcomeAssert isNotAchieved() {
    return hasDecision(Decision.NOT_ACHIEVED);
  }

  /**
   * The product is ranked at exactly {@code stars}★, whatever the decision.
   *
   * @param stars 1 to 5
   * @return this assertion, for chaining
   */
  public OutcomeAssert hasStars(int stars) {
    isNotNull();
    if (!hasStarsExactly(stars)) {
      failWithMessage("Expected product %s to be ranked %d★, but the outcome was %s", actual.productId(), stars, seen());
    }
    return this;
  }

  /**
   * The product is ranked at {@code stars}★ or fewer, or not ranked at all.
   *
   * @param stars 1 to 5
   * @return this assertion, for chaining
   */
  public OutcomeAssert hasStarsAtMost(int stars) {
    isNotNull();
    if (actual.stars().map(StarRating::stars).orElse(0) > stars) {
      failWithMessage("Expected product %s to be ranked %d★ or fewer, but the outcome was %s", actual.productId(),
          stars, seen());
    }
    return this;
  }

  /**
   * Some reason of the outcome comes from the rule {@code ruleId} (e.g. {@code 148.gate.cap}).
   *
   * @param ruleId the rule's id; not null
   * @return this assertion, for chaining
   */
  public OutcomeAssert hasReason(String ruleId) {
    isNotNull();
    if (actual.reasons().stream().noneMatch(r -> r.ruleId().equals(ruleId))) {
      failWithMessage("Expected a reason from rule %s for product %s, but the outcome was %s", ruleId,
          actual.productId(), seen());
    }
    return this;
  }

  /**
   * No reason of the outcome comes from the rule {@code ruleId}.
   *
   * @param ruleId the rule's id; not null
   * @return this assertion, for chaining
   */
  public OutcomeAssert hasNoReason(String ruleId) {
    isNotNull();
    if (actual.reasons().stream().anyMatch(r -> r.ruleId().equals(ruleId))) {
      failWithMessage("Expected no reason from rule %s for product %s, but the outcome was %s", ruleId,
          actual.productId(), seen());
    }
    return this;
  }

  private boolean hasStarsExactly(int stars) {
    return actual.stars().map(StarRating::stars).equals(Optional.of(stars));
  }
}
