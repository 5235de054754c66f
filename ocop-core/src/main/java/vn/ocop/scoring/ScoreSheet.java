package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
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
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  ScoreSheet() {}


  /** The scale of every score: 2 decimals. */
  public static final int SCALE = 2;

  /** The rounding of every mean: half up. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** {@return the submission scored} */
  public abstract Submission submission();

  /** {@return the product set the product was scored under} */
  public abstract ProductSet productSet();

  /** {@return the scorecard used, for option-level scores} */
  public abstract Optional<Scorecard> scorecard();

  /** {@return whether the scores are option-level or part-level} */
  public abstract Granularity granularity();

  /**
   * The law the product is judged by — the catalogue that scored it and the procedure that decides it
   * — and why ({@link vn.ocop.round.Round#law}).
   *
   * @return the applicable law
   * @since 0.2
   */
  public abstract ApplicableLaw law();

  /**
   * The grounds for disqualification the council found ({@link Submission#disqualifications()}), as the
   * product's scorecard words them.
   *
   * @return the grounds found; empty when none
   * @since 0.2
   */
  public abstract List<Disqualification> disqualifications();

  /** {@return each member's scores, in the order given} */
  public abstract List<MemberScore> members();

  /** {@return the product scored} */
  public Product product() {
    return submission().product();
  }

  /** {@return whether any scores were given} */
  public boolean isScored() {
    return granularity() != Granularity.UNSCORED;
  }

  /** {@return the product's score: the mean of the members' totals, scale 2 (0.00 when unscored)} */
  @Value.Lazy
  public BigDecimal score() {
    Sums sums = this.sums;
    if (sums != null) {
      return mean(sums.a + sums.b + sums.c, sums.members);
    }
    return mean(members().stream().map(MemberScore::total).toList());
  }

  /** {@return the mean of each part over the members, scale 2} */
  @Value.Lazy
  public Map<Part, BigDecimal> partMeans() {
    Map<Part, BigDecimal> means = new EnumMap<>(Part.class);
    Sums sums = this.sums;
    for (Part p : Part.values()) {
      means.put(p, sums != null ? mean(sums.part(p), sums.members)
          : mean(members().stream().map(m -> m.part(p)).toList()));
    }
    return means;
  }

  /**
   * {@return the mean of one part, scale 2}
   *
   * @param part the part
   */
  public BigDecimal partMean(Part part) {
    Sums sums = this.sums;
    if (sums != null && part != null) {
      // the value partMeans() holds for the part, without reading its map (or the members)
      return mean(sums.part(part), sums.members);
    }
    return partMeans().get(part);
  }

  /** {@return the lowest member total (0.00 when unscored)} */
  public BigDecimal lowestTotal() {
    if (sums != null) {
      return BigDecimal.valueOf(extremeTotal(false) * 100L, SCALE);
    }
    return members().stream().map(MemberScore::total).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
        .setScale(SCALE, ROUNDING);
  }

  /** {@return the highest member total (0.00 when unscored)} */
  public BigDecimal highestTotal() {
    if (sums != null) {
      return BigDecimal.valueOf(extremeTotal(true) * 100L, SCALE);
    }
    return members().stream().map(MemberScore::total).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
        .setScale(SCALE, ROUNDING);
  }

  /** The highest or lowest member total of an option-level sheet, in points (one pass, no stream). */
  private int extremeTotal(boolean highest) {
    List<MemberScore> members = members();
    int best = ((OptionLevelScore) members.get(0)).totalPoints();
    for (int i = 1, n = members.size(); i < n; i++) {
      int t = ((OptionLevelScore) members.get(i)).totalPoints();
      best = highest ? Math.max(best, t) : Math.min(best, t);
    }
    return best;
  }

  /**
   * {@return the members' mean points on one criterion, scale 2; empty unless option-level}
   *
   * @param criterionKey the criterion's key, e.g. {@code A1a}
   */
  public Optional<BigDecimal> criterionMean(String criterionKey) {
    if (granularity() != Granularity.OPTION_LEVEL) {
      return Optional.empty();
    }
    return Optional.of(mean(members().stream()
        .map(m -> BigDecimal.valueOf(m.points(criterionKey).orElse(0))).toList()));
  }

  /**
   * Judges every star gate at {@code level} and below ({@link Criterion#requiredPoints(StarRating)}).
   * Part-level and unscored sheets give {@link GateStatus#NOT_CHECKED}.
   *
   * @param level the star level asked for
   * @param judgement how members' differing choices are judged
   * @return the judged gates
   */
  public GateResult gates(StarRating level, GateJudgement judgement) {
    if (granularity() != Granularity.OPTION_LEVEL || scorecard().isEmpty()) {
      return new GateResult(level, judgement, GateStatus.NOT_CHECKED, List.of());
    }
    ScorecardIndex index = ScorecardIndex.of(scorecard().get());
    if (level.isAtLeast(StarRating.THREE_STARS) && compact(index)) {
      return gates(index, level, judgement);
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
   *
   * @param judgement how members' differing choices are judged
   * @return the highest level whose gates are met
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

  /**
   * Every star gate of 3★, 4★ and 5★ the product misses, once per criterion and gate level, in the
   * order {@link #gates} lists them level by level (3★ first): what a policy needs to cap the stars,
   * judged in one pass. Empty for part-level and unscored sheets (gates not checked).
   *
   * @param judgement how members' differing choices are judged
   * @return the missed gates; empty when none or not checked
   * @since 0.1.0
   */
  public List<GateCheck> missedGates(GateJudgement judgement) {
    if (granularity() != Granularity.OPTION_LEVEL || scorecard().isEmpty()) {
      return List.of();
    }
    ScorecardIndex index = ScorecardIndex.of(scorecard().get());
    List<GateCheck> missed = new ArrayList<>(4);
    if (!compact(index)) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (StarRating level : ScorecardIndex.GATE_LEVELS) {
        for (GateCheck c : gates(level, judgement).missed()) {
          if (seen.add(c.criterion().key() + "@" + c.level().stars())) {
            missed.add(c);
          }
        }
      }
      return List.copyOf(missed);
    }
    List<MemberScore> members = members();
    int n = members.size();
    // a criterion's gate level is one of 3★–5★: three bits per criterion say which were reported
    byte[] reported = new byte[index.size()];
    for (int l = 0; l < ScorecardIndex.GATE_LEVELS.length; l++) {
      int[] gated = index.gatedCriteria[l];
      for (int k = 0; k < gated.length; k++) {
        int c = gated[k];
        int need = index.requiredPoints[l][k];
        long sum = sumAt(members, c);
        int meeting = meetingAt(members, c, need);
        if (met(judgement, sum, meeting, need, n)) {
          continue;
        }
        StarRating gateLevel = index.gateLevels[l][k];
        int bit = 1 << ScorecardIndex.gateLevelIndex(gateLevel);
        if ((reported[c] & bit) != 0) {
          continue;
        }
        reported[c] |= (byte) bit;
        missed.add(new GateCheck(gateLevel, index.criteria[c], need, index.requiredOptions[l][k], mean(sum, n),
            meeting, n, false));
      }
    }
    return List.copyOf(missed);
  }

  /** The members' points on criterion {@code c} of the index, added up. */
  private static long sumAt(List<MemberScore> members, int c) {
    long sum = 0;
    for (int m = 0, n = members.size(); m < n; m++) {
      sum += ((OptionLevelScore) members.get(m)).pointsAt(c);
    }
    return sum;
  }

  /** How many members score at least {@code need} on criterion {@code c} of the index. */
  private static int meetingAt(List<MemberScore> members, int c, int need) {
    int meeting = 0;
    for (int m = 0, n = members.size(); m < n; m++) {
      meeting += ((OptionLevelScore) members.get(m)).pointsAt(c) >= need ? 1 : 0;
    }
    return meeting;
  }

  private static boolean met(GateJudgement judgement, long sum, int meeting, int need, int n) {
    return switch (judgement) {
      // exact: mean >= need  <=>  sum >= need * n
      case MEAN_OF_MEMBERS -> sum >= (long) need * n;
      case EVERY_MEMBER -> meeting == n;
      case MAJORITY_OF_MEMBERS -> meeting * 2 > n;
    };
  }

  /** The gates of 3★–5★ judged on the members' compact sheets: whole numbers, no boxing, no streams. */
  private GateResult gates(ScorecardIndex index, StarRating level, GateJudgement judgement) {
    int l = ScorecardIndex.gateLevelIndex(level);
    int[] gated = index.gatedCriteria[l];
    List<MemberScore> members = members();
    int n = members.size();
    GateCheck[] checks = new GateCheck[gated.length];
    boolean allMet = true;
    for (int k = 0; k < gated.length; k++) {
      int c = gated[k];
      int need = index.requiredPoints[l][k];
      long sum = sumAt(members, c);
      int meeting = meetingAt(members, c, need);
      boolean met = met(judgement, sum, meeting, need, n);
      allMet &= met;
      checks[k] = new GateCheck(index.gateLevels[l][k], index.criteria[c], need, index.requiredOptions[l][k],
          mean(sum, n), meeting, n, met);
    }
    return new GateResult(level, judgement, allMet ? GateStatus.MET : GateStatus.MISSED, Arrays.asList(checks));
  }

  /** Whether every member's sheet is held compactly on {@code index}. */
  private boolean compact(ScorecardIndex index) {
    for (MemberScore m : members()) {
      if (!(m instanceof OptionLevelScore o) || o.index() != index) {
        return false;
      }
    }
    return true;
  }

  /**
   * The members' part sums in whole points, when the sheet has members and every one is option-level;
   * else null. Set once, as the sheet is built ({@link #sumMembers}); not part of the value. A reader
   * that finds it null (as a thread given the sheet through a data race may) computes from the members,
   * with the same result; a reader that finds it set sees its final fields.
   */
  private Sums sums;

  /** The members' part sums, in whole points. */
  private static final class Sums {
    final long a;
    final long b;
    final long c;
    /** The number of members summed. */
    final int members;

    Sums(long a, long b, long c, int members) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.members = members;
    }

    long part(Part part) {
      return switch (part) {
        case A -> a;
        case B -> b;
        case C -> c;
      };
    }
  }

  /**
   * Sums the members' parts once as the sheet is built, while its members are fresh in the cache,
   * rather than on every later read of the score or a part's mean. Run by the generated builder on every
   * instance it makes; the fields it sets are not part of the value.
   */
  @Value.Check
  void sumMembers() {
    List<MemberScore> members = members();
    if (members.isEmpty()) {
      return;
    }
    long a = 0;
    long b = 0;
    long c = 0;
    for (int i = 0, n = members.size(); i < n; i++) {
      if (!(members.get(i) instanceof OptionLevelScore o)) {
        return;
      }
      a += o.partPoints(Part.A);
      b += o.partPoints(Part.B);
      c += o.partPoints(Part.C);
    }
    sums = new Sums(a, b, c, members.size());
  }

  /** The mean of {@code count} whole numbers summing to {@code sum}, rounded half up to scale 2. */
  static BigDecimal mean(long sum, int count) {
    if (count == 0) {
      return BigDecimal.ZERO.setScale(SCALE);
    }
    if (sum >= 0 && sum <= Long.MAX_VALUE / 400 && count > 0) {
      // the same value and scale as the division below: hundredths rounded half up, in whole numbers
      // (sum / count × 100 + ½, floored: (200 × sum + count) / (2 × count))
      return hundredths((200 * sum + count) / (2L * count));
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), SCALE, ROUNDING);
  }

  /**
   * The values 0.00 to 100.00 at scale 2, made when first asked for: a round's scores and part means
   * are a few thousand distinct values, so its sheets share them instead of each holding its own
   * (what a national round's sheets keep live is what each young collection during its evaluation
   * copies; docs/performance.md, "Linearity"). A {@link BigDecimal} is immutable, so sharing one
   * changes no value; a race makes two equal instances, never a wrong one.
   */
  private static final BigDecimal[] HUNDREDTHS = new BigDecimal[10_001];

  /** {@code value} hundredths at scale 2, shared when between 0.00 and 100.00. */
  static BigDecimal hundredths(long value) {
    if (value < 0 || value >= HUNDREDTHS.length) {
      return BigDecimal.valueOf(value, SCALE);
    }
    BigDecimal shared = HUNDREDTHS[(int) value];
    if (shared == null) {
      shared = BigDecimal.valueOf(value, SCALE);
      HUNDREDTHS[(int) value] = shared;
    }
    return shared;
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
