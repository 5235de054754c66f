package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.Selection;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Submission;
import vn.ocop.scoring.MemberScore;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.Scoring;

/** Generated sheets of every scorecard of every bundled option-level catalogue are valid council sheets. */
class MemberChoicesTest {

  static Stream<Scorecard> scorecards() {
    return Catalogues.all().stream().filter(Catalogue::isOptionLevel).flatMap(c -> c.scorecards().values().stream());
  }

  private static Catalogue catalogueOf(Scorecard card) {
    return Catalogues.forInstrument(card.productSet().instrument());
  }

  private static ScoreSheet score(Scorecard card, List<MemberScorecard> sheets) {
    Product p = Product.builder().id("p001").name("Sản phẩm 001").productSet(card.productSet().code())
        .producer(Units.COOPERATIVE).place(Units.LONG_XUYEN).build();
    return Scoring.score(Submission.builder().product(p).addAllScorecards(sheets).build(), catalogueOf(card));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecards")
  void everyGeneratedSheetScoresWithTheConditionsDrawn(Scorecard card) {
    Council council = OcopGenerators.council(3);
    qt().withExamples(40).forAll(OcopGenerators.memberScorecards(card, council, Conditions.EITHER)).checkAssert(sheets -> {
      ScoreSheet sheet = score(card, sheets);
      assertThat(sheet.members()).hasSize(3);
      OcopAssertions.assertThat(sheet).hasScoreEqualToMeanOfMemberTotals();
      for (MemberScore m : sheet.members()) {
        // every criterion is answered or left out for a reason the scorer accepts
        assertThat(m.choices().size() + m.notApplicable().size() + unchosenCases(card, m))
            .as("member %s on %s", m.member().orElseThrow(), card.productSet().code())
            .isEqualTo(card.criteria().size());
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecards")
  void withEveryConditionMetOnlyTheUnchosenCasesAreLeftOut(Scorecard card) {
    qt().withExamples(10).forAll(OcopGenerators.memberChoices(card, Conditions.MET)).checkAssert(choices -> {
      ScoreSheet sheet = score(card, List.of(MemberScorecard.builder().member("m1").addAllChoices(choices).build()));
      MemberScore m = sheet.members().get(0);
      assertThat(m.notApplicable()).isEmpty();
      assertThat(m.choices()).hasSize(card.criteria().size() - unchosenCases(card, m));
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecards")
  void withNoConditionMetNoCriterionCarryingOneIsAnswered(Scorecard card) {
    qt().withExamples(10).forAll(OcopGenerators.memberChoices(card, Conditions.NOT_MET)).checkAssert(choices -> {
      ScoreSheet sheet = score(card, List.of(MemberScorecard.builder().member("m1").addAllChoices(choices).build()));
      MemberScore m = sheet.members().get(0);
      Set<String> conditional = card.criteria().stream().filter(c -> c.condition().isPresent()).map(Criterion::key)
          .collect(java.util.stream.Collectors.toSet());
      assertThat(m.choices().keySet()).noneMatch(conditional::contains);
      assertThat(m.notApplicable().keySet()).isEqualTo(conditional);
    });
  }

  /** The criteria of one-case groups left unanswered because another case was chosen. */
  private static int unchosenCases(Scorecard card, MemberScore m) {
    return (int) card.groups().filter(g -> g.selection() == Selection.ONE_CASE)
        .mapToLong(g -> g.criteria().stream().filter(c -> !m.choices().containsKey(c.key())
            && !m.notApplicable().containsKey(c.key())).count())
        .sum();
  }
}
