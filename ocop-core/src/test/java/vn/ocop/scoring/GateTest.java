package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.law.StarRating;
import vn.ocop.round.PartScores;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;

/**
 * Star gates of the test scorecard: A1a/2 (10 points) for 3★, B1a/2 (15) for 4★, A1a/4 (30) for 5★.
 */
class GateTest {

  private static ScoreSheet sheet(String[]... members) {
    Submission.Builder b = Submission.builder().product(Fixtures.product("p1"));
    for (int i = 0; i < members.length; i++) {
      b.scoredBy("m" + (i + 1), members[i]);
    }
    return Scoring.score(Fixtures.round(List.of(b.build()))).sheets().get(0);
  }

  private static String[] sheetWith(String a1a, String b1a) {
    return new String[] {a1a, "A1b/1", b1a, "B1b/1", "C1a/2"};
  }

  @Test
  void everyGateMetGivesFiveStars() {
    ScoreSheet s = sheet(sheetWith("A1a/4", "B1a/3"), sheetWith("A1a/4", "B1a/3"), sheetWith("A1a/4", "B1a/2"));

    assertThat(s.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.FIVE_STARS);
    GateResult five = s.gates(StarRating.FIVE_STARS, GateJudgement.MEAN_OF_MEMBERS);
    assertThat(five.status()).isEqualTo(GateStatus.MET);
    // three gates apply at 5★: the 3★ and 5★ gates on A1a collapse into one requirement (30), plus B1a's 4★ gate
    assertThat(five.checks()).extracting(c -> c.criterion().key()).containsExactly("A1a", "B1a");
    assertThat(five.checks()).extracting(GateCheck::requiredPoints).containsExactly(30, 15);
  }

  @Test
  void aMissedFourStarGateIsNamedWithTheOptionNeeded() {
    // B1a: 5, 15, 5 -> mean 8.33 < 15
    ScoreSheet s = sheet(sheetWith("A1a/4", "B1a/1"), sheetWith("A1a/4", "B1a/2"), sheetWith("A1a/4", "B1a/1"));

    GateResult four = s.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS);

    assertThat(four.status()).isEqualTo(GateStatus.MISSED);
    assertThat(four.missed()).singleElement().satisfies(c -> {
      assertThat(c.criterion().key()).isEqualTo("B1a");
      assertThat(c.requiredOption().key()).isEqualTo("B1a/2");
      assertThat(c.level()).isEqualTo(StarRating.FOUR_STARS);
      assertThat(c.meanPoints()).isEqualByComparingTo("8.33");
      assertThat(c.membersMeeting()).isEqualTo(1);
      assertThat(c.describeEn()).contains("missed: criterion B1a").contains("needs option B1a/2");
      assertThat(c.describeVi()).contains("chưa đạt").contains("B1a/2");
    });
    assertThat(s.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.THREE_STARS);
  }

  @Test
  void theJudgementDecidesWhenMembersDisagree() {
    // B1a: 20, 15, 5 -> mean 13.33 (< 15), two of three reach 15
    ScoreSheet s = sheet(sheetWith("A1a/2", "B1a/3"), sheetWith("A1a/2", "B1a/2"), sheetWith("A1a/2", "B1a/1"));

    assertThat(s.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS).status()).isEqualTo(GateStatus.MISSED);
    assertThat(s.gates(StarRating.FOUR_STARS, GateJudgement.MAJORITY_OF_MEMBERS).status()).isEqualTo(GateStatus.MET);
    assertThat(s.gates(StarRating.FOUR_STARS, GateJudgement.EVERY_MEMBER).status()).isEqualTo(GateStatus.MISSED);
  }

  @Test
  void aMeanExactlyOnTheRequirementMeetsTheGate() {
    // B1a: 20, 5, 20 -> mean 15 exactly
    ScoreSheet s = sheet(sheetWith("A1a/2", "B1a/3"), sheetWith("A1a/2", "B1a/1"), sheetWith("A1a/2", "B1a/3"));

    assertThat(s.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS).status()).isEqualTo(GateStatus.MET);
  }

  @Test
  void lowerLevelsHaveNoGatesToMissBelowTheirOwn() {
    ScoreSheet s = sheet(sheetWith("A1a/1", "B1a/1"));

    assertThat(s.gates(StarRating.TWO_STARS, GateJudgement.MEAN_OF_MEMBERS).checks()).isEmpty();
    assertThat(s.gates(StarRating.THREE_STARS, GateJudgement.MEAN_OF_MEMBERS).missed())
        .extracting(c -> c.requiredOption().key()).containsExactly("A1a/2");
    assertThat(s.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.TWO_STARS);
  }

  @Test
  void partLevelScoresLeaveGatesNotChecked() {
    Submission sub = Submission.builder().product(Fixtures.product("p1")).addPartScores(PartScores.of("40", "25", "30")).build();
    ScoreSheet s = Scoring.score(Fixtures.round(List.of(sub))).sheets().get(0);

    GateResult r = s.gates(StarRating.FIVE_STARS, GateJudgement.MEAN_OF_MEMBERS);
    assertThat(r.status()).isEqualTo(GateStatus.NOT_CHECKED);
    assertThat(r.allowsLevel()).isTrue();
    assertThat(r.checks()).isEmpty();
  }
}
