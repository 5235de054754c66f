package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Rounds;

/**
 * Who certifies and who forwards, on the days the law changed: 1048 until 23/02/2023, 148 from
 * 24/02/2023 to 30/06/2025, districts abolished on 01/07/2025, 1489 from 06/07/2025.
 */
class AuthorityTest {

  private static Outcome decide(CouncilLevel level, LocalDate date, String score) {
    return Rounds.outcome(Rounds.single(Rounds.DA_LAT, level, date, score), RuleBooks.bundled());
  }

  @Test
  void underDecision1048OnItsLastDayADistrictForwardsFiftyPointsAndCertifiesNothing() {
    Outcome o = decide(CouncilLevel.DISTRICT, LocalDate.of(2023, 2, 23), "55.00");

    assertThat(o.decision()).isEqualTo(Decision.FORWARD);
    assertThat(o.forwardTo()).contains(CouncilLevel.PROVINCE);
    assertThat(o.stars()).contains(StarRating.THREE_STARS);
    assertThat(o.reasons()).anySatisfy(r -> assertThat(r.ruleId()).isEqualTo("1048.authority.district.forward"));
  }

  @Test
  void underDecision148OnItsFirstDayTheDistrictCertifiesThreeStars() {
    Outcome o = decide(CouncilLevel.DISTRICT, LocalDate.of(2023, 2, 24), "55.00");

    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.stars()).contains(StarRating.THREE_STARS);
    assertThat(o.reasons()).anySatisfy(r -> assertThat(r.ruleId()).isEqualTo("148.authority.district.certify-3"));
  }

  @Test
  void underDecision148TheDistrictForwardsSeventyPoints() {
    Outcome o = decide(CouncilLevel.DISTRICT, LocalDate.of(2023, 2, 24), "70.00");

    assertThat(o.decision()).isEqualTo(Decision.FORWARD);
    assertThat(o.forwardTo()).contains(CouncilLevel.PROVINCE);
  }

  @Test
  void underDecision1048TheProvinceCertifiesThreeStarsButUnder148OnlyFour() {
    assertThat(decide(CouncilLevel.PROVINCE, LocalDate.of(2023, 2, 23), "55.00").decision()).isEqualTo(Decision.CERTIFY);
    Outcome under148 = decide(CouncilLevel.PROVINCE, LocalDate.of(2023, 2, 24), "55.00");
    assertThat(under148.decision()).isEqualTo(Decision.NOT_ACHIEVED);
    assertThat(under148.stars()).contains(StarRating.THREE_STARS);
    assertThat(under148.reasons()).anySatisfy(r -> assertThat(r.messageEn()).contains("the district certifies 3★"));
    assertThat(decide(CouncilLevel.PROVINCE, LocalDate.of(2023, 2, 24), "75.00").decision()).isEqualTo(Decision.CERTIFY);
  }

  @Test
  void theProvinceSendsNinetyPointsToTheCentralCouncilUnderEveryInstrument() {
    for (LocalDate d : new LocalDate[] {LocalDate.of(2023, 2, 23), LocalDate.of(2023, 2, 24), LocalDate.of(2025, 7, 6)}) {
      Outcome o = decide(CouncilLevel.PROVINCE, d, "92.00");
      assertThat(o.decision()).as("on %s", d).isEqualTo(Decision.FORWARD);
      assertThat(o.forwardTo()).as("on %s", d).contains(CouncilLevel.CENTRAL);
    }
    assertThat(decide(CouncilLevel.PROVINCE, LocalDate.of(2022, 5, 1), "92.00").reasons())
        .anySatisfy(r -> assertThat(r.messageEn()).contains("potential 5★"));
  }

  @Test
  void theCentralCouncilCertifiesFiveStarsOnly() {
    assertThat(decide(CouncilLevel.CENTRAL, LocalDate.of(2024, 9, 1), "91.00").decision()).isEqualTo(Decision.CERTIFY);
    Outcome four = decide(CouncilLevel.CENTRAL, LocalDate.of(2024, 9, 1), "85.00");
    assertThat(four.decision()).isEqualTo(Decision.NOT_ACHIEVED);
    assertThat(four.stars()).contains(StarRating.FOUR_STARS);
  }

  @Test
  void belowThreeStarsNothingIsCertified() {
    Outcome o = decide(CouncilLevel.PROVINCE, LocalDate.of(2025, 7, 6), "49.99");

    assertThat(o.decision()).isEqualTo(Decision.NOT_ACHIEVED);
    assertThat(o.stars()).contains(StarRating.TWO_STARS);
  }

  @Test
  void aDistrictRoundOnTheLastDayOfDistrictsStillCertifies() {
    assertThat(decide(CouncilLevel.DISTRICT, LocalDate.of(2025, 6, 30), "55.00").decision()).isEqualTo(Decision.CERTIFY);
  }

  @Test
  void aDistrictRoundFromFirstJuly2025IsAnErrorSayingDistrictsWereAbolished() {
    for (LocalDate d : new LocalDate[] {LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 6), LocalDate.of(2026, 3, 1)}) {
      Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, d, "55.00");
      assertThatThrownBy(() -> RuleBooks.bundled().forRound(round))
          .isInstanceOf(NoRulePackInForceException.class)
          .hasMessageContaining("districts were abolished on 1 July 2025")
          .hasMessageContaining("two-tier");
    }
  }

  @Test
  void aProvinceRoundBetweenFirstAndFifthJuly2025IsAnErrorThatExplainsTheGap() {
    for (int day = 1; day <= 5; day++) {
      LocalDate d = LocalDate.of(2025, 7, day);
      Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, d, "75.00");
      assertThatThrownBy(() -> RuleBooks.bundled().forRound(round))
          .isInstanceOfSatisfying(NoRulePackInForceException.class, e -> {
            assertThat(e.date()).isEqualTo(d);
            assertThat(e.nearestPacks()).containsExactly("national/148 (2023-02-24…2025-06-30)", "national/1489 (2025-07-06…2026-07-21)");
            assertThat(e.getMessage()).contains("districts were abolished", "1489", "2025-07-06");
          });
    }
  }

  @Test
  void underDecision1489TheProvinceCertifiesThreeStarsAndSaysWhich148RuleItReplaced() {
    Outcome o = decide(CouncilLevel.PROVINCE, LocalDate.of(2025, 7, 6), "55.00");

    assertThat(o.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(o.stars()).contains(StarRating.THREE_STARS);
    assertThat(o.reasons()).extracting(r -> r.ruleId()).contains("148.band.3", "1489.authority.province.certify");
    assertThat(o.reasons()).anySatisfy(r -> {
      assertThat(r.ruleId()).isEqualTo("148.authority.province.below-4");
      assertThat(r.pack()).startsWith("national/1489@");
      assertThat(r.messageEn()).isEqualTo("Rule 148.authority.province.below-4 of pack national/148@2023.1 removed by pack "
          + "national/1489@2025.1, so it did not apply");
    });
  }

  @Test
  void aDateBeforeAnyNationalPackIsAnErrorNamingTheNearest() {
    Round round = Rounds.single(Rounds.HOI_AN, CouncilLevel.PROVINCE, LocalDate.of(2019, 5, 1), "75.00");

    assertThatThrownBy(() -> RuleBooks.bundled().forRound(round))
        .isInstanceOf(NoRulePackInForceException.class)
        .hasMessageContaining("No national rule pack covers 2019-05-01")
        .hasMessageContaining("national/1048 (2019-08-21…2023-02-23)");
  }

  @Test
  void aBookRefusesARoundOutsideItsDates() {
    RuleBook book148 = RuleBooks.bundled().forProvince("lam-dong", LocalDate.of(2024, 1, 1));
    Round old = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, LocalDate.of(2022, 1, 1), "75.00");

    assertThatThrownBy(() -> Rounds.outcome(old, book148)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("national/148@2023.1 is in force 2023-02-24…2025-06-30");
  }
}
