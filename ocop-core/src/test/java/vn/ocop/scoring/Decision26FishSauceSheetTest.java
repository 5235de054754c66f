package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Part;
import vn.ocop.law.StarRating;
import vn.ocop.product.Product;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;

/**
 * A third hand-checked sheet of Decision 26/2026/QĐ-TTg, Phụ lục II: set 09 (Tương, nước mắm, gia vị dạng
 * lỏng khác), member m4's sheet of the fish sauce of sample round 5, each option's points read by hand from
 * {@code catalog/26-2026/set-09.txt} and written next to it.
 */
class Decision26FishSauceSheetTest {

  static final List<String> FISH_SAUCE = List.of(
      "1.1/3", "1.2/3", "1.3/3", "1.4/4", "1.5/3", "1.6/2",          // 5 3 3 3 3 1 = 18
      "2.1/4", "2.2/4", "2.3/3", "2.4/1",                            // 3 3 3 0 = 9 (2.4/1 "Không": no bilingual label)
      "3.1/2", "3.2/1", "3.3/2", "3.4/2", "3.5/2",                   // 2 0 2 2 2 = 8
      "4.1/4", "4.2/3", "4.3/5",                                     // 5 2 5 = 12
      "5.1/5", "5.2/2", "5.3/4",                                     // 5 1 5 = 11
      "6.1/3", "6.2/4", "6.3/4", "6.4/4", "6.5/4",                   // 2 3 3 3 4 = 15
      "7/4", "8/3", "9/3", "10/2", "11/3");                          // 5 5 5 2 3 = 20

  @Test
  void theFishSauceSheetOfSampleFiveScoresNinetyThreeWithEveryFiveStarRequirementMet() {
    Product p = Product.builder().id("ag26-01").name("Nước mắm Phú Quốc thượng hạng").productSet("26-2026/09")
        .producer(Fixtures.COOPERATIVE).place(Fixtures.SOC_SON).build();
    ScoreSheet sheet = Scoring.score(Submission.builder().product(p).scoredBy("m4", FISH_SAUCE.toArray(String[]::new)).build(),
        Catalogues.decision26of2026());
    MemberScore m = sheet.members().get(0);
    assertThat(m.groupPoints()).containsEntry("A1", 18).containsEntry("A2", 9).containsEntry("A3", 8)
        .containsEntry("B4", 12).containsEntry("B5", 11).containsEntry("C6", 15).containsEntry("C7", 5)
        .containsEntry("C8", 5).containsEntry("C9", 5).containsEntry("C10", 2).containsEntry("C11", 3);
    assertThat(m.partPoints()).containsEntry(Part.A, BigDecimal.valueOf(35)).containsEntry(Part.B, BigDecimal.valueOf(23))
        .containsEntry(Part.C, BigDecimal.valueOf(35));
    assertThat(sheet.score()).isEqualTo(new BigDecimal("93.00"));
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.FIVE_STARS);
  }
}
