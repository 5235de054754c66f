package vn.ocop.catalog;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.law.StarRating;

/**
 * One answer option of a criterion (ô lựa chọn "□" in the tables of Decision 148/QĐ-TTg, Appendix
 * I): its text, its points and, when the option is marked {@code ***}, {@code ****} or {@code *****},
 * the star level for which it is a minimum requirement (a star gate). Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class Option {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Option() {}


  /** {@return the full code, criterion code + {@code /} + number, e.g. {@code 148/01/A1a/3}} */
  public abstract String code();

  /** {@return the 1-based position of the option in its criterion, as the table lists it} */
  public abstract int number();

  /** {@return the option's text in Vietnamese, exactly as the table writes it, without the "□" and star marks} */
  public abstract String text();

  /**
   * Notes the table writes under the option text, verbatim (e.g. "Ghi chú: Nếu sản phẩm vi phạm sở
   * hữu trí tuệ, sẽ bị loại bỏ").
   *
   * @return the notes; empty when none
   * @since 0.1
   */
  public abstract List<String> notes();

  /** {@return the points this option scores (0 or more)} */
  public abstract int points();

  /**
   * The star level for which this option is a minimum requirement: a product ranked at that level
   * or above needs this option or one scoring at least as many points on this criterion.
   *
   * @return the gated level, if any
   */
  public abstract Optional<StarRating> gate();

  /** {@return the code within the product set, e.g. {@code A1a/3} (computed once: reasons and facts ask for it often)} */
  @Value.Derived
  public String key() {
    return Codes.key(code());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Option}; every attribute but {@code gate} and {@code notes} is required. */
  public static final class Builder extends ImmutableOption.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the option: points not negative, number from 1, text not blank.
   *
   * @throws CatalogueException naming the option if not
   */
  @Value.Check
  protected void check() {
    if (points() < 0) {
      throw CatalogueException.inEntry(code(), "option points may not be negative: " + points());
    }
    if (number() < 1) {
      throw CatalogueException.inEntry(code(), "option number starts at 1, was " + number());
    }
    if (text().isBlank()) {
      throw CatalogueException.inEntry(code(), "option text is empty");
    }
  }

  @Override
  public String toString() {
    return key() + " (" + points() + " điểm" + gate().map(g -> ", " + g.symbol()).orElse("") + ")";
  }
}
