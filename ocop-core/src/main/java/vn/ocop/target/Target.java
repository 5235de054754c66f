package vn.ocop.target;

import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.law.StarRating;

/**
 * A province's target for a period (chỉ tiêu): what is counted, the minimum, the upper end of a
 * range ("30–50"), a stretch goal, and the document that sets it. Immutable and thread-safe. See
 * {@link Targets} for the seed provinces' targets.
 */
@OcopStyle
@Value.Immutable
public abstract class Target {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Target() {}


  /** {@return a slug, e.g. {@code kien-giang-2021-certified}} */
  public abstract String id();

  /** {@return the province's slug} */
  public abstract String provinceId();

  /** {@return the first year of the target's period} */
  public abstract int fromYear();

  /** {@return the last year of the target's period} */
  public abstract int toYear();

  /** {@return what the target counts} */
  public abstract TargetKind kind();

  /** {@return the least stars a certificate counts with (for certificate targets)} */
  @Value.Default
  public StarRating minimumStars() {
    return StarRating.THREE_STARS;
  }

  /** {@return the minimum (per district for the per-district kinds)} */
  public abstract int minimum();

  /** {@return the upper end of a range such as "30–50", if given} */
  public abstract Optional<Integer> upper();

  /** {@return a stretch goal (phấn đấu), if given} */
  public abstract Optional<Integer> stretch();

  /** {@return the document that sets the target} */
  public abstract String source();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}. */
  public static final class Builder extends ImmutableTarget.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the target: its period in order; a minimum not negative, with upper end and stretch goal, if
   * given, not below it.
   *
   * @throws IllegalArgumentException if the target is inconsistent
   */
  @Value.Check
  protected void check() {
    if (toYear() < fromYear()) {
      throw new IllegalArgumentException("Target '" + id() + "' ends (" + toYear() + ") before it begins (" + fromYear() + ")");
    }
    if (minimum() < 0 || upper().map(u -> u < minimum()).orElse(false) || stretch().map(s -> s < minimum()).orElse(false)) {
      throw new IllegalArgumentException("Target '" + id() + "': minimum " + minimum() + ", upper " + upper()
          + " and stretch " + stretch() + " are not in order");
    }
  }
}
