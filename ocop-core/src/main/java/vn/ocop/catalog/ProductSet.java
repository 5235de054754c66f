package vn.ocop.catalog;

import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.law.Instrument;

/**
 * A product set (bộ sản phẩm) of an instrument: the unit that has its own scorecard. Decision
 * 148/QĐ-TTg has 26 (e.g. {@code 148/01} "Rau, củ, quả, hạt tươi"). Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class ProductSet {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  ProductSet() {}


  /** {@return the code, instrument / two-digit number, e.g. {@code 148/01}} */
  public abstract String code();

  /** {@return the instrument that defines the set} */
  public abstract Instrument instrument();

  /** {@return the set's number in the instrument} */
  public abstract int number();

  /** {@return the Vietnamese name, as the instrument writes it} */
  public abstract String nameVi();

  /** {@return the name in English} */
  public abstract String nameEn();

  /** {@return the code of the product group it belongs to, e.g. {@code 148/1}} */
  public abstract String groupCode();

  /** {@return the code of the sub-group it belongs to, e.g. {@code 148/1.1}; equal to the group code where the instrument has none} */
  public abstract String subgroupCode();

  /**
   * The ministry in charge of the product set (cơ quan chủ trì quản lý), exactly as the law writes
   * it (NFC), e.g. "Bộ Nông nghiệp và Môi trường; Bộ Công Thương": Decision 26/2026/QĐ-TTg, Phụ lục I,
   * writes it on the row of each leaf of its classification (a "Phân nhóm", or a "Nhóm" without one),
   * which is a product set. Empty for instruments that name none (148, 1048); every set of 26/2026
   * has one (checked on load).
   *
   * @return the ministry in charge, if the instrument names one
   * @since 0.1
   */
  public abstract Optional<String> ministryVi();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductSet}. */
  public static final class Builder extends ImmutableProductSet.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks that the code is the instrument's short code and the two-digit number.
   *
   * @throws CatalogueException if it is not
   */
  @Value.Check
  protected void check() {
    String expected = instrument().shortCode() + "/" + String.format("%02d", number());
    if (!code().equals(expected)) {
      throw CatalogueException.inEntry(code(), "product set code should be " + expected);
    }
  }

  @Override
  public String toString() {
    return code() + " " + nameVi();
  }
}
