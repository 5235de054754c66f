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


  /** {@return the member whose totals these are; empty when they are the council's result for the product} */
  public abstract Optional<String> member();

  /** {@return the points on part A, not negative} */
  public abstract BigDecimal partA();

  /** {@return the points on part B, not negative} */
  public abstract BigDecimal partB();

  /** {@return the points on part C, not negative} */
  public abstract BigDecimal partC();

  /** {@return the sum of the three parts} */
  public BigDecimal total() {
    return partA().add(partB()).add(partC());
  }

  /**
   * The council's part scores for a product, with no member.
   *
   * @param a the points on part A, as a decimal string
   * @param b the points on part B, as a decimal string
   * @param c the points on part C, as a decimal string
   * @return the part scores
   * @throws NumberFormatException if a value is not a decimal number
   * @throws IllegalArgumentException if a value is negative
   */
  public static PartScores of(String a, String b, String c) {
    return builder().partA(new BigDecimal(a)).partB(new BigDecimal(b)).partC(new BigDecimal(c)).build();
  }

  /**
   * One member's part totals.
   *
   * @param member the id of the council member
   * @param a the points on part A, as a decimal string
   * @param b the points on part B, as a decimal string
   * @param c the points on part C, as a decimal string
   * @return the member's part scores
   * @throws NumberFormatException if a value is not a decimal number
   * @throws IllegalArgumentException if a value is negative
   */
  public static PartScores byMember(String member, String a, String b, String c) {
    return builder().member(member).partA(new BigDecimal(a)).partB(new BigDecimal(b)).partC(new BigDecimal(c)).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PartScores}. */
  public static final class Builder extends ImmutablePartScores.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks that no part score is negative.
   *
   * @throws IllegalArgumentException if a part score is negative
   */
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
