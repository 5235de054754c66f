package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.Ocop;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.Scorecard;
import vn.ocop.law.StarRating;
import vn.ocop.product.Product;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.ScoreSheet;

class NearMissTest {

  private static final Catalogue D148 = Catalogues.decision148();
  private static final Council COUNCIL = OcopGenerators.council(5);

  static Stream<Scorecard> scorecardsWithAFourStarGate() {
    return D148.scorecards().values().stream()
        .filter(c -> !NearMiss.gateCriteriaMissableAlone(c, StarRating.FOUR_STARS).isEmpty());
  }

  private static Round round(Scorecard card, Submission.Builder s) {
    Product p = Product.builder().id("p001").name("Sản phẩm 001").productSet(card.productSet().code())
        .producer(Units.COOPERATIVE).place(Units.LONG_XUYEN).build();
    return Round.builder().province(Units.AN_GIANG).year(2024).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(LocalDate.of(2024, 11, 20)).council(COUNCIL)
        .addSubmissions(s.product(p).addAllDossier(OcopGenerators.FULL_DOSSIER).build()).build();
  }

  @Test
  void mostScorecardsOf148HaveAFourStarGateThatCanBeMissedAlone() {
    assertThat(scorecardsWithAFourStarGate().count()).isGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsWithAFourStarGate")
  void aSheetOneGateShortOfFourStarsIsCappedAtThreeByTheNationalPack(Scorecard card) {
    qt().withExamples(5).forAll(NearMiss.sheetsMissingOneGate(card, StarRating.FOUR_STARS, COUNCIL)).checkAssert(sheets -> {
      Round round = round(card, Submission.builder().addAllScorecards(sheets));
      RoundResult result = Ocop.evaluate(round, RuleBooks.bundled());
      ScoreSheet sheet = result.results().get(0).sheet();
      OcopAssertions.assertThat(sheet).meetsGatesFor(3).missesGatesFor(4);
      assertThat(sheet.gates(StarRating.FOUR_STARS, vn.ocop.scoring.GateJudgement.MEAN_OF_MEMBERS).missed()).hasSize(1);
      assertThat(sheet.score()).isGreaterThanOrEqualTo(new BigDecimal("70"));
      OcopAssertions.assertThat(result).product("p001").hasStars(3).hasReason("148.gate.cap");
    });
  }

  @Test
  void aScorecardWithoutGatesAtALevelIsNamed() {
    Scorecard card = D148.scorecards().values().iterator().next();
    assertThatThrownBy(() -> NearMiss.sheetsMissingOneGate(card, StarRating.ONE_STAR, COUNCIL))
        .hasMessageContaining(card.productSet().code()).hasMessageContaining("1★");
  }

  @Test
  void bandBoundaryScoresSitOnTheBoundaryWithinThePartMaxima() {
    for (Catalogue c : List.of(Catalogues.decision1048(), D148)) {
      qt().withExamples(200).forAll(NearMiss.bandBoundaryScores(c)).checkAssert(p -> {
        BigDecimal total = p.total();
        assertThat(NearMiss.BAND_BOUNDARIES).anySatisfy(b -> assertThat(b.subtract(total)).isIn(
            new BigDecimal("0.00"), new BigDecimal("0.01"), new BigDecimal("0.50")));
        assertThat(p.partA()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(c.partMaximum(Part.A)));
        assertThat(p.partB()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(c.partMaximum(Part.B)));
        assertThat(p.partC()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(c.partMaximum(Part.C)));
      });
    }
  }

  @Test
  void theNationalPackPutsABoundaryScoreInTheBandItOpens() {
    Scorecard any = D148.scorecards().values().iterator().next();
    qt().withExamples(60).forAll(NearMiss.bandBoundaryScores(D148)).checkAssert(p -> {
      RoundResult result = Ocop.evaluate(round(any, Submission.builder().addPartScores(p)), RuleBooks.bundled());
      BigDecimal score = result.results().get(0).score();
      int band = 1 + (int) NearMiss.BAND_BOUNDARIES.stream().filter(b -> score.compareTo(b) >= 0).count();
      OcopAssertions.assertThat(result).product("p001").hasStars(band);
    });
  }
}
