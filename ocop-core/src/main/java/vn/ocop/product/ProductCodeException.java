package vn.ocop.product;

/**
 * A product code ({@code T-X-STT-year}) that cannot be read or does not hold together, naming the
 * part at fault. Immutable.
 *
 * @since 0.1
 */
public final class ProductCodeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The part of a product code. */
  public enum Part {
    /** The whole text: not four parts joined by hyphens. */
    FORMAT,
    /** T, the province's two-digit code. */
    PROVINCE,
    /** X, the commune's five-digit code. */
    COMMUNE,
    /** STT, the commune's serial number of the product. */
    SERIAL,
    /** The evaluation year. */
    YEAR
  }

  private final String value;
  private final Part part;

  ProductCodeException(String value, Part part, String message, Throwable cause) {
    super(message, cause);
    this.value = value;
    this.part = part;
  }

  /** {@return the code (or the part values) as given} */
  public String value() {
    return value;
  }

  /** {@return the part at fault} */
  public Part part() {
    return part;
  }
}
