package vn.ocop.catalog;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.law.StarRating;

/**
 * One criterion (chỉ tiêu) of a scorecard: a single-choice question on which each council member
 * picks exactly one {@link Option}. Decision 148/QĐ-TTg, Appendix III; Decision 26/2026/QĐ-TTg, Phụ lục II.
 * Immutable and thread-safe.
 *
 * <p>A criterion may carry a {@link Condition} (a note of the table such as "Chỉ áp dụng khi có câu
 * chuyện"): a member who judges it not met leaves the criterion unanswered and it scores 0. A
 * criterion may itself be a star gate ({@link #gate()}, e.g. {@code e) Sở hữu trí tuệ****}): a
 * product at that level needs a scoring option of it, more than 0 points.
 */
@OcopStyle
@Value.Immutable
public abstract class Criterion {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Criterion() {}


  /** {@return the full code, e.g. {@code 148/01/A1a} or, keeping the law's numbering, {@code 26-2026/01/1.1}} */
  public abstract String code();

  /** {@return the label as the table writes it, e.g. {@code a} or {@code đ}; under 26/2026 the number, {@code 1.1}, {@code 7}, {@code 8a}} */
  public abstract String label();

  /** {@return the criterion's title in Vietnamese, exactly as the table writes it} */
  public abstract String title();

  /**
   * The heading a sub-criterion stands under, when the table splits one lettered criterion into
   * several single-choice sub-criteria (Decision 148/QĐ-TTg, Appendix III, sets 11 and 13: "a) Ngoại
   * hình" with "- Tạp chất", "- Hình dạng…"). Empty for an ordinary criterion.
   *
   * @return the heading; empty for an ordinary criterion
   * @since 0.1
   */
  public abstract Optional<String> heading();

  /** {@return the criterion's maximum points: the points of its best option} */
  public abstract int maxPoints();

  /** {@return notes the table writes beside the criterion (requirements, explanations), verbatim} */
  public abstract List<String> notes();

  /** {@return the condition under which the criterion is scored at all, if the table sets one} */
  public abstract Optional<Condition> condition();

  /**
   * The star level for which this criterion as a whole is a minimum requirement (the product needs
   * an option scoring more than 0 points), if the table marks the criterion itself.
   *
   * @return the gated level, if any
   */
  public abstract Optional<StarRating> gate();

  /** {@return the options in the table's order; their numbers are 1..n} */
  public abstract List<Option> options();

  /** {@return the code within the product set, e.g. {@code A1a} (computed once: reasons and facts ask for it often)} */
  @Value.Derived
  public String key() {
    return Codes.key(code());
  }

  /**
   * The part this criterion belongs to. Where codes carry the part letter ({@code 148/01/A1a}) it
   * is read from the code unless set; where they keep the law's numbering ({@code 26-2026/01/1.1},
   * Decision 26/2026/QĐ-TTg) it must be set when the criterion is built.
   *
   * @return the criterion's part
   * @throws CatalogueException if the code is numbered and no part was set
   */
  @Value.Default
  public Part part() {
    char first = key().charAt(0);
    if (first < 'A' || first > 'C') {
      throw CatalogueException.inEntry(code(), "the part of a criterion with a numbered code must be given");
    }
    return Part.valueOf(String.valueOf(first));
  }

  /**
   * The option with the given number.
   *
   * @param number the option's 1-based number
   * @return the option
   * @throws IllegalArgumentException if the criterion has no such option
   */
  public Option option(int number) {
    if (number < 1 || number > options().size()) {
      throw new IllegalArgumentException(
          "Criterion " + code() + " has options 1 to " + options().size() + ", not " + number);
    }
    return options().get(number - 1);
  }

  /**
   * {@return the option with the given code or key ({@code 148/01/A1a/3} or {@code A1a/3}), if it is one of this criterion's}
   *
   * @param codeOrKey the option's full code or key
   */
  public Optional<Option> findOption(String codeOrKey) {
    for (Option o : options()) {
      if (o.code().equals(codeOrKey) || o.key().equals(codeOrKey)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * The least points a product needs on this criterion to meet the gates of {@code level}: the
   * highest requirement among the gates marked at {@code level} or below, on options or on the
   * criterion itself. Empty when no gate at or below {@code level} touches this criterion.
   *
   * @param level the star level
   * @return the least points needed, if a gate applies
   */
  public Optional<Integer> requiredPoints(StarRating level) {
    Integer required = null;
    for (Option o : options()) {
      if (o.gate().isPresent() && level.isAtLeast(o.gate().get())) {
        required = required == null ? o.points() : Math.max(required, o.points());
      }
    }
    if (gate().isPresent() && level.isAtLeast(gate().get())) {
      int leastScoring = options().stream().mapToInt(Option::points).filter(p -> p > 0).min().orElse(1);
      required = required == null ? leastScoring : Math.max(required, leastScoring);
    }
    return Optional.ofNullable(required);
  }

  /**
   * The option that stands for the requirement of {@code level}: the first option, in table order,
   * scoring at least {@link #requiredPoints(StarRating)}.
   *
   * @param level the star level
   * @return the option standing for the requirement, if a gate applies
   */
  public Optional<Option> requiredOption(StarRating level) {
    return requiredPoints(level)
        .flatMap(p -> options().stream().filter(o -> o.points() >= p).findFirst());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Criterion}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the criterion: it has options, numbered 1..n in order with codes extending its own; its
   * maximum is its best option's points; a gated criterion has an option that scores.
   *
   * @throws CatalogueException naming the entry at fault
   */
  @Value.Check
  protected void check() {
    if (options().isEmpty()) {
      throw CatalogueException.inEntry(code(), "criterion has no options");
    }
    int best = 0;
    for (int i = 0; i < options().size(); i++) {
      Option o = options().get(i);
      if (o.number() != i + 1) {
        throw CatalogueException.inEntry(o.code(), "option is number " + o.number() + " but stands at position " + (i + 1));
      }
      if (!o.code().equals(code() + "/" + o.number())) {
        throw CatalogueException.inEntry(o.code(), "option code does not extend its criterion code " + code());
      }
      best = Math.max(best, o.points());
    }
    if (best != maxPoints()) {
      throw CatalogueException.inEntry(
          code(), "criterion maximum is " + maxPoints() + " but its best option scores " + best);
    }
    if (gate().isPresent() && best == 0) {
      throw CatalogueException.inEntry(code(), "criterion is a " + gate().get().symbol() + " gate but no option scores");
    }
  }

  @Override
  public String toString() {
    return key() + " " + title() + " (" + maxPoints() + ")";
  }
}
