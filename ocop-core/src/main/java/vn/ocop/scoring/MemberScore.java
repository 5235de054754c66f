package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;

/**
 * One member's scored sheet for one product: points per criterion, group and part, and the total.
 * For part-level scores only the part points are known. Immutable and thread-safe.
 *
 * <p>An option-level score holds the member's choices compactly (one option number per criterion of
 * the scorecard); the maps below are built from them when asked for, so ask once and keep the map
 * when looking up many criteria.
 */
public abstract class MemberScore {

  MemberScore() {}

  /** {@return the member; empty for council-level part scores that name no member} */
  public abstract Optional<String> member();

  /** {@return the chosen option per criterion key, in the order the sheet gave them; empty for part-level scores} */
  public abstract Map<String, Option> choices();

  /** {@return points per criterion key, in scorecard order, 0 for criteria not scored; empty for part-level scores} */
  public abstract Map<String, Integer> criterionPoints();

  /** {@return points per group key ({@code A1}), in scorecard order; empty for part-level scores} */
  public abstract Map<String, Integer> groupPoints();

  /** {@return criteria left unanswered because the member judged their condition not met, by criterion key} */
  public abstract Map<String, Condition> notApplicable();

  /** {@return the conditions the member judged not met} */
  public abstract Set<Condition> conditionsNotMet();

  /** {@return points per part} */
  public abstract Map<Part, BigDecimal> partPoints();

  /** {@return the member's total: the sum of the parts} */
  public abstract BigDecimal total();

  /**
   * {@return the member's points on a part (0 if absent)}
   *
   * @param part the part
   */
  public BigDecimal part(Part part) {
    return partPoints().getOrDefault(part, BigDecimal.ZERO);
  }

  /**
   * {@return the member's points on a criterion, if scored at option level}
   *
   * @param criterionKey the criterion's key, e.g. {@code A1a}
   */
  public Optional<Integer> points(String criterionKey) {
    return Optional.ofNullable(criterionPoints().get(criterionKey));
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof MemberScore m && member().equals(m.member()) && partPoints().equals(m.partPoints())
        && criterionPoints().equals(m.criterionPoints()) && choices().equals(m.choices())
        && groupPoints().equals(m.groupPoints()) && notApplicable().equals(m.notApplicable())
        && conditionsNotMet().equals(m.conditionsNotMet()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(member(), partPoints(), criterionPoints());
  }

  @Override
  public String toString() {
    return "MemberScore[" + member().orElse("council") + " " + total().toPlainString() + "]";
  }
}
