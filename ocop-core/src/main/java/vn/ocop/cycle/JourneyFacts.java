package vn.ocop.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.certificate.Certificate;

/**
 * What a policy may know about a product when it judges a transition, beyond the product itself
 * (whose producer says whether it is registered). Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class JourneyFacts {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  JourneyFacts() {}


  /** {@return the day the product's production/business plan (phương án, dự án) was accepted, if it was} */
  public abstract Optional<LocalDate> businessPlanAcceptedOn();

  /** {@return the product's certificates, any status} */
  public abstract List<Certificate> certificates();

  /** {@return facts with no plan and no certificate} */
  public static JourneyFacts none() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyFacts}. */
  public static final class Builder extends ImmutableJourneyFacts.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }
}
