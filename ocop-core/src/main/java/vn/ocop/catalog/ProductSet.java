package vn.ocop.catalog;

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

  /** The code, instrument / two-digit number, e.g. {@code 148/01}. */
  public abstract String code();

  public abstract Instrument instrument();

  /** The set's number in the instrument. */
  public abstract int number();

  /** The Vietnamese name, as the instrument writes it. */
  public abstract String nameVi();

  public abstract String nameEn();

  /** The code of the product group it belongs to, e.g. {@code 148/1}. */
  public abstract String groupCode();

  /** The code of the sub-group it belongs to, e.g. {@code 148/1.1}; equal to the group code where the instrument has none. */
  public abstract String subgroupCode();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductSet}. */
  public static final class Builder extends ImmutableProductSet.Builder {}

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
