package vn.ocop.cycle;

import static vn.ocop.cycle.CycleStep.BUSINESS_PLAN;
import static vn.ocop.cycle.CycleStep.EVALUATION;
import static vn.ocop.cycle.CycleStep.IDEA;
import static vn.ocop.cycle.CycleStep.IMPLEMENTATION;
import static vn.ocop.cycle.CycleStep.TRADE_PROMOTION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.certificate.Certificate;
import vn.ocop.law.StarRating;

/**
 * The national conditions on a product's journey. Thread-safe and stateless.
 *
 * <p>Order (the cycle itself): a new product enters at the idea step; a product already on the
 * market may enter at any step from the idea step on (communication and guidance is addressed to
 * the public, not to a product). Then steps follow one another: idea → plan → implementation →
 * evaluation → trade promotion; from evaluation a product that did not reach 3★ goes back to
 * implementation to improve and come back (DOMAIN §3); from trade promotion a certified product goes
 * back to evaluation for re-evaluation or an upgrade (Decision 148/QĐ-TTg). Skipping steps forward
 * is refused. The order is the library's reading of the cycle, not a provision; its conditions carry
 * no legal reference.
 *
 * <p>Conditions:
 * <ul>
 *   <li>Evaluation and ranking needs a producer with a business registration (Decision 148/QĐ-TTg,
 *       Article 1, subjects: a household without a registration cannot take part) and an accepted
 *       production/business plan (Decision 148/QĐ-TTg, Appendix II: the plan is part of the
 *       evaluation dossier; step 3 of the cycle).</li>
 *   <li>Trade promotion support needs a certificate at 3★ or more in force on the date
 *       (Decision 148/QĐ-TTg: certificates are issued at 3★ and above and are valid 36 months;
 *       provinces promote "sản phẩm OCOP đạt từ 3 sao trở lên", e.g. Hà Tĩnh notice 22-TB/BCĐ of
 *       27/12/2019, item I.3).</li>
 * </ul>
 */
public final class StandardJourneyPolicy implements JourneyPolicy {

  static final StandardJourneyPolicy INSTANCE = new StandardJourneyPolicy();

  /** The moves the cycle allows from each step. */
  static final Map<CycleStep, Set<CycleStep>> MOVES = Map.of(
      CycleStep.COMMUNICATION, EnumSet.noneOf(CycleStep.class),
      IDEA, EnumSet.of(BUSINESS_PLAN),
      BUSINESS_PLAN, EnumSet.of(IMPLEMENTATION),
      IMPLEMENTATION, EnumSet.of(EVALUATION),
      EVALUATION, EnumSet.of(TRADE_PROMOTION, IMPLEMENTATION),
      TRADE_PROMOTION, EnumSet.of(EVALUATION));

  private StandardJourneyPolicy() {}

  /** {@return the single instance; same as {@link JourneyPolicy#standard()}} */
  public static StandardJourneyPolicy instance() {
    return INSTANCE;
  }

  /**
   * {@return whether the cycle's order allows moving from {@code from} to {@code to}, conditions aside}
   *
   * @param from the step left
   * @param to the step reached
   */
  public static boolean isAllowedMove(CycleStep from, CycleStep to) {
    return MOVES.get(from).contains(to);
  }

  @Override
  public List<UnmetCondition> check(TransitionRequest r) {
    List<UnmetCondition> unmet = new ArrayList<>();
    CycleStep to = r.requested();
    if (r.isEntry()) {
      boolean ok = r.existingProduct() ? to.number() >= IDEA.number() : to == IDEA;
      if (!ok) {
        unmet.add(new UnmetCondition("cycle.order.entry",
            r.existingProduct() ? "Sản phẩm hiện có tham gia từ bước nhận ý tưởng trở đi" : "Sản phẩm mới bắt đầu ở bước nhận ý tưởng sản phẩm",
            r.existingProduct() ? "an existing product enters at the idea step or later" : "a new product starts at the idea step",
            ""));
      }
    } else if (!isAllowedMove(r.current().orElseThrow(), to)) {
      unmet.add(new UnmetCondition("cycle.order",
          "Chu trình không cho phép chuyển từ bước " + r.current().get().number() + " sang bước " + to.number(),
          "the cycle does not go from step " + r.current().get() + " to step " + to + "; allowed: "
              + MOVES.get(r.current().get()), ""));
    }
    if (to == EVALUATION) {
      if (!r.product().producer().isRegistered()) {
        unmet.add(new UnmetCondition("cycle.evaluation.registered-producer",
            "Chủ thể '" + r.product().producer().name() + "' chưa có đăng ký kinh doanh",
            "producer '" + r.product().producer().name() + "' has no business registration",
            "Quyết định 148/QĐ-TTg, Điều 1 (đối tượng áp dụng)"));
      }
      Optional<java.time.LocalDate> plan = r.facts().businessPlanAcceptedOn();
      if (plan.isEmpty() || plan.get().isAfter(r.date())) {
        unmet.add(new UnmetCondition("cycle.evaluation.business-plan",
            "Chưa có phương án, dự án sản xuất kinh doanh được chấp nhận",
            "no accepted production/business plan" + plan.map(d -> " on " + r.date() + " (accepted " + d + ")").orElse(""),
            "Quyết định 148/QĐ-TTg, Phụ lục II (hồ sơ đánh giá)"));
      }
    }
    if (to == TRADE_PROMOTION) {
      boolean certified = r.facts().certificates().stream()
          .filter(c -> c.product().id().equals(r.product().id()))
          .anyMatch(c -> c.stars().isAtLeast(StarRating.THREE_STARS) && c.isInForceOn(r.date()));
      if (!certified) {
        unmet.add(new UnmetCondition("cycle.trade-promotion.certificate",
            "Không có giấy chứng nhận OCOP từ 3 sao còn hiệu lực ngày " + r.date(),
            "no OCOP certificate at 3★ or more in force on " + r.date()
                + describe(r.facts().certificates(), r.product().id(), r.date()),
            "Quyết định 148/QĐ-TTg (giấy chứng nhận từ 3 sao, hiệu lực 36 tháng)"));
      }
    }
    return unmet;
  }

  private static String describe(List<Certificate> certs, String productId, java.time.LocalDate date) {
    List<String> parts = certs.stream().filter(c -> c.product().id().equals(productId))
        .map(c -> c.number() + " is " + c.status(date).nameEn().toLowerCase(java.util.Locale.ROOT)).toList();
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  @Override
  public String toString() {
    return "StandardJourneyPolicy";
  }
}
