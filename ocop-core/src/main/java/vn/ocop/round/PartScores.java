package vn.ocop.round;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;

/**
 * Scores kept per part only (A, B, C), the form in which historical rounds survive (the seed rounds
 * of 2019–2021 under Decision 1048/QĐ-TTg). Either one member's part totals, or — when only the
 * council's result survives — the product's part scores with no member. Star gates cannot be
 * checked from part scores. Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class PartScores {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  PartScores() {}


  /** The member whose totals these are; empty when they are the council's result for the product. */
  public abstract Optional<String> member();

  public abstract BigDecimal partA();

  public abstract BigDecimal partB();

  public abstract BigDecimal partC();

  /** The sum of the three parts. */
  public BigDecimal total() {
    return partA().add(partB()).add(partC());
  }

  /** The council's part scores for a product, with no member. */
  public static PartScores of(String a, String b, String c) {
    return builder().partA(new BigDecimal(a)).partB(new BigDecimal(b)).partC(new BigDecimal(c)).build();
  }

  /** One member's part totals. */
  public static PartScores byMember(String member, String a, String b, String c) {
    return builder().member(member).partA(new BigDecimal(a)).partB(new BigDecimal(b)).partC(new BigDecimal(c)).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PartScores}. */
  public static final class Builder extends ImmutablePartScores.Builder {}

  @Value.Check
  protected void check() {
    for (BigDecimal v : new BigDecimal[] {partA(), partB(), partC()}) {
      if (v.signum() < 0) {
        throw new IllegalArgumentException(
            "Part scores may not be negative" + member().map(m -> " (member " + m + ")").orElse("") + ": " + v);
      }
    }
  }
}
