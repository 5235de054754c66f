package vn.ocop.funding;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An exact amount of Vietnamese đồng (VND), whole đồng in a {@code long}. Plans and awards are
 * written in millions (triệu đồng): {@link #ofMillions(long)} converts exactly. Arithmetic throws
 * {@link ArithmeticException} on overflow rather than wrapping. Immutable and thread-safe.
 *
 * @param dong the amount in đồng; may be negative only as the result of a subtraction
 */
public record Vnd(long dong) implements Comparable<Vnd> {

  /** One million đồng. */
  public static final long MILLION = 1_000_000L;

  /** Zero đồng. */
  public static final Vnd ZERO = new Vnd(0);

  /**
   * {@return an amount in đồng}
   *
   * @param dong the amount in đồng
   */
  public static Vnd of(long dong) {
    return new Vnd(dong);
  }

  /**
   * An amount written in millions of đồng, as the plans write it (326.779 triệu đồng).
   *
   * @param millions the amount in millions of đồng
   * @return the amount
   * @throws ArithmeticException if the amount does not fit
   */
  public static Vnd ofMillions(long millions) {
    return new Vnd(Math.multiplyExact(millions, MILLION));
  }

  /**
   * The sum of two amounts.
   *
   * @param other the amount to add
   * @return this amount plus {@code other}
   * @throws ArithmeticException if the sum overflows
   */
  public Vnd plus(Vnd other) {
    return new Vnd(Math.addExact(dong, other.dong));
  }

  /**
   * The difference of two amounts.
   *
   * @param other the amount to subtract
   * @return this amount minus {@code other}
   * @throws ArithmeticException if the difference overflows
   */
  public Vnd minus(Vnd other) {
    return new Vnd(Math.subtractExact(dong, other.dong));
  }

  /**
   * The amount multiplied.
   *
   * @param factor the factor
   * @return this amount times {@code factor}
   * @throws ArithmeticException if the product overflows
   */
  public Vnd times(long factor) {
    return new Vnd(Math.multiplyExact(dong, factor));
  }

  /** {@return whether the amount is zero} */
  public boolean isZero() {
    return dong == 0;
  }

  /** {@return whether the amount is below zero} */
  public boolean isNegative() {
    return dong < 0;
  }

  /**
   * Whether this amount is greater than another.
   *
   * @param other the other amount
   * @return whether this amount is greater than {@code other}
   */
  public boolean isGreaterThan(Vnd other) {
    return dong > other.dong;
  }

  /** {@return the amount in millions, exact (e.g. {@code 326779} or {@code 0.5})} */
  public BigDecimal millions() {
    return BigDecimal.valueOf(dong).divide(BigDecimal.valueOf(MILLION)).stripTrailingZeros();
  }

  @Override
  public int compareTo(Vnd o) {
    return Long.compare(dong, o.dong);
  }

  /** E.g. {@code 326,779 million VND} or {@code 1,500,000 VND}. */
  @Override
  public String toString() {
    DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return dong % MILLION == 0 ? f.format(dong / MILLION) + " million VND" : f.format(dong) + " VND";
  }
}
