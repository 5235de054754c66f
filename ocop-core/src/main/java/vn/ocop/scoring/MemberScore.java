package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;

/**
 * One member's scored sheet for one product: points per criterion, group and part, and the total.
 * For part-level scores only the part points are known. Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class MemberScore {

  /** The member; empty for council-level part scores that name no member. */
  public abstract Optional<String> member();

  /** The chosen option per criterion key, in scorecard order; empty for part-level scores. */
  public abstract Map<String, Option> choices();

  /** Points per criterion key, in scorecard order, 0 for criteria not scored; empty for part-level scores. */
  public abstract Map<String, Integer> criterionPoints();

  /** Points per group key ({@code A1}), in scorecard order; empty for part-level scores. */
  public abstract Map<String, Integer> groupPoints();

  /** Criteria left unanswered because the member judged their condition not met, by criterion key. */
  public abstract Map<String, Condition> notApplicable();

  /** The conditions the member judged not met. */
  public abstract Set<Condition> conditionsNotMet();

  /** Points per part. */
  public abstract Map<Part, BigDecimal> partPoints();

  /** The member's total: the sum of the parts. */
  @Value.Derived
  public BigDecimal total() {
    return partPoints().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The member's points on a part (0 if absent). */
  public BigDecimal part(Part part) {
    return partPoints().getOrDefault(part, BigDecimal.ZERO);
  }

  /** The member's points on a criterion, if scored at option level. */
  public Optional<Integer> points(String criterionKey) {
    return Optional.ofNullable(criterionPoints().get(criterionKey));
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableMemberScore.Builder {}

  @Override
  public String toString() {
    return "MemberScore[" + member().orElse("council") + " " + total().toPlainString() + "]";
  }
}
