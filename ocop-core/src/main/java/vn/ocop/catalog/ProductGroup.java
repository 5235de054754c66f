package vn.ocop.catalog;

import java.util.List;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.law.Instrument;

/**
 * A product group (nhóm sản phẩm) of an instrument, e.g. {@code 148/1} "Thực phẩm" (food), with
 * its sub-groups (phân nhóm). Decision 490/QĐ-TTg set six groups; Decision 148/QĐ-TTg regroups them
 * into 6 groups, 17 sub-groups and 26 sets. Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class ProductGroup {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  ProductGroup() {}


  /** {@return the code, instrument / number, e.g. {@code 148/1}} */
  public abstract String code();

  /** {@return the instrument that defines the group} */
  public abstract Instrument instrument();

  /** {@return the group's number in the instrument} */
  public abstract int number();

  /** {@return the name in Vietnamese, as the instrument writes it} */
  public abstract String nameVi();

  /** {@return the name in English} */
  public abstract String nameEn();

  /** {@return the sub-groups; empty where the instrument has none} */
  public abstract List<Subgroup> subgroups();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProductGroup}. */
  public static final class Builder extends ImmutableProductGroup.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * A sub-group (phân nhóm), e.g. {@code 148/1.1} "Thực phẩm tươi sống".
   *
   * @param code the code, e.g. {@code 148/1.1}
   * @param nameVi the Vietnamese name
   * @param nameEn the English name
   */
  public record Subgroup(String code, String nameVi, String nameEn) {}

  @Override
  public String toString() {
    return code() + " " + nameVi();
  }
}
