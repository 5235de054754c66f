package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Part;
import vn.ocop.law.StarRating;
import vn.ocop.product.Product;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;

/**
 * Full member sheets on three real Decision 148 scorecards (Appendix I), with every total and gate
 * worked out by hand from the bundled catalogue files and written here.
 */
class HandCheckedScorecardTest {

  private static ScoreSheet score(String set, Map<String, String[]> sheets) {
    Product p = Product.builder().id("hc-" + set.replace('/', '-')).name("Sản phẩm kiểm tra").productSet(set)
        .producer(Fixtures.COOPERATIVE).place(Fixtures.SOC_SON).build();
    Submission.Builder s = Submission.builder().product(p);
    sheets.forEach(s::scoredBy);
    Round round = Fixtures.roundOf2024().council(Fixtures.COUNCIL).level(CouncilLevel.PROVINCE)
        .addSubmissions(s.build()).build();
    ScoredRound scored = Scoring.score(round);
    assertThat(scored.catalogue()).isSameAs(Catalogues.decision148()); // chosen by the council date, 2024-06-25
    return scored.sheets().get(0);
  }

  /** Set 148/03 rice: A1 14, A2 9, A3 12 | B4 9, B5 10 | C6 10, C7–C12 14. */
  static final String[] RICE = {
      "A1a/3", "A1b/2", "A1c/2", "A1d/3", "A1dd/2", "A1e/2",   // 5 2 2 2 2 1 = 14
      "A2a/4", "A2b/3", "A2c/3",                                // 4 2 3 = 9
      "A3a/3", "A3b/2", "A3c/2", "A3d/2", "A3dd/2", "A3e/2",   // 3 1 3 2 1 2 = 12
      "B4a/3", "B4b/3", "B4c/4",                                // 3 3 3 = 9
      "B5a/5", "B5b/4", "B5c/2",                                // 4 5 1 = 10
      "C6a/2", "C6b/4", "C6c/3", "C6d/4",                       // 2 3 2 3 = 10
      "C7a/2", "C8a/3", "C9a/3", "C9b/3", "C10a/4", "C11a/1", "C12a/2"}; // 1 3 2 2 3 1 2 = 14

  @Test
  void riceSheetOfSet03Scores78AndMeetsEveryGateUpToFourStars() {
    ScoreSheet sheet = score("148/03", Map.of("m1", RICE));
    MemberScore m = sheet.members().get(0);

    assertThat(m.groupPoints()).containsEntry("A1", 14).containsEntry("A2", 9).containsEntry("A3", 12)
        .containsEntry("B4", 9).containsEntry("B5", 10).containsEntry("C6", 10).containsEntry("C10", 3);
    assertThat(m.partPoints()).containsEntry(Part.A, BigDecimal.valueOf(35)).containsEntry(Part.B, BigDecimal.valueOf(19))
        .containsEntry(Part.C, BigDecimal.valueOf(24));
    assertThat(sheet.score()).isEqualTo(new BigDecimal("78.00"));
    // 4★ gates: A1c/2 A1d/3 A1dd/1 A2a/4 A2c/3 A3d/2 B5b/4 C6b/4 C6c/3 C6d/4 C8a/3 C10a/4 — all chosen or beaten
    assertThat(sheet.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS).status()).isEqualTo(GateStatus.MET);
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.FOUR_STARS);
  }

  @Test
  void riceWithTwoMembersBelowTheIdeaOriginGateFallsToThreeStarsOnGates() {
    String[] lower = RICE.clone();
    lower[6] = "A2a/3"; // 3 points instead of 4: 77
    ScoreSheet sheet = score("148/03", Map.of("m1", RICE, "m2", lower, "m3", lower));

    assertThat(sheet.score()).isEqualTo(new BigDecimal("77.33")); // (78 + 77 + 77) / 3
    GateResult four = sheet.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS);
    assertThat(four.missed()).singleElement().satisfies(c -> {
      assertThat(c.criterion().code()).isEqualTo("148/03/A2a");
      assertThat(c.requiredOption().code()).isEqualTo("148/03/A2a/4");
      assertThat(c.meanPoints()).isEqualByComparingTo("3.33");
    });
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.THREE_STARS);
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MAJORITY_OF_MEMBERS)).isEqualTo(StarRating.THREE_STARS);
  }

  /** Set 148/21 handicraft, no product story: B5b (HAS_STORY) left blank scores 0. */
  static final String[] HANDICRAFT = {
      "A1a/2", "A1b/2", "A1c/2", "A1d/3", "A1dd/2", "A1e/2",   // 3 2 2 2 2 1 = 12
      "A2a/3", "A2b/3",                                         // 3 3 = 6
      "A3a/2", "A3b/2", "A3c/2", "A3d/2", "A3dd/1", "A3e/1",   // 2 1 3 2 0 1 = 9
      "B4a/2", "B4b/3", "B4c/3",                                // 2 3 2 = 7
      "B5a/4", "B5c/1",                                         // 3 (B5b blank) 0 = 3
      "C6a/3", "C6b/2", "C6c/3", "C6d/3", "C6dd/2",             // 3 3 2 2 3 = 13
      "C7a/2", "C8a/3", "C9a/2"};                               // 2 2 3 = 7

  @Test
  void handicraftSheetOfSet21Scores57ButWithoutAStoryMissesTheThreeStarGate() {
    ScoreSheet sheet = score("148/21", Map.of("m1", HANDICRAFT));
    MemberScore m = sheet.members().get(0);

    assertThat(m.partPoints()).containsEntry(Part.A, BigDecimal.valueOf(27)).containsEntry(Part.B, BigDecimal.valueOf(10))
        .containsEntry(Part.C, BigDecimal.valueOf(20));
    assertThat(sheet.score()).isEqualTo(new BigDecimal("57.00"));
    assertThat(m.notApplicable()).containsExactly(Map.entry("B5b", Condition.HAS_STORY));
    // 3★ gates: A1a/1 (met), B5b/3 (0 points: missed), C8a/3 (met)
    GateResult three = sheet.gates(StarRating.THREE_STARS, GateJudgement.MEAN_OF_MEMBERS);
    assertThat(three.checks()).extracting(c -> c.criterion().key()).containsExactly("A1a", "B5b", "C8a");
    assertThat(three.missed()).extracting(c -> c.requiredOption().key()).containsExactly("B5b/3");
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.TWO_STARS);
  }

  /** Set 148/26 community tourism: one case each of C8, C9 and C15 is scored. */
  static final String[] TOURISM = {
      "A1a/2", "A1b/2", "A1c/3", "A1d/2",                       // 3 4 3 2 = 12
      "A2a/2", "A2b/2", "A2c/2",                                // 3 2 3 = 8
      "A3a/3", "A3b/1", "A3c/2", "A3d/2", "A3dd/2", "A3e/1",   // 3 0 3 3 1 1 = 11
      "B4a/2", "B4b/2", "B4c/2", "B4d/3", "B4dd/2",             // 3 2 2 3 2 = 12
      "B5a/2", "B5b/2", "B5c/1",                                // 2 2 1 = 5
      "C6a/2", "C7a/3", "C8b/2", "C9a/2", "C10a/2", "C11a/2",   // 2 3 2 2 2 2
      "C12a/3", "C13a/3", "C14a/2", "C15b/2", "C16a/2", "C17a/1"}; // 3 3 2 3 2 1 = 27

  @Test
  void tourismSheetOfSet26ScoresOneCasePerOneCaseGroupAndTotals75() {
    ScoreSheet sheet = score("148/26", Map.of("m1", TOURISM, "m2", TOURISM));
    MemberScore m = sheet.members().get(0);

    assertThat(m.groupPoints()).containsEntry("C8", 2).containsEntry("C9", 2).containsEntry("C15", 3);
    assertThat(m.criterionPoints()).containsEntry("C8a", 0).containsEntry("C9b", 0).containsEntry("C15a", 0);
    assertThat(m.partPoints()).containsEntry(Part.A, BigDecimal.valueOf(31)).containsEntry(Part.B, BigDecimal.valueOf(17))
        .containsEntry(Part.C, BigDecimal.valueOf(27));
    assertThat(sheet.score()).isEqualTo(new BigDecimal("75.00"));
    // set 26 has two gates, both 4★: A3d/2 (3 points) and criterion A3e as a whole; both met
    assertThat(sheet.gates(StarRating.FIVE_STARS, GateJudgement.EVERY_MEMBER).checks())
        .extracting(c -> c.requiredOption().key()).containsExactly("A3d/2", "A3e/1");
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.EVERY_MEMBER)).isEqualTo(StarRating.FIVE_STARS);
  }

  @Test
  void answeringBothCasesOfATourismGroupIsRefusedNamingTheGroup() {
    String[] both = java.util.Arrays.copyOf(TOURISM, TOURISM.length + 1);
    both[TOURISM.length] = "C8a/1";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> score("148/26", Map.of("m1", both)))
        .isInstanceOf(ScoringException.class).hasMessageContaining("more than one case of group C8");
  }

  @Test
  void theDefaultCatalogueIsTheOneInForceOnTheCouncilDate() {
    assertThat(List.of(Catalogues.inForceOn(java.time.LocalDate.of(2023, 2, 24)).instrument().shortCode(),
        Catalogues.inForceOn(java.time.LocalDate.of(2023, 2, 23)).instrument().shortCode())).containsExactly("148", "1048");
  }

  @Test
  void aHistoricalRoundUnder1048IsScoredFromPartTotalsAgainstItsMaxima() {
    Product palmSugar = Product.builder().id("ag-2020-02").name("Mắm đường thốt nốt Palmania").productSet("1048/01")
        .producer(Fixtures.COOPERATIVE).place(Fixtures.SOC_SON).build();
    Round round = Round.builder().province(Fixtures.KIEN_GIANG).year(2020).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(java.time.LocalDate.of(2020, 8, 20)).council(Fixtures.COUNCIL)
        .addSubmissions(Submission.builder().product(palmSugar)
            .addPartScores(vn.ocop.round.PartScores.of("30.5", "20", "22.75")).build())
        .build();

    ScoredRound scored = Scoring.score(round);

    assertThat(scored.catalogue().instrument()).isEqualTo(vn.ocop.law.Instrument.D1048);
    assertThat(scored.sheets().get(0).score()).isEqualTo(new BigDecimal("73.25"));
    assertThat(scored.catalogue().groupOf(scored.sheets().get(0).productSet()).nameEn()).isEqualTo("Food");
    Round tooMuchA = Round.builder().province(Fixtures.KIEN_GIANG).year(2020).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(java.time.LocalDate.of(2020, 8, 20)).council(Fixtures.COUNCIL)
        .addSubmissions(Submission.builder().product(palmSugar)
            .addPartScores(vn.ocop.round.PartScores.of("36", "20", "22.75")).build())
        .build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Scoring.score(tooMuchA))
        .isInstanceOf(ScoringException.class).hasMessageContaining("part A scores 36").hasMessageContaining("at most 35");
  }
}
