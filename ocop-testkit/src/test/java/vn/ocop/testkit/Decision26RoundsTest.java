package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import vn.ocop.Ocop;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Scorecard;
import vn.ocop.evaluation.Reason;
import vn.ocop.law.Instrument;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.Places;
import vn.ocop.place.UnknownPlaceException;
import vn.ocop.product.Product;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.ScoreSheet;

/**
 * Rounds under Decision 26/2026/QĐ-TTg and across its transition, of provinces and communes of the
 * place registry: the generators cover the new catalogue (its sheets, one-case groups, conditions,
 * gates and grounds for disqualification) and the bundled packs hold the ready-made properties on them.
 */
class Decision26RoundsTest {

  private static final Catalogue D26 = Catalogues.decision26of2026();
  private static final LocalDate AUG_2026 = LocalDate.of(2026, 8, 20);
  private static final RuleBooks BUNDLED = RuleBooks.bundled();

  private static final Gen<Round> AN_GIANG_2026 = RoundGenerator.inProvince("an-giang", AUG_2026)
      .products(1, 20).councilSize(5, 9).build();

  @Test
  void roundsOfAProvinceOnADateTakeTheirProductsFromItsCommunesOnThatDate() {
    qt().withExamples(20).forAll(AN_GIANG_2026).checkAssert(round -> {
      assertThat(round.province().id()).isEqualTo("an-giang");
      assertThat(Places.isRegistered(round.province())).isTrue();
      for (Submission s : round.submissions()) {
        assertThat(s.product().place().level()).isEqualTo(AdministrativeLevel.COMMUNE);
        assertThat(s.product().place().existsOn(AUG_2026)).isTrue();
        assertThat(s.product().place().province()).isEqualTo(round.province());
        assertThat(s.product().productSet()).startsWith("26-2026/");
      }
    });
  }

  @Test
  void everyProductOfA2026RoundIsJudgedByDecision26() {
    qt().withExamples(10).forAll(AN_GIANG_2026).checkAssert(round -> {
      for (ProductResult r : Ocop.evaluate(round, BUNDLED).results()) {
        assertThat(r.sheet().law().criteria()).isEqualTo(Instrument.D26_2026);
        Reason last = r.outcome().reasons().get(r.outcome().reasons().size() - 1);
        assertThat(last.ruleId()).isEqualTo("law.applied");
        assertThat(last.pack()).startsWith("national/26-2026@");
      }
    });
  }

  @Test
  void theBundledPacksHoldTheRankingPropertiesUnderDecision26() {
    RankingProperties props = RankingProperties.of(BUNDLED, AN_GIANG_2026).withExamples(10);
    props.betterOptionNeverLowersStarsOrRank();
    props.orderOfSubmissionsDoesNotMatter();
    props.rankingIsATotalOrder();
    props.countsAddUp();
    props.scoreIsTheMeanOfMemberTotals();
  }

  @Test
  void duringTheTransitionARoundMixesDossiersUnderBothLaws() {
    LocalDate june = LocalDate.of(2026, 6, 18);
    Gen<Round> rounds = RoundGenerator.inProvince("an-giang", june).filedWithinDays(60).products(5, 20).build();
    java.util.Set<Instrument> seen = java.util.EnumSet.noneOf(Instrument.class);
    qt().withExamples(8).forAll(rounds).checkAssert(round -> {
      for (ProductResult r : Ocop.evaluate(round, BUNDLED).results()) {
        boolean before = r.sheet().submission().filedOn().orElseThrow().isBefore(Instrument.D26_2026.inForceFrom());
        assertThat(r.sheet().law().criteria()).isEqualTo(before ? Instrument.D148 : Instrument.D26_2026);
        assertThat(r.product().productSet()).startsWith(before ? "148/" : "26-2026/");
        seen.add(r.sheet().law().criteria());
      }
    });
    assertThat(seen).containsExactlyInAnyOrder(Instrument.D148, Instrument.D26_2026);
  }

  @Test
  void aProductWithGroundsForDisqualificationIsIneligibleQuotingTheGround() {
    Gen<Round> rounds = RoundGenerator.inProvince("an-giang", AUG_2026).disqualified(100).products(1, 10).build();
    qt().withExamples(10).forAll(rounds).checkAssert(round -> {
      for (ProductResult r : Ocop.evaluate(round, BUNDLED).results()) {
        if (r.sheet().scorecard().orElseThrow().disqualifications().isEmpty()) {
          assertThat(r.sheet().submission().disqualifications()).isEmpty(); // a sheet without grounds
          continue;
        }
        assertThat(r.sheet().submission().disqualifications()).isNotEmpty();
        OcopAssertions.assertThat(r.outcome()).isIneligible().hasReason("26-2026.disqualified");
        String ground = r.sheet().submission().disqualifications().iterator().next();
        String text = r.sheet().scorecard().orElseThrow().findDisqualification(ground).orElseThrow().text();
        assertThat(r.outcome().reasons()).anySatisfy(reason -> assertThat(reason.messageVi()).contains(text));
      }
    });
  }

  @Test
  void groundsAreDrawnFromTheProductsOwnScorecard() {
    Scorecard card = D26.scorecards().values().iterator().next();
    qt().withExamples(50).forAll(OcopGenerators.disqualifications(card)).checkAssert(grounds -> {
      assertThat(grounds).isNotEmpty();
      assertThat(grounds).allSatisfy(g -> assertThat(card.findDisqualification(g)).isPresent());
    });
    Scorecard old = Catalogues.decision148().scorecards().values().iterator().next();
    assertThatThrownBy(() -> OcopGenerators.disqualifications(old)).hasMessageContaining(old.productSet().code());
  }

  static Stream<Scorecard> scorecardsOf26WithAFourStarGate() {
    return D26.scorecards().values().stream()
        .filter(c -> !NearMiss.gateCriteriaMissableAlone(c, StarRating.FOUR_STARS).isEmpty());
  }

  @Test
  void mostScorecardsOf26HaveAFourStarGateThatCanBeMissedAlone() {
    assertThat(scorecardsOf26WithAFourStarGate().count()).isGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scorecardsOf26WithAFourStarGate")
  void aSheetOneGateShortOfFourStarsIsCappedAtThreeUnderDecision26(Scorecard card) {
    Council council = OcopGenerators.council(7);
    qt().withExamples(3).forAll(NearMiss.sheetsMissingOneGate(card, StarRating.FOUR_STARS, council)).checkAssert(sheets -> {
      Product p = Product.builder().id("p001").name("Sản phẩm 001").productSet(card.productSet().code())
          .producer(Units.COOPERATIVE).place(Places.commune(Places.province("an-giang", AUG_2026), "my-hoa-hung", AUG_2026))
          .build();
      Round round = Round.builder().province(Places.province("an-giang", AUG_2026)).year(2026).sequence(2)
          .level(CouncilLevel.PROVINCE).councilDate(AUG_2026).council(council)
          .addSubmissions(Submission.builder().product(p).addAllDossier(OcopGenerators.FULL_DOSSIER).filedOn(AUG_2026)
              .addAllScorecards(sheets).build()).build();
      RoundResult result = Ocop.evaluate(round, BUNDLED);
      ScoreSheet sheet = result.results().get(0).sheet();
      OcopAssertions.assertThat(sheet).meetsGatesFor(3).missesGatesFor(4);
      // 26/2026 sends a product up on its points (Art. 7.3.e, docs/law.md): at 90 or more it goes to the
      // ministry with the 3★ the province found; below 90 the province certifies the 3★
      if (sheet.score().compareTo(java.math.BigDecimal.valueOf(90)) >= 0) {
        OcopAssertions.assertThat(result).product("p001").hasStars(3).hasReason("26-2026.gate.cap")
            .isForwardedTo(CouncilLevel.CENTRAL);
      } else {
        OcopAssertions.assertThat(result).product("p001").hasStars(3).hasReason("26-2026.gate.cap").isCertifiedAt(3);
      }
    });
  }

  @Test
  void aGroundTheScorecardDoesNotListIsAnErrorNamingTheProductAndTheGround() {
    Round round = Sample.of(RoundGenerator.inProvince("an-giang", AUG_2026).products(1, 1).build(), 3);
    Submission s = round.submissions().get(0);
    Submission withUnknown = Submission.builder().product(s.product()).addAllDossier(s.dossier()).filedOn(AUG_2026)
        .addAllScorecards(s.scorecards()).addDisqualifications("X99").build();
    Round bad = Round.builder().province(round.province()).year(2026).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(AUG_2026).council(round.council()).addSubmissions(withUnknown).build();
    assertThatThrownBy(() -> Ocop.evaluate(bad, BUNDLED)).hasMessageContaining("Product 'p001'")
        .hasMessageContaining("'X99'").hasMessageContaining(s.product().productSet());
  }

  @Test
  void aDistrictRoundOfTheRegistryBefore2025() {
    Gen<Round> rounds = RoundGenerator.inDistrict("kien-giang", "hon-dat", LocalDate.of(2024, 5, 28)).products(1, 10).build();
    qt().withExamples(5).forAll(rounds).checkAssert(round -> {
      assertThat(round.district().orElseThrow().name()).contains("Hòn Đất");
      assertThat(round.submissions()).allSatisfy(s ->
          assertThat(s.product().place().district().orElseThrow().id()).isEqualTo(round.district().orElseThrow().id()));
      assertThat(Ocop.evaluate(round, BUNDLED).results()).hasSize(round.submissions().size());
    });
  }

  @Test
  void aProvinceThatNoLongerExistedIsNamedWithWhatBecameOfIt() {
    assertThatThrownBy(() -> RoundGenerator.inProvince("kien-giang", AUG_2026))
        .isInstanceOf(UnknownPlaceException.class).hasMessageContaining("kien-giang").hasMessageContaining("an-giang");
  }
}
