package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.Ocop;
import vn.ocop.catalog.Catalogues;
import vn.ocop.result.RoundResult;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.Granularity;
import vn.ocop.scoring.ScoreSheet;

class RoundGeneratorTest {

  private static final LocalDate NOV_2024 = LocalDate.of(2024, 11, 20);

  @Test
  void roundsOfTheChosenProvinceLevelAndDateHoldSheetsOfTheirOwnCouncil() {
    Gen<Round> rounds = RoundGenerator.of(Units.AN_GIANG).places(Units.AN_GIANG_PLACES).councilDate(NOV_2024)
        .products(1, 12).councilSize(3, 7).build();
    qt().withExamples(30).forAll(rounds).checkAssert(round -> {
      assertThat(round.province()).isEqualTo(Units.AN_GIANG);
      assertThat(round.level()).isEqualTo(CouncilLevel.PROVINCE);
      assertThat(round.councilDate()).isEqualTo(NOV_2024);
      assertThat(round.council().size()).isBetween(3, 7);
      assertThat(round.submissions()).hasSizeBetween(1, 12);
      for (Submission s : round.submissions()) {
        assertThat(Units.AN_GIANG_PLACES).contains(s.product().place());
        assertThat(s.product().productSet()).startsWith("148/");
        assertThat(s.scorecards()).extracting(c -> c.member())
            .containsExactlyElementsOf(round.council().members().stream().map(m -> m.id()).toList());
        assertThat(s.filedOn()).hasValueSatisfying(d -> assertThat(d).isBetween(NOV_2024.minusDays(30), NOV_2024));
      }
      for (ScoreSheet sheet : Ocop.score(round).sheets()) {
        assertThat(sheet.granularity()).isEqualTo(Granularity.OPTION_LEVEL);
      }
    });
  }

  @Test
  void aRoundOf200ProductsIsGeneratedAndEvaluatedByTheBundledPacksInSeconds() {
    Gen<Round> rounds = RoundGenerator.of(Units.AN_GIANG).places(Units.AN_GIANG_PLACES).councilDate(NOV_2024)
        .products(200, 200).councilSize(9, 9).build();
    RuleBooks books = RuleBooks.bundled();
    Ocop.evaluate(Sample.of(rounds, 1), books); // compile the rule book once
    long start = System.nanoTime();
    qt().withExamples(3).forAll(rounds).checkAssert(round -> {
      RoundResult result = Ocop.evaluate(round, books);
      assertThat(result.results()).hasSize(200);
      OcopAssertions.assertThat(result).hasCountsAddingUp();
    });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void generatedRoundsSpreadOverTheStarLevels() {
    Gen<Round> rounds = RoundGenerator.of(Units.AN_GIANG).places(Units.AN_GIANG_PLACES).councilDate(NOV_2024)
        .products(200, 200).build();
    RoundResult result = Ocop.evaluate(Sample.of(rounds, 7), RuleBooks.bundled());
    for (int stars = 1; stars <= 5; stars++) {
      assertThat(result.statistics().count(vn.ocop.law.StarRating.of(stars))).as("%d★ products", stars).isPositive();
    }
  }

  @Test
  void aDistrictRoundTakesItsProductsFromItsDistrict() {
    Gen<Round> rounds = RoundGenerator.of(Units.AN_GIANG).district(Units.LONG_XUYEN)
        .places(List.of(Units.LONG_XUYEN, Units.MY_HOA_HUNG)).councilDate(NOV_2024).build();
    qt().withExamples(10).forAll(rounds).checkAssert(round -> {
      assertThat(round.level()).isEqualTo(CouncilLevel.DISTRICT);
      assertThat(round.district()).contains(Units.LONG_XUYEN);
      assertThat(Ocop.evaluate(round, RuleBooks.bundled()).results()).hasSize(round.submissions().size());
    });
  }

  @Test
  void underDecision1048ProductsAreScoredByPart() {
    Gen<Round> rounds = RoundGenerator.of(Units.AN_GIANG).councilDate(LocalDate.of(2020, 6, 30)).products(5, 30).build();
    qt().withExamples(10).forAll(rounds).checkAssert(round -> {
      for (ScoreSheet sheet : Ocop.score(round).sheets()) {
        assertThat(sheet.granularity()).isEqualTo(Granularity.PART_LEVEL);
        assertThat(sheet.productSet().code()).startsWith("1048/");
      }
    });
  }

  @Test
  void partLevelScoresCanBeAskedOfAnOptionLevelCatalogue() {
    Gen<Round> rounds = RoundGenerator.of(Units.AN_GIANG).councilDate(NOV_2024).granularity(Granularity.PART_LEVEL)
        .productSets("03", "148/04").build();
    qt().withExamples(10).forAll(rounds).checkAssert(round -> {
      for (ScoreSheet sheet : Ocop.score(round).sheets()) {
        assertThat(sheet.granularity()).isEqualTo(Granularity.PART_LEVEL);
        assertThat(sheet.productSet().code()).isIn("148/03", "148/04");
      }
    });
  }

  @Test
  void aRoundAfterTheAbolitionOfDistrictsIsProvincialUnder1489() {
    Gen<Round> rounds = RoundGenerator.of(Units.AN_GIANG).councilDate(LocalDate.of(2025, 9, 15)).build();
    qt().withExamples(5).forAll(rounds).checkAssert(round ->
        assertThat(Ocop.evaluate(round, RuleBooks.bundled()).results()).allSatisfy(r ->
            assertThat(r.outcome().reasons()).anySatisfy(reason -> {
              assertThat(reason.ruleId()).isEqualTo("law.applied");
              assertThat(reason.pack()).startsWith("national/1489@");
            })));
  }

  @Test
  void mistakesAreNamedWhenTheGeneratorIsBuilt() {
    RoundGenerator g = RoundGenerator.of(Units.AN_GIANG);
    assertThatThrownBy(() -> RoundGenerator.of(Units.LONG_XUYEN)).hasMessageContaining("Long Xuyên");
    assertThatThrownBy(() -> g.places(List.of(Units.DA_LAT))).hasMessageContaining("Đà Lạt").hasMessageContaining("An Giang");
    assertThatThrownBy(() -> g.district(Units.DA_LAT)).hasMessageContaining("'Đà Lạt' is not a district of An Giang");
    assertThatThrownBy(() -> g.products(5, 2)).hasMessageContaining("5 to 2");
    assertThatThrownBy(() -> g.councilSize(0, 3)).hasMessageContaining("0 to 3");
    assertThatThrownBy(g::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("council date");
    assertThatThrownBy(() -> RoundGenerator.of(Units.AN_GIANG).councilDate(LocalDate.of(2020, 6, 30))
        .granularity(Granularity.OPTION_LEVEL).build()).hasMessageContaining("1048/QĐ-TTg").hasMessageContaining("part level");
    assertThatThrownBy(() -> RoundGenerator.of(Units.AN_GIANG).councilDate(NOV_2024).productSets("99").build())
        .hasMessageContaining("'99'");
    assertThatThrownBy(() -> RoundGenerator.of(Units.AN_GIANG).councilDate(LocalDate.of(2019, 1, 10)).build())
        .hasMessageContaining("10/01/2019");
  }

  @Test
  void theHostsCatalogueScoresEveryProduct() {
    Gen<Round> rounds = RoundGenerator.of(Units.AN_GIANG).councilDate(NOV_2024).catalogue(Catalogues.decision148()).build();
    qt().withExamples(5).forAll(rounds).checkAssert(round -> assertThat(round.catalogue()).contains(Catalogues.decision148()));
  }
}
