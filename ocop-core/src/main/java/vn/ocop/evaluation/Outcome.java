package vn.ocop.evaluation;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;

/**
 * A policy's decision on one product: the stars it reaches (band and gates), what the council does
 * with it, and the reasons in the order the rules gave them. Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class Outcome {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Outcome() {}


  /** {@return the product's id} */
  public abstract String productId();

  /** {@return what the council's evaluation does with the product} */
  public abstract Decision decision();

  /**
   * The stars the product reaches at this evaluation; empty when it was not ranked (ineligible, or
   * returned for re-scoring). For a forwarded product these are the stars this council found, which
   * the higher council decides on.
   *
   * @return the stars reached; empty when not ranked
   */
  public abstract Optional<StarRating> stars();

  /** {@return the level a forwarded product goes to} */
  public abstract Optional<CouncilLevel> forwardTo();

  /** {@return the reasons, most decisive first as the policy ordered them} */
  public abstract List<Reason> reasons();

  /** {@return the first reason, for one-line displays} */
  public Optional<Reason> mainReason() {
    return reasons().isEmpty() ? Optional.empty() : Optional.of(reasons().get(0));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Outcome}. */
  public static final class Builder extends ImmutableOutcome.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks that a level to forward to is named exactly when the decision is {@link Decision#FORWARD}.
   *
   * @throws IllegalArgumentException if it is not
   */
  @Value.Check
  protected void check() {
    if (decision() == Decision.FORWARD && forwardTo().isEmpty()) {
      throw new IllegalArgumentException("Outcome for '" + productId() + "' forwards the product but names no level");
    }
    if (decision() != Decision.FORWARD && forwardTo().isPresent()) {
      throw new IllegalArgumentException("Outcome for '" + productId() + "' names a level to forward to but decides " + decision());
    }
    if (decision() == Decision.CERTIFY && !stars().map(StarRating::isCertifiable).orElse(false)) {
      throw new IllegalArgumentException("Outcome for '" + productId() + "' certifies the product below 3★");
    }
  }
}
