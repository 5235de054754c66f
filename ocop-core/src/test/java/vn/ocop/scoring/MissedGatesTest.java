package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.law.StarRating;
import vn.ocop.round.PartScores;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;

/**
 * {@link ScoreSheet#missedGates} on the test scorecard (A1a/2 for 3★, B1a/2 for 4★, A1a/4 for 5★):
 * the misses of {@link ScoreSheet#gates} at 3★, 4★ and 5★, once per criterion and gate level.
 */
class MissedGatesTest {

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

  /** What a caller got before {@code missedGates}: each level's misses, the first of each criterion and level kept. */
  private static List<GateCheck> levelByLevel(ScoreSheet s, GateJudgement judgement) {
    Map<String, GateCheck> misses = new LinkedHashMap<>();
    for (StarRating level : List.of(StarRating.THREE_STARS, StarRating.FOUR_STARS, StarRating.FIVE_STARS)) {
      for (GateCheck c : s.gates(level, judgement).missed()) {
        misses.putIfAbsent(c.criterion().key() + "@" + c.level().stars(), c);
      }
    }
    return new ArrayList<>(misses.values());
  }

  @Test
  void givesEachMissedGateOnceAtTheLevelThatSetsIt() {
    // A1a/1, A1a/1, A1a/3: below the 3★ gate (A1a/2) and the 5★ gate (A1a/4); B1a: 5, 15, 5 misses 4★ (15)
    ScoreSheet s = sheet(sheetWith("A1a/1", "B1a/1"), sheetWith("A1a/1", "B1a/2"), sheetWith("A1a/3", "B1a/1"));

    List<GateCheck> missed = s.missedGates(GateJudgement.MEAN_OF_MEMBERS);

    assertThat(missed).extracting(c -> c.criterion().key() + "@" + c.level().stars()).containsExactly("A1a@3", "B1a@4", "A1a@5");
    assertThat(missed).allSatisfy(c -> assertThat(c.met()).isFalse());
  }

  @Test
  void agreesWithTheGatesOfEachLevelUnderEveryJudgement() {
    String[] a1a = {"A1a/1", "A1a/2", "A1a/3", "A1a/4"};
    String[] b1a = {"B1a/1", "B1a/2", "B1a/3"};
    for (GateJudgement judgement : GateJudgement.values()) {
      for (int i = 0; i < a1a.length; i++) {
        for (int j = 0; j < b1a.length; j++) {
          ScoreSheet s = sheet(sheetWith(a1a[i], b1a[j]), sheetWith(a1a[(i + 1) % 4], b1a[(j + 2) % 3]),
              sheetWith(a1a[(i + 3) % 4], b1a[j]));
          assertThat(s.missedGates(judgement)).as("%s %s %s", judgement, a1a[i], b1a[j])
              .isEqualTo(levelByLevel(s, judgement));
        }
      }
    }
  }

  @Test
  void partLevelSheetsMissNoGateBecauseNoneIsChecked() {
    ScoreSheet s = Scoring.score(Fixtures.round(List.of(Submission.builder().product(Fixtures.product("p1"))
        .addPartScores(PartScores.builder().partA(java.math.BigDecimal.TEN).partB(java.math.BigDecimal.ONE)
            .partC(java.math.BigDecimal.ONE).build()).build()))).sheets().get(0);

    assertThat(s.missedGates(GateJudgement.MEAN_OF_MEMBERS)).isEmpty();
  }
}
