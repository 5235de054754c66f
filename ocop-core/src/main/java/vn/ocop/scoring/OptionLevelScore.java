package vn.ocop.scoring;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;

/**
 * A member's option-level sheet, scored and held compactly: the chosen option's index + 1 per criterion
 * of the scorecard ({@code 0} for none), in a slice of an array the members of a submission share, and
 * the three part sums. The maps of {@link MemberScore} are built from these when asked for.
 */
final class OptionLevelScore extends MemberScore {
  private final String member;
  private final ScorecardIndex index;
  /** The choices as the sheet gave them, for {@link #choices()} in the sheet's order. */
  private final List<String> given;
  /** Per criterion from {@link #base}: the chosen option's index + 1, or 0 for none. */
  private final byte[] chosen;
  private final int base;
  private final int partA;
  private final int partB;
  private final int partC;

  OptionLevelScore(String member, ScorecardIndex index, List<String> given, byte[] chosen, int base, int partA,
      int partB, int partC) {
    this.member = member;
    this.index = index;
    this.given = given;
    this.chosen = chosen;
    this.base = base;
    this.partA = partA;
    this.partB = partB;
    this.partC = partC;
  }

  /** The member's points on the criterion at {@code criterion} in the index, 0 when unanswered. */
  int pointsAt(int criterion) {
    int o = chosen[base + criterion];
    return o == 0 ? 0 : index.points[criterion][o - 1];
  }

  /** Whether the member answered the criterion at {@code criterion} in the index. */
  private boolean answered(int criterion) {
    return chosen[base + criterion] != 0;
  }

  /** The member's total as a whole number. */
  int totalPoints() {
    return partA + partB + partC;
  }

  /** The member's points on a part as a whole number. */
  int partPoints(Part part) {
    return switch (part) {
      case A -> partA;
      case B -> partB;
      case C -> partC;
    };
  }

  ScorecardIndex index() {
    return index;
  }

  @Override
  public Optional<String> member() {
    return Optional.of(member);
  }

  @Override
  public Map<String, Option> choices() {
    ImmutableMap.Builder<String, Option> b = ImmutableMap.builderWithExpectedSize(given.size());
    for (String key : given) {
      int packed = index.choice(key);
      int c = packed >> 8;
      b.put(index.criterionKeys[c], index.options[c][packed & 0xff]);
    }
    return b.buildOrThrow();
  }

  @Override
  public Map<String, Integer> criterionPoints() {
    int n = index.size();
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builderWithExpectedSize(n);
    for (int c = 0; c < n; c++) {
      b.put(index.criterionKeys[c], pointsAt(c));
    }
    return b.buildOrThrow();
  }

  @Override
  public Map<String, Integer> groupPoints() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builderWithExpectedSize(index.groupKeys.length);
    for (int g = 0; g < index.groupKeys.length; g++) {
      int sum = 0;
      for (int c = index.groupStart[g]; c < index.groupEnd[g]; c++) {
        sum += pointsAt(c);
      }
      b.put(index.groupKeys[g], sum);
    }
    return b.buildOrThrow();
  }

  @Override
  public Map<String, Condition> notApplicable() {
    ImmutableMap.Builder<String, Condition> b = ImmutableMap.builder();
    for (int c = 0, n = index.size(); c < n; c++) {
      if (!answered(c) && index.conditionOf[c] != null) {
        b.put(index.criterionKeys[c], index.conditionOf[c]);
      }
    }
    return b.buildOrThrow();
  }

  @Override
  public Set<Condition> conditionsNotMet() {
    EnumSet<Condition> notMet = EnumSet.noneOf(Condition.class);
    for (int c = 0, n = index.size(); c < n; c++) {
      if (!answered(c) && index.conditionOf[c] != null) {
        notMet.add(index.conditionOf[c]);
      }
    }
    return Sets.immutableEnumSet(notMet);
  }

  @Override
  public Map<Part, BigDecimal> partPoints() {
    Map<Part, BigDecimal> parts = new EnumMap<>(Part.class);
    parts.put(Part.A, BigDecimal.valueOf(partA));
    parts.put(Part.B, BigDecimal.valueOf(partB));
    parts.put(Part.C, BigDecimal.valueOf(partC));
    return Maps.immutableEnumMap(parts);
  }

  @Override
  public BigDecimal part(Part part) {
    return BigDecimal.valueOf(partPoints(part));
  }

  @Override
  public BigDecimal total() {
    return BigDecimal.valueOf(totalPoints());
  }

  @Override
  public Optional<Integer> points(String criterionKey) {
    int c = index.criterion(criterionKey);
    return c < 0 ? Optional.empty() : Optional.of(pointsAt(c));
  }
}
