package vn.ocop.catalog;

import java.util.List;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;

/**
 * A numbered group of criteria within a part (e.g. "1. TỔ CHỨC SẢN XUẤT", 18 points), Decision
 * 148/QĐ-TTg, Appendix III. Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class CriterionGroup {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  CriterionGroup() {}


  /** {@return the full code, e.g. {@code 148/01/A1} or {@code 26-2026/01/A1} (part letter + the law's group number)} */
  public abstract String code();

  /** {@return the group's number as the table writes it (1..n across the scorecard)} */
  public abstract int number();

  /** {@return the title in Vietnamese, exactly as the table writes it} */
  public abstract String title();

  /** {@return the group's maximum points} */
  public abstract int maxPoints();

  /** {@return notes the table writes beside the group, verbatim} */
  public abstract List<String> notes();

  /** {@return whether every criterion is answered or only one case of them} */
  @Value.Default
  public Selection selection() {
    return Selection.ALL;
  }

  /** {@return the criteria in the table's order} */
  public abstract List<Criterion> criteria();

  /** {@return the code within the product set, e.g. {@code A1}} */
  public String key() {
    return Codes.key(code());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionGroup}. */
  public static final class Builder extends ImmutableCriterionGroup.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the group: it has criteria, each numbered under it and in its product set; all-of groups sum
   * to the group's maximum, one-case groups have at least two cases, each worth the maximum.
   *
   * @throws CatalogueException naming the entry at fault
   */
  @Value.Check
  protected void check() {
    if (criteria().isEmpty()) {
      throw CatalogueException.inEntry(code(), "group has no criteria");
    }
    for (Criterion c : criteria()) {
      boolean lawNumbered = Character.isDigit(c.key().charAt(0));
      if (lawNumbered ? Codes.groupNumberOfLabel(c.key()) != number() || !Codes.setCode(c.code()).equals(Codes.setCode(code()))
          : !c.code().startsWith(code())) {
        throw CatalogueException.inEntry(c.code(), lawNumbered
            ? "criterion number does not belong to group " + number() + " (" + code() + ")"
            : "criterion code does not extend its group code " + code());
      }
    }
    if (selection() == Selection.ALL) {
      int sum = criteria().stream().mapToInt(Criterion::maxPoints).sum();
      if (sum != maxPoints()) {
        throw CatalogueException.inEntry(
            code(), "group maximum is " + maxPoints() + " but its criteria sum to " + sum);
      }
    } else {
      if (criteria().size() < 2) {
        throw CatalogueException.inEntry(code(), "a one-case group needs at least two cases");
      }
      for (Criterion c : criteria()) {
        if (c.maxPoints() != maxPoints()) {
          throw CatalogueException.inEntry(
              c.code(), "each case of a one-case group must have the group maximum " + maxPoints() + ", not " + c.maxPoints());
        }
      }
    }
  }

  @Override
  public String toString() {
    return key() + " " + title() + " (" + maxPoints() + ")";
  }
}
