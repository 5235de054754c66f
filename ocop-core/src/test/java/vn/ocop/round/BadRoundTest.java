package vn.ocop.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.NoCatalogueInForceException;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.scoring.Scoring;
import vn.ocop.testing.Fixtures;

/** Rounds that are refused when built, and why. */
class BadRoundTest {

  @Test
  void aMemberNotOnTheCouncilIsRefused() {
    Submission s = Submission.builder().product(Fixtures.product("p1")).scoredBy("m9", "A1a/1").build();

    assertThatThrownBy(() -> Fixtures.round(List.of(s)))
        .isInstanceOf(RoundException.class)
        .hasMessageContaining("member 'm9'").hasMessageContaining("'p1'").hasMessageContaining("not on the council")
        .satisfies(e -> {
          RoundException re = (RoundException) e;
          assertThat(re.member()).contains("m9");
          assertThat(re.product()).contains("p1");
          assertThat(re.round()).contains("kien-giang/2024/1/province");
        });
  }

  @Test
  void aMemberNotOnTheCouncilIsRefusedForPartScoresToo() {
    Submission s = Submission.builder().product(Fixtures.product("p1"))
        .addPartScores(PartScores.byMember("m9", "10", "10", "10")).build();

    assertThatThrownBy(() -> Fixtures.round(List.of(s))).isInstanceOf(RoundException.class).hasMessageContaining("m9");
  }

  @Test
  void theSameProductTwiceIsRefused() {
    Submission s = Submission.builder().product(Fixtures.product("p1")).build();

    assertThatThrownBy(() -> Fixtures.round(List.of(s, s)))
        .isInstanceOf(RoundException.class).hasMessageContaining("'p1'").hasMessageContaining("submitted twice");
  }

  @Test
  void twoSheetsByOneMemberForOneProductAreRefused() {
    assertThatThrownBy(() -> Submission.builder().product(Fixtures.product("p1"))
        .scoredBy("m1", "A1a/1").scoredBy("m1", "A1a/2").build())
        .isInstanceOf(RoundException.class).hasMessageContaining("'m1' has two scorecards for product 'p1'");
  }

  @Test
  void optionLevelAndPartLevelScoresTogetherAreRefused() {
    assertThatThrownBy(() -> Submission.builder().product(Fixtures.product("p1"))
        .scoredBy("m1", "A1a/1").addPartScores(PartScores.of("1", "1", "1")).build())
        .isInstanceOf(RoundException.class).hasMessageContaining("'p1'").hasMessageContaining("one or the other");
  }

  @Test
  void aRoundDatedWhereNoCatalogueIsInForceIsRefusedWhenScored() {
    Round round = Round.builder().province(Fixtures.KIEN_GIANG).year(2018).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(LocalDate.of(2018, 6, 1)).council(Fixtures.COUNCIL)
        .addSubmissions(Submission.builder().product(Fixtures.product("p1")).build()).build();

    assertThatThrownBy(() -> Scoring.score(round))
        .isInstanceOf(NoCatalogueInForceException.class).hasMessageContaining("2018-06-01");
  }

  private static Round roundOf(int year, LocalDate councilDate) {
    return Round.builder().province(Fixtures.KIEN_GIANG).year(year).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(councilDate).council(Fixtures.COUNCIL).build();
  }

  @Test
  void aCouncilDateOutsideTheRoundsYearIsRefused() {
    assertThatThrownBy(() -> roundOf(2031, LocalDate.of(2024, 6, 25)))
        .isInstanceOf(RoundException.class).hasMessageContaining("round of 2031").hasMessageContaining("2024-06-25");
    assertThatThrownBy(() -> roundOf(2022, LocalDate.of(2024, 6, 25)))
        .isInstanceOf(RoundException.class).hasMessageContaining("round of 2022");
    assertThat(roundOf(2023, LocalDate.of(2024, 1, 10)).year()).as("a late round meets early the next year").isEqualTo(2023);
  }

  @Test
  void aYearAfter2100IsRefused() {
    assertThatThrownBy(() -> roundOf(999_999, LocalDate.of(2100, 1, 1)))
        .isInstanceOf(RoundException.class).hasMessageContaining("999999").hasMessageContaining("2018 to 2100");
  }

  @Test
  void aProductFromAnotherProvinceIsRefused() {
    AdministrativeUnit haTinh = AdministrativeUnit.province("ha-tinh", "Hà Tĩnh");
    Submission s = Submission.builder().product(Fixtures.product("p1", haTinh)).build();

    assertThatThrownBy(() -> Fixtures.round(List.of(s)))
        .isInstanceOf(RoundException.class).hasMessageContaining("'p1' comes from Hà Tĩnh, not from Kiên Giang");
  }

  @Test
  void aDistrictRoundNeedsItsDistrictAndOnlyItsProducts() {
    assertThatThrownBy(() -> Fixtures.roundOf2024().council(Fixtures.COUNCIL).catalogue(vn.ocop.testing.TestCatalogue.CATALOGUE).level(CouncilLevel.DISTRICT).build())
        .isInstanceOf(RoundException.class).hasMessageContaining("needs its district");

    Submission other = Submission.builder().product(Fixtures.product("p2", Fixtures.PHU_QUOC)).build();
    assertThatThrownBy(() -> Fixtures.roundOf2024().council(Fixtures.COUNCIL).catalogue(vn.ocop.testing.TestCatalogue.CATALOGUE).level(CouncilLevel.DISTRICT).district(Fixtures.HON_DAT)
        .addSubmissions(other).build())
        .isInstanceOf(RoundException.class).hasMessageContaining("'p2' does not come from district Hòn Đất");
  }

  @Test
  void aCouncilNeedsExactlyOneChairAndUniqueMembers() {
    assertThatThrownBy(() -> Council.builder().member("m1", "A").build()).hasMessageContaining("exactly one chair");
    assertThatThrownBy(() -> Council.builder().chair("m1", "A").member("m1", "B").build())
        .hasMessageContaining("'m1' is used twice");
  }

  @Test
  void theRoundIdNamesProvinceYearSequenceLevelAndDistrict() {
    Round r = Fixtures.roundOf2024().council(Fixtures.COUNCIL).catalogue(vn.ocop.testing.TestCatalogue.CATALOGUE).level(CouncilLevel.DISTRICT).district(Fixtures.HON_DAT).build();

    assertThat(r.id()).isEqualTo("kien-giang/2024/1/district/hon-dat");
    assertThat(r.instruments()).extracting(Enum::name).containsExactly("D490", "D919", "D148");
  }
}
