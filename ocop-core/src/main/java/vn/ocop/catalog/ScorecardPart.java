package vn.ocop.catalog;

import java.util.List;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;

/** One part (A, B or C) of a product set's scorecard with its groups. Immutable and thread-safe. */
@OcopStyle
@Value.Immutable
public abstract class ScorecardPart {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  ScorecardPart() {}


  /** {@return which part this is} */
  public abstract Part part();

  /** {@return the part's heading in Vietnamese, exactly as the table writes it} */
  public abstract String title();

  /** {@return the part's maximum points: the sum of its groups' maxima} */
  public abstract int maxPoints();

  /** {@return the part's groups in table order} */
  public abstract List<CriterionGroup> groups();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScorecardPart}. */
  public static final class Builder extends ImmutableScorecardPart.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks that the groups' maxima sum to the part's maximum and that each group's code starts with the part.
   *
   * @throws CatalogueException naming the entry at fault
   */
  @Value.Check
  protected void check() {
    int sum = groups().stream().mapToInt(CriterionGroup::maxPoints).sum();
    if (sum != maxPoints()) {
      throw CatalogueException.inEntry(
          "part " + part(), "part maximum is " + maxPoints() + " but its groups sum to " + sum);
    }
    for (CriterionGroup g : groups()) {
      if (!g.key().startsWith(part().name())) {
        throw CatalogueException.inEntry(g.code(), "group code does not start with its part " + part());
      }
    }
  }
}
