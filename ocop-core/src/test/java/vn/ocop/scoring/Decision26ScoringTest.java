package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.Selection;
import vn.ocop.law.StarRating;
import vn.ocop.product.Product;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;

/**
 * Member sheets on the score sheets of Decision 26/2026/QĐ-TTg, Phụ lục II, whose keys keep the law's
 * numbering ({@code 1.1/2}, {@code 7/3}, {@code 6.2.1/1}, {@code 8a/2}); totals and gates worked out by
 * hand from the bundled files.
 */
class Decision26ScoringTest {

  private static final Catalogue D26 = Catalogues.decision26of2026();

  private static ScoreSheet score(String set, Map<String, List<String>> sheets) {
    Product p = Product.builder().id("d26-" + set.replace('/', '-')).name("Sản phẩm kiểm tra").productSet(set)
        .producer(Fixtures.COOPERATIVE).place(Fixtures.SOC_SON).build();
    Submission.Builder s = Submission.builder().product(p);
    sheets.forEach((member, choices) -> s.scoredBy(member, choices.toArray(String[]::new)));
    return Scoring.score(s.build(), D26);
  }

  /** Set 26-2026/01, fresh produce: A 11 + 9 + 9 | B 6 + 10 | C 9 + 3 + 3 + 4 + 3 + 1 + 1. */
  static final List<String> PRODUCE = List.of(
      "26-2026/01/1.1/2", "1.2/2", "1.3/2", "1.4/2", "1.5/3", "1.6/1", "1.7/2",   // 2 1 2 2 2 1 1 = 11
      "2.1/3", "2.2/3", "2.3/3", "2.4/2",                                      // 3 2 3 1 = 9
      "3.1/3", "3.2/1", "3.3/2", "3.4/2", "3.5/2",                             // 3 0 2 2 2 = 9
      "4.1/3", "4.2/2", "4.3/3",                                               // 3 1 2 = 6
      "5.1/5", "5.2/3", "5.3/3",                                               // 5 2 3 = 10
      "6.1/3", "6.2/4", "6.3/3", "6.4/3",                                      // 2 3 2 2 = 9
      "7/3", "8/3", "9/2", "10/2", "11/1", "12/1");                            // 3 3 4 3 1 1 = 15

  @Test
  void aProduceSheetWithLawNumberedKeysScores69AndMeetsTheFourStarGatesButNotTheFiveStar() {
    ScoreSheet sheet = score("26-2026/01", Map.of("m1", PRODUCE));
    MemberScore m = sheet.members().get(0);

    assertThat(m.criterionPoints()).containsEntry("1.1", 2).containsEntry("2.4", 1).containsEntry("3.2", 0)
        .containsEntry("7", 3).containsEntry("9", 4);
    assertThat(m.groupPoints()).containsEntry("A1", 11).containsEntry("A2", 9).containsEntry("A3", 9)
        .containsEntry("B4", 6).containsEntry("B5", 10).containsEntry("C6", 9).containsEntry("C7", 3).containsEntry("C12", 1);
    assertThat(m.partPoints()).containsEntry(Part.A, BigDecimal.valueOf(29)).containsEntry(Part.B, BigDecimal.valueOf(16))
        .containsEntry(Part.C, BigDecimal.valueOf(24));
    assertThat(sheet.score()).isEqualTo(new BigDecimal("69.00"));
    // 12 gates at 4★ (1.5/3 1.6/1 2.1/3 2.3/3 3.4/2 3.5/2 4.1/3 5.1/5 6.1/3 6.2/4 8/3 10/2), all chosen
    assertThat(sheet.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS).status()).isEqualTo(GateStatus.MET);
    // 5★ needs 1.3/3 ("Ứng dụng công nghệ tiên tiến…"); 1.3/2 was chosen
    assertThat(sheet.gates(StarRating.FIVE_STARS, GateJudgement.MEAN_OF_MEMBERS).missed())
        .extracting(c -> c.requiredOption().code()).contains("26-2026/01/1.3/3");
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.FOUR_STARS);
  }

  @Test
  void aKeyOfAnotherGroupsNumberingIsRefusedNamingTheOptions() {
    List<String> wrong = new ArrayList<>(PRODUCE);
    wrong.set(wrong.indexOf("7/3"), "7/4");
    assertThatThrownBy(() -> score("26-2026/01", Map.of("m1", wrong))).isInstanceOf(ScoringException.class)
        .hasMessageContaining("7/4").hasMessageContaining("7/1 to 7/3");
  }

  @Test
  void aChoiceWithoutAnOptionNumberIsRefusedWithAnExampleInTheLawsNumbering() {
    List<String> wrong = new ArrayList<>(PRODUCE);
    wrong.set(wrong.indexOf("1.2/2"), "1.2");
    assertThatThrownBy(() -> score("26-2026/01", Map.of("m1", wrong))).isInstanceOf(ScoringException.class)
        .hasMessageContaining("'1.2' is not an option code").hasMessageContaining("e.g. 1.1/3");
  }

  @Test
  void subCriteriaOfTeaAndCasesOfTourismAreScoredByTheirOwnKeys() {
    // tea: every criterion's first option, then 6.2.3/4 (5 points, "Vị đậm, dịu, phù hợp, có hậu vị ngọt")
    List<String> tea = firstOptions("11");
    tea.set(tea.indexOf("6.2.3/1"), "6.2.3/4");
    MemberScore m = score("26-2026/11", Map.of("m1", tea)).members().get(0);
    assertThat(m.criterionPoints()).containsEntry("6.2.1", 0).containsEntry("6.2.3", 5).containsEntry("6.1.1", 0);

    // tourism: the first case of each one-case group; 8a/2 scores 3, the other case 0, the group 3
    List<String> tourism = firstOptions("26");
    tourism.set(tourism.indexOf("8a/1"), "8a/2");
    MemberScore t = score("26-2026/26", Map.of("m1", tourism)).members().get(0);
    assertThat(t.criterionPoints()).containsEntry("8a", 3).containsEntry("8b", 0).containsEntry("9a", 1);
    assertThat(t.groupPoints()).containsEntry("C8", 3).containsEntry("C15", 1);
  }

  /** The first option of every criterion, and of the first case only in a one-case group. */
  private static List<String> firstOptions(String set) {
    Scorecard card = D26.scorecard(D26.productSet(set)).orElseThrow();
    List<String> out = new ArrayList<>();
    card.groups().forEach((CriterionGroup g) -> {
      if (g.selection() == Selection.ONE_CASE) {
        out.add(g.criteria().get(0).option(1).key());
      } else {
        g.criteria().forEach(c -> out.add(c.option(1).key()));
      }
    });
    return out;
  }
}
