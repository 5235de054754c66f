package vn.ocop.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.law.StarRating;
import vn.ocop.result.RoundResult;
import vn.ocop.testing.ProgrammeFixtures;

class AwardScheduleTest {

  @Test
  void haTinhRound2Of2019Pays1930MillionFor61ThreeStarAnd2FourStarProducts() {
    // 30a + 50b = 1,930 with a + b = 63 has the one solution a = 61, b = 2: the split notice
    // 22-TB/BCĐ gives for the first pass (61 in the 3★ frame, 2 at 71 points in the 4★ frame).
    RoundResult round = ProgrammeFixtures.haTinhRound2019(61, 2, 13);

    AwardStatement s = AwardSchedule.haTinh2019().apply(round);

    assertThat(s.lines()).hasSize(63);
    assertThat(s.countByStars()).containsEntry(StarRating.THREE_STARS, 61).containsEntry(StarRating.FOUR_STARS, 2);
    assertThat(s.total()).isEqualTo(Vnd.ofMillions(1_930));
    assertThat(s.totalByStars()).containsEntry(StarRating.THREE_STARS, Vnd.ofMillions(1_830))
        .containsEntry(StarRating.FOUR_STARS, Vnd.ofMillions(100));
    assertThat(s.unscheduled()).isEmpty();
  }

  @Test
  void onlyOneSplitOf63ProductsGives1930Million() {
    int solutions = 0;
    for (int four = 0; four <= 63; four++) {
      if (30L * (63 - four) + 50L * four == 1_930) {
        solutions++;
        assertThat(four).isEqualTo(2);
      }
    }
    assertThat(solutions).isEqualTo(1);
  }

  @Test
  void productsNotCertifiedAreNotPaid() {
    AwardStatement s = AwardSchedule.haTinh2019().apply(ProgrammeFixtures.haTinhRound2019(0, 0, 5));
    assertThat(s.lines()).isEmpty();
    assertThat(s.total()).isEqualTo(Vnd.ZERO);
  }

  @Test
  void oncePerLevelPaysOnlyTheDifferenceOnAnUpgradeAndNothingForALevelAlreadyPaid() {
    AwardSchedule once = AwardSchedule.builder().id("once").provinceId("ha-tinh")
        .putAmounts(StarRating.THREE_STARS, Vnd.ofMillions(30)).putAmounts(StarRating.FOUR_STARS, Vnd.ofMillions(50))
        .mode(AwardMode.ONCE_PER_LEVEL).build();
    RoundResult round = ProgrammeFixtures.haTinhRound2019(2, 2, 0); // ht-1, ht-2 at 3★; ht-3, ht-4 at 4★

    AwardStatement s = once.apply(round, Map.of(
        "ht-1", StarRating.THREE_STARS,   // re-certified at the level already paid: nothing
        "ht-3", StarRating.THREE_STARS)); // upgraded 3★ → 4★: 50 - 30

    assertThat(s.lines()).extracting(AwardLine::productId, l -> l.amount().millions().intValue())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ht-1", 0),
            org.assertj.core.groups.Tuple.tuple("ht-2", 30),
            org.assertj.core.groups.Tuple.tuple("ht-3", 20),
            org.assertj.core.groups.Tuple.tuple("ht-4", 50));
    assertThat(s.total()).isEqualTo(Vnd.ofMillions(100));
  }

  @Test
  void everyCertificationModeIgnoresWhatWasPaidBefore() {
    RoundResult round = ProgrammeFixtures.haTinhRound2019(1, 0, 0);
    assertThat(AwardSchedule.haTinh2019().apply(round, Map.of("ht-1", StarRating.THREE_STARS)).total())
        .isEqualTo(Vnd.ofMillions(30));
  }

  @Test
  void aCertifiedLevelWithoutAnAmountIsListedNotDropped() {
    AwardSchedule onlyFour = AwardSchedule.builder().id("four").provinceId("ha-tinh")
        .putAmounts(StarRating.FOUR_STARS, Vnd.ofMillions(50)).build();
    AwardStatement s = onlyFour.apply(ProgrammeFixtures.haTinhRound2019(2, 1, 0));
    assertThat(s.unscheduled()).containsExactly("ht-1", "ht-2");
    assertThat(s.total()).isEqualTo(Vnd.ofMillions(50));
  }

  @Test
  void aScheduleCannotPayBelowThreeStars() {
    assertThatThrownBy(() -> AwardSchedule.builder().id("x").provinceId("ha-tinh")
        .putAmounts(StarRating.TWO_STARS, Vnd.ofMillions(5)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2★");
  }
}
