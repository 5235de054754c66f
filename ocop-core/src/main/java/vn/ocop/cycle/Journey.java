package vn.ocop.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.NullArgumentException;
import vn.ocop.OcopStyle;
import vn.ocop.product.Product;

/**
 * A product's way through the six-step cycle: every transition, dated and with the body that
 * acted. New products start at the idea step ({@link #startNew}); products already on the market
 * may enter at a later step ({@link #enterExisting}) and the journey records that they did. Each
 * move returns a new journey with one more transition; history is never lost. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Journey j = Journey.startNew(product, LocalDate.of(2024, 2, 1), "UBND xã Sóc Sơn")
 *     .moveTo(CycleStep.BUSINESS_PLAN, LocalDate.of(2024, 3, 1), "UBND huyện Hòn Đất", policy, facts);
 * j.currentStep();   // BUSINESS_PLAN
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class Journey {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Journey() {}


  /** {@return the product on the journey} */
  public abstract Product product();

  /** {@return every transition, oldest first; the first is the entry} */
  public abstract List<Transition> history();

  /**
   * A new product's journey, starting at the idea step.
   *
   * @param product the product
   * @param date the day it enters
   * @param actingBody the body that acted
   * @return the journey, at the idea step
   * @throws IllegalArgumentException if the acting body is blank
   */
  public static Journey startNew(Product product, LocalDate date, String actingBody) {
    return builder().product(product)
        .addHistory(new Transition(Optional.empty(), CycleStep.IDEA, date, actingBody, TransitionKind.ENTERED_NEW)).build();
  }

  /**
   * The journey of a product already on the market, entering at {@code step}.
   *
   * @param product the product
   * @param step the step it enters at
   * @param date the day it enters
   * @param actingBody the body that acted
   * @param policy the policy that judges the entry
   * @param facts the facts the policy needs
   * @return the journey, at {@code step}
   * @throws TransitionRefusedException if {@code policy} refuses the entry (e.g. at evaluation
   *     without an accepted plan, at trade promotion without a certificate)
   *
   */
  public static Journey enterExisting(Product product, CycleStep step, LocalDate date, String actingBody,
      JourneyPolicy policy, JourneyFacts facts) {
    TransitionRequest r = new TransitionRequest(product, Optional.empty(), step, date, true, facts);
    refuseUnlessAllowed(policy, r);
    return builder().product(product)
        .addHistory(new Transition(Optional.empty(), step, date, actingBody, TransitionKind.ENTERED_EXISTING)).build();
  }

  /** {@return the step the product is at now} */
  public CycleStep currentStep() {
    return last().to();
  }

  /**
   * {@return the step the product was at on {@code date}; empty before it entered}
   *
   * @param date the date
   */
  public Optional<CycleStep> stepOn(LocalDate date) {
    CycleStep step = null;
    for (Transition t : history()) {
      if (t.date().isAfter(date)) {
        break;
      }
      step = t.to();
    }
    return Optional.ofNullable(step);
  }

  /** {@return the entry transition} */
  public Transition entry() {
    return history().get(0);
  }

  /** {@return whether the product entered as one already on the market} */
  public boolean enteredAsExisting() {
    return entry().kind() == TransitionKind.ENTERED_EXISTING;
  }

  /**
   * Moves the product to {@code step}.
   *
   * @return a new journey with the transition appended
   * @param step the step to move to
   * @param date the day of the move
   * @param actingBody the body that acted
   * @param policy the policy that judges the move
   * @param facts the facts the policy needs
   * @throws IllegalArgumentException if {@code date} is before the last transition
   * @throws TransitionRefusedException naming the product, the current step, the requested step and
   *     the unmet conditions when {@code policy} refuses
   *
   */
  public Journey moveTo(CycleStep step, LocalDate date, String actingBody, JourneyPolicy policy, JourneyFacts facts) {
    NullArgumentException.check(step, "step");
    if (date.isBefore(last().date())) {
      throw new IllegalArgumentException("Product '" + product().id() + "': a transition on " + date
          + " cannot come before the last one, on " + last().date());
    }
    TransitionRequest r = new TransitionRequest(product(), Optional.of(currentStep()), step, date, enteredAsExisting(), facts);
    refuseUnlessAllowed(policy, r);
    TransitionKind kind = step.number() > currentStep().number() ? TransitionKind.ADVANCED : TransitionKind.RETURNED;
    return builder().product(product()).addAllHistory(history()).addHistory(new Transition(Optional.of(currentStep()), step, date, actingBody, kind)).build();
  }

  private static void refuseUnlessAllowed(JourneyPolicy policy, TransitionRequest r) {
    List<UnmetCondition> unmet = policy.check(r);
    if (!unmet.isEmpty()) {
      throw new TransitionRefusedException(r, unmet);
    }
  }

  private Transition last() {
    return history().get(history().size() - 1);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Journey}; prefer {@link #startNew} and {@link #enterExisting}. */
  public static final class Builder extends ImmutableJourney.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the history: not empty, exactly one entry and it first, each transition from the previous step
   * and not before it.
   *
   * @throws IllegalArgumentException if the history is inconsistent
   */
  @Value.Check
  protected void check() {
    String p = product().id();
    if (history().isEmpty()) {
      throw new IllegalArgumentException("The journey of product '" + p + "' has no transitions");
    }
    for (int i = 0; i < history().size(); i++) {
      Transition t = history().get(i);
      boolean entry = t.kind() == TransitionKind.ENTERED_NEW || t.kind() == TransitionKind.ENTERED_EXISTING;
      if (entry != (i == 0) || t.from().isPresent() != (i > 0)) {
        throw new IllegalArgumentException("The journey of product '" + p + "' must begin with exactly one entry");
      }
      if (i > 0) {
        Transition prev = history().get(i - 1);
        if (!t.from().get().equals(prev.to()) || t.date().isBefore(prev.date())) {
          throw new IllegalArgumentException("The journey of product '" + p + "': transition " + (i + 1)
              + " does not follow from transition " + i);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "Journey[" + product().id() + " at " + currentStep() + ", " + history().size() + " transitions]";
  }
}
