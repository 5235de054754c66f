package vn.ocop.producer;

import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.place.AdministrativeUnit;

/**
 * An OCOP producer (chủ thể): its legal form, business registration and the facts about its legal
 * representative that the scorecards reward (woman / ethnic minority, Decision 148/QĐ-TTg,
 * Appendix III, criterion A3b). Immutable and thread-safe.
 *
 * <pre>{@code
 * Producer coop = Producer.builder()
 *     .id("htx-an-phu").name("HTX Nông nghiệp An Phú")
 *     .kind(ProducerKind.COOPERATIVE).registration("1700123456")
 *     .build();
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class Producer {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Producer() {}


  /** {@return a stable identifier chosen by the host application} */
  public abstract String id();

  /** {@return the producer's name, as registered} */
  public abstract String name();

  /** {@return the producer's legal form} */
  public abstract ProducerKind kind();

  /**
   * The business registration (or cooperative/enterprise registration) number, if any. A household
   * without one cannot enter the programme.
   *
   * @return the registration number, if any
   */
  public abstract Optional<String> registration();

  /** {@return where the producer is registered, if known} */
  public abstract Optional<AdministrativeUnit> place();

  /** {@return whether the legal representative is a woman} */
  @Value.Default
  public boolean representativeIsWoman() {
    return false;
  }

  /** {@return whether the legal representative belongs to an ethnic minority} */
  @Value.Default
  public boolean representativeIsEthnicMinority() {
    return false;
  }

  /**
   * For an enterprise: whether it is a small or medium enterprise (doanh nghiệp nhỏ và vừa, as the
   * law on SME support defines it); empty when not declared. Decision 26/2026/QĐ-TTg, Article 2.3
   * admits small and medium enterprises only.
   *
   * @return whether the enterprise is small or medium; empty when not declared
   * @since 0.2
   */
  public abstract Optional<Boolean> smallOrMediumEnterprise();

  /** {@return whether the producer has a business registration} */
  public boolean isRegistered() {
    return registration().isPresent();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Producer}; {@code id}, {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableProducer.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the producer: an id and a name, an SME declaration only for an enterprise, no blank registration.
   *
   * @throws IllegalArgumentException if the producer is inconsistent
   */
  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("A producer needs an id");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("Producer '" + id() + "' has no name");
    }
    if (smallOrMediumEnterprise().isPresent() && kind() != ProducerKind.ENTERPRISE) {
      throw new IllegalArgumentException("Producer '" + id() + "' is a " + kind().nameEn().toLowerCase(java.util.Locale.ROOT)
          + ", not an enterprise; only an enterprise declares whether it is small or medium");
    }
    if (registration().map(String::isBlank).orElse(false)) {
      throw new IllegalArgumentException("Producer '" + id() + "' has a blank registration number; leave it unset instead");
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
