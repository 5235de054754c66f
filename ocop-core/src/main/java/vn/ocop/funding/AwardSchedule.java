package vn.ocop.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.evaluation.Decision;
import vn.ocop.law.StarRating;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RoundResult;

/**
 * A province's awards per star level (thưởng theo hạng sao) for certified products. Awards are
 * province policy: no national instrument sets them. Immutable and thread-safe.
 *
 * <p>Example: Hà Tĩnh 2019 paid 30 million VND per 3★ and 50 million per 4★ product
 * ({@link #haTinh2019()}; round 2/2019: 63 products, 1.93 billion VND, which is 61 × 30 + 2 × 50 =
 * 1.930 million — the same split the steering committee's notice 22-TB/BCĐ of 27/12/2019 gives for
 * the first pass, 61 products in the 3★ frame and 2 in the 4★ frame).
 *
 * <pre>{@code
 * AwardStatement s = AwardSchedule.haTinh2019().apply(roundResult);
 * s.total();   // 1,930 million VND for 61 × 3★ + 2 × 4★
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class AwardSchedule {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  AwardSchedule() {}


  /** {@return a slug, e.g. {@code ha-tinh-2019}} */
  public abstract String id();

  /** {@return the province's slug} */
  public abstract String provinceId();

  /** {@return the document that sets the awards, where known} */
  public abstract Optional<String> basis();

  /** {@return the amount per star level; levels without an amount are paid nothing and listed as unscheduled} */
  public abstract Map<StarRating, Vnd> amounts();

  /**
   * Where each amount comes from, for reports: per star level, e.g. the rule pack that set it
   * ({@code province/ha-tinh@2019.1}); may be empty, and need not cover every level.
   *
   * @return the source of each amount, per star level
   * @since 0.1.0
   */
  public abstract Map<StarRating, String> amountSources();

  /** {@return how often a product is paid; {@link AwardMode#EVERY_CERTIFICATION} by default} */
  @Value.Default
  public AwardMode mode() {
    return AwardMode.EVERY_CERTIFICATION;
  }

  /**
   * {@return the amount for {@code stars}, if the schedule sets one}
   *
   * @param stars the star level
   */
  public Optional<Vnd> amount(StarRating stars) {
    return Optional.ofNullable(amounts().get(stars));
  }

  /**
   * Applies the schedule to a round's certified products, none of which was paid before.
   *
   * @param result the round
   * @return the awards of the round
   */
  public AwardStatement apply(RoundResult result) {
    return apply(result, Map.of());
  }

  /**
   * Applies the schedule to the products a round certifies ({@link Decision#CERTIFY}); forwarded,
   * not-achieved and ineligible products are not paid.
   *
   * @param result the round
   * @param previouslyPaidFor for {@link AwardMode#ONCE_PER_LEVEL}: per product id, the highest star
   *     level it was already paid for; ignored under {@link AwardMode#EVERY_CERTIFICATION}
   *
   * @return the awards of the round
   */
  public AwardStatement apply(RoundResult result, Map<String, StarRating> previouslyPaidFor) {
    List<AwardLine> lines = new ArrayList<>();
    List<String> unscheduled = new ArrayList<>();
    for (ProductResult r : result.results()) {
      if (r.decision() != Decision.CERTIFY) {
        continue;
      }
      StarRating stars = r.stars().orElseThrow();
      Optional<Vnd> due = amount(stars);
      if (due.isEmpty()) {
        unscheduled.add(r.product().id());
        continue;
      }
      Optional<StarRating> before = mode() == AwardMode.ONCE_PER_LEVEL
          ? Optional.ofNullable(previouslyPaidFor.get(r.product().id())) : Optional.empty();
      Vnd amount = due.get();
      if (before.isPresent()) {
        Vnd paid = amount(before.get()).orElse(Vnd.ZERO);
        amount = amount.isGreaterThan(paid) ? amount.minus(paid) : Vnd.ZERO;
      }
      lines.add(new AwardLine(r.product().id(), r.product().name(), stars, before, amount));
    }
    return new AwardStatement(id(), result.round().id(), lines, unscheduled);
  }

  /**
   * Hà Tĩnh 2019: 30 million VND per 3★, 50 million per 4★, paid on every certification. Source:
   * DOMAIN.md §7; the province's decision setting the amounts is not among the seed documents, so
   * the basis is recorded as such (uncertain).
   *
   * @return the schedule of Hà Tĩnh 2019
   */
  public static AwardSchedule haTinh2019() {
    return builder().id("ha-tinh-2019").provinceId("ha-tinh")
        .basis("Hà Tĩnh 2019 (thưởng 30 triệu/sản phẩm 3 sao, 50 triệu/sản phẩm 4 sao); văn bản gốc không có trong tài liệu mẫu")
        .putAmounts(StarRating.THREE_STARS, Vnd.ofMillions(30))
        .putAmounts(StarRating.FOUR_STARS, Vnd.ofMillions(50))
        .build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AwardSchedule}. */
  public static final class Builder extends ImmutableAwardSchedule.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /**
   * Checks the schedule: amounts only for certifiable levels (3★ and up), none negative, and a source only
   * for a level with an amount.
   *
   * @throws IllegalArgumentException if the schedule is inconsistent
   */
  @Value.Check
  protected void check() {
    for (Map.Entry<StarRating, Vnd> e : amounts().entrySet()) {
      if (!e.getKey().isCertifiable()) {
        throw new IllegalArgumentException("Award schedule '" + id() + "' pays " + e.getKey().symbol()
            + ", which earns no certificate");
      }
      if (e.getValue().isNegative()) {
        throw new IllegalArgumentException("Award schedule '" + id() + "' pays a negative amount for " + e.getKey().symbol());
      }
    }
    for (StarRating s : amountSources().keySet()) {
      if (!amounts().containsKey(s)) {
        throw new IllegalArgumentException("Award schedule '" + id() + "' names a source for " + s.symbol()
            + " but sets no amount for it");
      }
    }
  }
}
