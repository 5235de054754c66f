package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.Disqualification;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.law.ApplicableLaw;
import vn.ocop.law.StarRating;
import vn.ocop.product.Product;
import vn.ocop.round.Submission;

/**
 * A product's scores in a round, what the policy decides on: each member's points and the product's
 * score, the mean of the members' totals.
 *
 * <p><b>Rounding.</b> The product's score is the exact mean of the members' totals, rounded half up
 * to 2 decimals (a mean of 71.125 is 71.13; 71.124 is 71.12). Each part mean is rounded the same
 * way on its own, so the three part means may differ from the score by a hundredth. Scores are
 * {@link BigDecimal} with scale 2. (DOMAIN.md §3: "the product's score is the mean of the members'
 * scores, kept to 2 decimals"; the rounding direction is this library's choice, documented here.)
 *
 * <p>Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class ScoreSheet {

  /** The scale of every score: 2 decimals. */
  public static final int SCALE = 2;

  /** The rounding of every mean: half up. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  public abstract Submission submission();

  public abstract ProductSet productSet();

  /** The scorecard used, for option-level scores. */
  public abstract Optional<Scorecard> scorecard();

  public abstract Granularity granularity();

  /**
   * The law the product is judged by — the catalogue that scored it and the procedure that decides it
   * — and why ({@link vn.ocop.round.Round#law}).
   *
   * @since 0.2
   */
  public abstract ApplicableLaw law();

  /**
   * The grounds for disqualification the council found ({@link Submission#disqualifications()}), as the
   * product's scorecard words them.
   *
   * @since 0.2
   */
  public abstract List<Disqualification> disqualifications();

  /** Each member's scores, in the order given. */
  public abstract List<MemberScore> members();

  public Product product() {
    return submission().product();
  }

  /** Whether any scores were given. */
  public boolean isScored() {
    return granularity() != Granularity.UNSCORED;
  }

  /** The product's score: the mean of the members' totals, scale 2 (0.00 when unscored). */
  @Value.Derived
  public BigDecimal score() {
    return mean(members().stream().map(MemberScore::total).toList());
  }

  /** The mean of each part over the members, scale 2. */
  @Value.Derived
  public Map<Part, BigDecimal> partMeans() {
    Map<Part, BigDecimal> means = new EnumMap<>(Part.class);
    for (Part p : Part.values()) {
      means.put(p, mean(members().stream().map(m -> m.part(p)).toList()));
    }
    return means;
  }

  /** The mean of one part, scale 2. */
  public BigDecimal partMean(Part part) {
    return partMeans().get(part);
  }

  /** The lowest member total (0.00 when unscored). */
  public BigDecimal lowestTotal() {
    return members().stream().map(MemberScore::total).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
        .setScale(SCALE, ROUNDING);
  }

  /** The highest member total (0.00 when unscored). */
  public BigDecimal highestTotal() {
    return members().stream().map(MemberScore::total).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
        .setScale(SCALE, ROUNDING);
  }

  /** The members' mean points on one criterion, scale 2; empty unless option-level. */
  public Optional<BigDecimal> criterionMean(String criterionKey) {
    if (granularity() != Granularity.OPTION_LEVEL) {
      return Optional.empty();
    }
    return Optional.of(mean(members().stream()
        .map(m -> BigDecimal.valueOf(m.criterionPoints().getOrDefault(criterionKey, 0))).toList()));
  }

  /**
   * Judges every star gate at {@code level} and below ({@link Criterion#requiredPoints(StarRating)}).
   * Part-level and unscored sheets give {@link GateStatus#NOT_CHECKED}.
   *
   * @param level the star level asked for
   * @param judgement how members' differing choices are judged
   */
  public GateResult gates(StarRating level, GateJudgement judgement) {
    if (granularity() != Granularity.OPTION_LEVEL || scorecard().isEmpty()) {
      return new GateResult(level, judgement, GateStatus.NOT_CHECKED, List.of());
    }
    List<GateCheck> checks = new ArrayList<>();
    for (Criterion c : scorecard().get().criteria()) {
      Optional<Integer> required = c.requiredPoints(level);
      if (required.isEmpty()) {
        continue;
      }
      int need = required.get();
      Option option = c.requiredOption(level).orElseThrow();
      List<Integer> points = members().stream().map(m -> m.criterionPoints().getOrDefault(c.key(), 0)).toList();
      int meeting = (int) points.stream().filter(p -> p >= need).count();
      BigDecimal meanPoints = mean(points.stream().map(BigDecimal::valueOf).toList());
      boolean met = switch (judgement) {
        // exact: mean >= need  <=>  sum >= need * n
        case MEAN_OF_MEMBERS -> points.stream().mapToLong(Integer::longValue).sum() >= (long) need * points.size();
        case EVERY_MEMBER -> meeting == points.size();
        case MAJORITY_OF_MEMBERS -> meeting * 2 > points.size();
      };
      StarRating gateLevel = gateLevelOf(c, level, need);
      checks.add(new GateCheck(gateLevel, c, need, option, meanPoints, meeting, points.size(), met));
    }
    boolean allMet = checks.stream().allMatch(GateCheck::met);
    return new GateResult(level, judgement, allMet ? GateStatus.MET : GateStatus.MISSED, checks);
  }

  /**
   * The highest star level whose gates (and every lower level's) are met; {@link StarRating#FIVE_STARS}
   * when gates are not checked.
   */
  public StarRating highestLevelWithGatesMet(GateJudgement judgement) {
    StarRating best = StarRating.ONE_STAR;
    for (StarRating level : StarRating.values()) {
      if (gates(level, judgement).allowsLevel()) {
        best = level;
      } else {
        break;
      }
    }
    return best;
  }

  /** The lowest level at or below {@code level} whose gates already set the requirement found at {@code level}. */
  private static StarRating gateLevelOf(Criterion c, StarRating level, int need) {
    for (StarRating l : StarRating.values()) {
      if (l.stars() > level.stars()) {
        break;
      }
      if (c.requiredPoints(l).map(p -> p == need).orElse(false)) {
        return l;
      }
    }
    return level;
  }

  /** The mean of {@code values} rounded half up to scale 2; 0.00 for none. */
  static BigDecimal mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), SCALE, ROUNDING);
  }

  static Builder builder() {
    return new Builder();
  }

  static final class Builder extends ImmutableScoreSheet.Builder {}

  @Override
  public String toString() {
    return "ScoreSheet[" + product().id() + " " + score().toPlainString() + " (" + granularity() + ")]";
  }
}
