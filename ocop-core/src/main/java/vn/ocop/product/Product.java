package vn.ocop.product;

import java.text.Normalizer;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;

/**
 * A product put forward for OCOP ranking: its name, the product set whose scorecard it is scored
 * on, its producer and the place it comes from. Immutable and thread-safe.
 *
 * <pre>{@code
 * Product rice = Product.builder()
 *     .id("kg-2024-017").name("Gạo thơm Hòn Đất")
 *     .productSet("148/03").producer(coop).place(honDat)
 *     .build();
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class Product {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Product() {}


  /** {@return a stable identifier chosen by the host application; the last tie-breaker of a ranking} */
  public abstract String id();

  /** {@return the product's name in Vietnamese, normalised to NFC} */
  public abstract String name();

  /**
   * The code of the product set it is scored under, e.g. {@code 148/03}; it must exist in the
   * catalogue in force on the round's date.
   *
   * @return the product set's code
   */
  public abstract String productSet();

  /** {@return the producer (chủ thể) of the product} */
  public abstract Producer producer();

  /** {@return the commune, district or province the product comes from} */
  public abstract AdministrativeUnit place();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Product}; every attribute is required. */
  public static final class Builder extends ImmutableProduct.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the product (an id, a name, a product set code such as {@code 148/03} or {@code 26-2026/03}) and
   * puts its name in NFC.
   *
   * @return this product, or a copy with its name in NFC
   * @throws IllegalArgumentException if the product is inconsistent
   */
  @Value.Check
  protected Product normalize() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("A product needs an id");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("Product '" + id() + "' has no name");
    }
    if (!productSet().matches("\\d+(-\\d{4})?/\\d{2}")) {
      throw new IllegalArgumentException(
          "Product '" + id() + "' names product set '" + productSet() + "'; a set code reads like 148/03 or 26-2026/03");
    }
    String nfc = Normalizer.normalize(name(), Normalizer.Form.NFC);
    return nfc.equals(name()) ? this : ((ImmutableProduct) this).withName(nfc);
  }

  @Override
  public String toString() {
    return name() + " [" + id() + "]";
  }
}
