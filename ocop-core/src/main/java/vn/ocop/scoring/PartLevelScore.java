package vn.ocop.scoring;

import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;

/** A member's (or the council's) part totals, all that survives of rounds scored per part. */
final class PartLevelScore extends MemberScore {
  private final Optional<String> member;
  private final Map<Part, BigDecimal> parts;
  private final BigDecimal total;

  PartLevelScore(Optional<String> member, Map<Part, BigDecimal> parts) {
    this.member = member;
    this.parts = Maps.immutableEnumMap(parts);
    this.total = this.parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Override
  public Optional<String> member() {
    return member;
  }

  @Override
  public Map<String, Option> choices() {
    return Map.of();
  }

  @Override
  public Map<String, Integer> criterionPoints() {
    return Map.of();
  }

  @Override
  public Map<String, Integer> groupPoints() {
    return Map.of();
  }

  @Override
  public Map<String, Condition> notApplicable() {
    return Map.of();
  }

  @Override
  public Set<Condition> conditionsNotMet() {
    return Set.of();
  }

  @Override
  public Map<Part, BigDecimal> partPoints() {
    return parts;
  }

  @Override
  public BigDecimal total() {
    return total;
  }
}
