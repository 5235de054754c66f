package vn.ocop.testkit;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import vn.ocop.law.StarRating;
import vn.ocop.scoring.GateCheck;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.GateResult;
import vn.ocop.scoring.GateStatus;
import vn.ocop.scoring.MemberScore;
import vn.ocop.scoring.ScoreSheet;

/**
 * AssertJ assertions on a product's {@link ScoreSheet}: {@code assertThat(sheet).meetsGatesFor(4)},
 * {@code .missesGatesFor(5)}, {@code .hasScoreEqualToMeanOfMemberTotals()}. Failures name the
 * criteria, the options they require and the members' mean points. Gates are judged by the members'
 * mean ({@link GateJudgement#MEAN_OF_MEMBERS}, the bundled packs' default) unless a judgement is
 * given. Obtain it from {@link OcopAssertions}.
 *
 * <p>Not thread-safe (an AssertJ assertion object).
 *
 * @since 0.2
 */
public final class ScoreSheetAssert extends AbstractAssert<ScoreSheetAssert, ScoreSheet> {

  ScoreSheetAssert(ScoreSheet actual) {
    super(actual, ScoreSheetAssert.class);
  }

  /**
   * Every star gate up to {@code stars}★ is met, judged by the members' mean.
   *
   * @param stars 1 to 5
   * @return this assertion, for chaining
   */
  public ScoreSheetAssert meetsGatesFor(int stars) {
    return meetsGatesFor(stars, GateJudgement.MEAN_OF_MEMBERS);
  }

  /**
   * Every star gate up to {@code stars}★ is met, judged as {@code judgement} says.
   *
   * @param stars 1 to 5
   * @param judgement how the members' differing choices are judged; not null
   * @return this assertion, for chaining
   */
  public ScoreSheetAssert meetsGatesFor(int stars, GateJudgement judgement) {
    isNotNull();
    GateResult r = actual.gates(StarRating.of(stars), judgement);
    if (r.status() == GateStatus.NOT_CHECKED) {
      failWithMessage("Product %s has no option-level sheets, so its %d★ gates cannot be checked", product(), stars);
    }
    if (r.status() == GateStatus.MISSED) {
      failWithMessage("Expected product %s to meet every %d★ gate (%s), but it misses:%n  %s", product(), stars,
          judgement.descriptionEn(), missed(r));
    }
    return this;
  }

  /**
   * Some star gate up to {@code stars}★ is missed, judged by the members' mean.
   *
   * @param stars 1 to 5
   * @return this assertion, for chaining
   */
  public ScoreSheetAssert missesGatesFor(int stars) {
    isNotNull();
    GateResult r = actual.gates(StarRating.of(stars), GateJudgement.MEAN_OF_MEMBERS);
    if (r.status() != GateStatus.MISSED) {
      failWithMessage("Expected product %s to miss a %d★ gate, but its gates are %s", product(), stars,
          r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    return this;
  }

  /**
   * The only gate missed up to {@code stars}★, judged by the members' mean, is the one on criterion
   * {@code criterionKey}.
   *
   * @param criterionKey the criterion's key, e.g. {@code A2a}; not null
   * @param stars 1 to 5
   * @return this assertion, for chaining
   */
  public ScoreSheetAssert missesOnlyTheGateOf(String criterionKey, int stars) {
    isNotNull();
    GateResult r = actual.gates(StarRating.of(stars), GateJudgement.MEAN_OF_MEMBERS);
    if (r.missed().size() != 1 || !r.missed().get(0).criterion().key().equals(criterionKey)) {
      failWithMessage("Expected product %s to miss only the %d★ gate of criterion %s, but it misses: %s", product(),
          stars, criterionKey, r.missed().isEmpty() ? "none" : missed(r));
    }
    return this;
  }

  /**
   * The product's score is {@code score} (compared with its 2 decimals, e.g. {@code "77.00"}).
   *
   * @param score the expected score; not null
   * @return this assertion, for chaining
   */
  public ScoreSheetAssert hasScore(String score) {
    isNotNull();
    if (actual.score().compareTo(new BigDecimal(score)) != 0) {
      failWithMessage("Expected product %s to score %s, but it scored %s (members: %s)", product(), score,
          actual.score().toPlainString(), totals());
    }
    return this;
  }

  /**
   * The product's score is the mean of its members' totals, rounded half up to 2 decimals, computed
   * here from the totals apart from the library's arithmetic, and every member's total is the sum of
   * that member's parts.
   *
   * @return this assertion, for chaining
   */
  public ScoreSheetAssert hasScoreEqualToMeanOfMemberTotals() {
    isNotNull();
    if (actual.members().isEmpty()) {
      return this;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (MemberScore m : actual.members()) {
      BigDecimal parts = m.partPoints().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (parts.compareTo(m.total()) != 0) {
        failWithMessage("Product %s, member %s: total %s is not the sum of parts A, B, C (%s)", product(),
            m.member().orElse("council"), m.total().toPlainString(), parts.toPlainString());
      }
      sum = sum.add(m.total());
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(actual.members().size()), ScoreSheet.SCALE, ScoreSheet.ROUNDING);
    if (actual.score().compareTo(mean) != 0 || actual.score().scale() != ScoreSheet.SCALE) {
      failWithMessage("Product %s scored %s, but the mean of its members' totals (%s) is %s", product(),
          actual.score().toPlainString(), totals(), mean.toPlainString());
    }
    return this;
  }

  private String product() {
    return actual.product().id() + " (set " + actual.productSet().code() + ")";
  }

  private String totals() {
    return actual.members().stream().map(m -> m.member().orElse("council") + " " + m.total().toPlainString())
        .collect(Collectors.joining(", "));
  }

  static String missed(GateResult r) {
    return r.missed().stream().map(ScoreSheetAssert::check).collect(Collectors.joining("\n  "));
  }

  private static String check(GateCheck c) {
    return c.describeEn();
  }
}
