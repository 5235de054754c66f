package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import vn.ocop.product.Product;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;
import vn.ocop.testing.TestCatalogue;

/** Every sheet the scorer refuses, and that the refusal names what is at fault. */
class BadScorecardTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> scoring(MemberScorecard card) {
    Submission s = Submission.builder().product(Fixtures.product("p7")).addScorecards(card).build();
    return assertThatThrownBy(() -> Scoring.score(Fixtures.round(List.of(s))))
        .isInstanceOf(ScoringException.class)
        .hasMessageContaining("p7")
        .hasMessageContaining("m2");
  }

  @Test
  void anOptionThatDoesNotBelongToTheCriterionIsRefused() {
    scoring(MemberScorecard.of("m2", "A1a/9", "A1b/1", "B1a/1", "B1b/1", "C1a/1"))
        .hasMessageContaining("A1a/9").hasMessageContaining("does not belong to criterion A1a")
        .satisfies(e -> {
          ScoringException se = (ScoringException) e;
          org.assertj.core.api.Assertions.assertThat(se.criterion()).contains("148/99/A1a");
          org.assertj.core.api.Assertions.assertThat(se.option()).contains("A1a/9");
          org.assertj.core.api.Assertions.assertThat(se.member()).contains("m2");
        });
  }

  @Test
  void aCriterionNotOnTheScorecardIsRefused() {
    scoring(MemberScorecard.of("m2", "A1a/1", "A7x/1", "B1a/1", "C1a/1")).hasMessageContaining("no criterion A7x");
  }

  @Test
  void somethingThatIsNotAnOptionCodeIsRefused() {
    scoring(MemberScorecard.of("m2", "A1a")).hasMessageContaining("'A1a' is not an option code");
  }

  @Test
  void twoOptionsForOneCriterionAreRefused() {
    scoring(MemberScorecard.of("m2", "A1a/1", "A1a/2", "B1a/1", "C1a/1"))
        .hasMessageContaining("two options for criterion A1a").hasMessageContaining("A1a/1").hasMessageContaining("A1a/2");
  }

  @Test
  void noOptionForACriterionWithoutConditionIsRefused() {
    scoring(MemberScorecard.of("m2", "A1a/1", "C1a/1"))
        .hasMessageContaining("no option for criterion B1a").hasMessageContaining("B1a/1 to B1a/3");
  }

  @Test
  void answeringBothCasesOfAOneCaseGroupIsRefused() {
    scoring(MemberScorecard.of("m2", "A1a/1", "B1a/1", "C1a/1", "C1b/1")).hasMessageContaining("more than one case of group C1");
  }

  @Test
  void leavingEveryCaseOfAOneCaseGroupBlankIsRefused() {
    scoring(MemberScorecard.of("m2", "A1a/1", "B1a/1")).hasMessageContaining("no option for criterion C1a");
  }

  @Test
  void answeringOneCriterionOfAConditionAndLeavingAnotherBlankIsRefused() {
    scoring(MemberScorecard.of("m2", "A1a/1", "A1b/2", "B1a/1", "C1a/1"))
        .hasMessageContaining("answers criterion A1b but leaves criterion B1b blank")
        .hasMessageContaining("Chỉ áp dụng khi có câu chuyện");
  }

  @Test
  void aSheetPrintedForAnotherProductSetIsRefused() {
    scoring(MemberScorecard.builder().member("m2").productSet("148/98").choose("A1a/1", "B1a/1", "C1a/1").build())
        .hasMessageContaining("is for product set 148/98").hasMessageContaining("148/99");
  }

  @Test
  void anOptionCodeOfAnotherProductSetIsRefused() {
    scoring(MemberScorecard.of("m2", "148/98/A1a/1", "B1a/1", "C1a/1"))
        .hasMessageContaining("148/98/A1a/1").hasMessageContaining("scored under 148/99");
  }

  @Test
  void optionLevelSheetsUnderAPartLevelCatalogueAreRefused() {
    Product p = Product.builder().id("p7").name("Khô cá tra").productSet("1048/01")
        .producer(Fixtures.COOPERATIVE).place(Fixtures.SOC_SON).build();
    var round = Fixtures.roundOf2024().council(Fixtures.COUNCIL).level(vn.ocop.round.CouncilLevel.PROVINCE).catalogue(TestCatalogue.PART_LEVEL)
        .addSubmissions(Submission.builder().product(p).scoredBy("m2", "A1a/1").build()).build();

    assertThatThrownBy(() -> Scoring.score(round)).isInstanceOf(ScoringException.class)
        .hasMessageContaining("p7").hasMessageContaining("part level");
  }

  @Test
  void partScoresAboveThePartMaximumAreRefused() {
    Submission s = Submission.builder().product(Fixtures.product("p7"))
        .addPartScores(PartScores.byMember("m2", "40.5", "20", "20")).build();

    assertThatThrownBy(() -> Scoring.score(Fixtures.round(List.of(s)))).isInstanceOf(ScoringException.class)
        .hasMessageContaining("p7").hasMessageContaining("m2").hasMessageContaining("part A scores 40.5")
        .hasMessageContaining("at most 40");
  }

  @Test
  void aProductSetMissingFromTheCatalogueIsRefused() {
    Product p = Product.builder().id("p7").name("Rượu").productSet("148/14")
        .producer(Fixtures.COOPERATIVE).place(Fixtures.SOC_SON).build();
    var round = Fixtures.round(List.of(Submission.builder().product(p).scoredBy("m2", "A1a/1").build()));

    assertThatThrownBy(() -> Scoring.score(round)).isInstanceOf(ScoringException.class)
        .hasMessageContaining("p7").hasMessageContaining("148/14");
  }
}
