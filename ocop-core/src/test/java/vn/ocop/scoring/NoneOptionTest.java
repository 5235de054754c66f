package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.Selection;
import vn.ocop.law.StarRating;
import vn.ocop.product.Product;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;

/**
 * A product that lacks what a criterion asks for (a registered trademark) is scored 0 on it through the
 * 0-point option the corrections add ("Không có …", added by us), and misses the gate the law sets on it.
 */
class NoneOptionTest {

  private static ScoreSheet score(Catalogue catalogue, String set, List<String> choices) {
    Product p = Product.builder().id("none-" + set.replace('/', '-')).name("Sản phẩm không có nhãn hiệu").productSet(set)
        .producer(Fixtures.COOPERATIVE).place(Fixtures.SOC_SON).build();
    return Scoring.score(Submission.builder().product(p).scoredBy("m1", choices.toArray(String[]::new)).build(), catalogue);
  }

  /** The best option of every criterion (the first case of a one-case group), with {@code replaced} chosen instead where given. */
  private static List<String> bestExcept(Scorecard card, String criterionKey, String choice) {
    List<String> out = new ArrayList<>();
    for (CriterionGroup g : (Iterable<CriterionGroup>) card.groups()::iterator) {
      List<Criterion> answered = g.selection() == Selection.ONE_CASE ? g.criteria().subList(0, 1) : g.criteria();
      for (Criterion c : answered) {
        Option best = c.options().stream().filter(o -> o.points() == c.maxPoints()).findFirst().orElseThrow();
        out.add(c.key().equals(criterionKey) ? choice : best.key());
      }
    }
    return out;
  }

  @Test
  void set02Of148WithoutATrademarkScoresZeroOnIntellectualPropertyAndMissesTheFourStarGate() {
    Catalogue c148 = Catalogues.decision148();
    Scorecard card = c148.scorecard(c148.productSet("02")).orElseThrow();
    Option none = card.findCriterion("A3e").orElseThrow().findOption("A3e/3").orElseThrow();
    assertThat(none.text()).isEqualTo("Không có (không có nhãn hiệu được đăng ký)");
    assertThat(none.points()).isZero();

    ScoreSheet sheet = score(c148, "148/02", bestExcept(card, "A3e", "A3e/3"));

    assertThat(sheet.members().get(0).criterionPoints()).containsEntry("A3e", 0);
    assertThat(sheet.score()).isEqualTo(new BigDecimal("98.00")); // every best option but A3e (2 points)
    GateResult four = sheet.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS);
    assertThat(four.missed()).singleElement().satisfies(g -> {
      assertThat(g.criterion().code()).isEqualTo("148/02/A3e");
      assertThat(g.meanPoints()).isEqualByComparingTo("0");
    });
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.THREE_STARS);
  }

  @Test
  void set02Of2026WithoutATrademarkScoresZeroAndMissesEvenTheThreeStarGate() {
    Catalogue c26 = Catalogues.decision26of2026();
    Scorecard card = c26.scorecard(c26.productSet("02")).orElseThrow();

    ScoreSheet sheet = score(c26, "26-2026/02", bestExcept(card, "3.5", "3.5/4"));

    assertThat(sheet.members().get(0).criterionPoints()).containsEntry("3.5", 0);
    assertThat(sheet.score()).isEqualTo(new BigDecimal("97.00")); // 3.5 is worth 3
    // 3.5/1 ("Đơn đăng ký nhãn hiệu … chấp nhận") is the 3★ minimum, 3.5/2 the 4★ one
    assertThat(sheet.gates(StarRating.THREE_STARS, GateJudgement.MEAN_OF_MEMBERS).missed())
        .extracting(g -> g.requiredOption().code()).containsExactly("26-2026/02/3.5/1");
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.TWO_STARS);
  }

  @Test
  void everyAddedNoneOptionScoresZeroAndFollowsTheLawsOptions() {
    for (Catalogue c : List.of(Catalogues.decision148(), Catalogues.decision26of2026())) {
      for (Scorecard card : c.scorecards().values()) {
        for (Criterion cr : card.criteria()) {
          for (Option o : cr.options()) {
            if (o.text().startsWith("Không có (")) {
              assertThat(o.points()).as(o.code()).isZero();
              assertThat(o.gate()).as(o.code()).isEmpty();
              assertThat(o.number()).as(o.code() + " is appended: the law's option codes do not move").isEqualTo(cr.options().size());
            }
          }
        }
      }
    }
  }
}
