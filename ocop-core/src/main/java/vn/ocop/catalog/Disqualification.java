package vn.ocop.catalog;

import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;

/**
 * A ground on which a product's dossier is rejected outright instead of being scored: the line
 * "Hồ sơ bị loại khi: …" at the head of every score sheet of Decision 26/2026/QĐ-TTg, Phụ lục II,
 * and the lines "Ghi chú: Bị loại nếu …" or "… sẽ bị loại bỏ" written under a criterion. A
 * disqualification is not a note and scores nothing: whoever runs the round decides whether it
 * applies (the rule packs, not the catalogue). Immutable and thread-safe.
 *
 * <p>Codes are the product set's code + {@code /X} + the 1-based position of the line on the sheet
 * ({@code 26-2026/01/X1}); a line that stands under a criterion names it in {@link #criterion()}.
 *
 * @since 0.1
 */
@OcopStyle
@Value.Immutable
public abstract class Disqualification {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Disqualification() {}


  /** {@return the full code, e.g. {@code 26-2026/01/X1}} */
  public abstract String code();

  /** {@return the line as the law writes it (Vietnamese, NFC), e.g. "Hồ sơ bị loại khi: Giả mạo hồ sơ …"} */
  public abstract String text();

  /** {@return the full code of the criterion the line stands under, if it stands under one ({@code 26-2026/07/1.1})} */
  public abstract Optional<String> criterion();

  /** {@return the code within the product set, e.g. {@code X1}} */
  public String key() {
    return Codes.key(code());
  }

  /**
   * Builds a {@link Disqualification}; {@code code} and {@code text} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Disqualification}. */
  public static final class Builder extends ImmutableDisqualification.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the code ({@code <product set>/X<number>}), the text (not blank) and the criterion (of the same product set).
   *
   * @throws CatalogueException naming the entry if not
   */
  @Value.Check
  protected void check() {
    if (!key().matches("X[1-9][0-9]*") || key().equals(code())) {
      throw CatalogueException.inEntry(code(), "a disqualification code is <product set>/X<number>, e.g. 26-2026/01/X1");
    }
    if (text().isBlank()) {
      throw CatalogueException.inEntry(code(), "disqualification text is empty");
    }
    if (criterion().isPresent() && !Codes.setCode(criterion().get()).equals(Codes.setCode(code()))) {
      throw CatalogueException.inEntry(code(), "criterion " + criterion().get() + " is not of the same product set");
    }
  }

  @Override
  public String toString() {
    return key() + criterion().map(c -> " (" + Codes.key(c) + ")").orElse("") + " " + text();
  }
}
