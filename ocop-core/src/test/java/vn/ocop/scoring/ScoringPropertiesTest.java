package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.round.Round;
import vn.ocop.testing.Fixtures;
import vn.ocop.testing.Generators;
import vn.ocop.testing.TestCatalogue;

class ScoringPropertiesTest {

  private static Round roundWith(int members, vn.ocop.round.Submission s) {
    return Fixtures.roundOf2024().council(Generators.council(members)).level(vn.ocop.round.CouncilLevel.PROVINCE)
        .catalogue(TestCatalogue.CATALOGUE).addSubmissions(s).build();
  }

  @Test
  void theMeanLiesBetweenTheLowestAndHighestMemberTotal() {
    qt().forAll(integers().between(1, 15).flatMap(n -> Generators.optionLevelSubmission("p1", n).map(s -> List.of(n, s))))
        .checkAssert(pair -> {
          int n = (Integer) pair.get(0);
          ScoreSheet sheet = Scoring.score(roundWith(n, (vn.ocop.round.Submission) pair.get(1))).sheets().get(0);
          assertThat(sheet.score()).isBetween(sheet.lowestTotal(), sheet.highestTotal());
          assertThat(sheet.score().scale()).isEqualTo(2);
          assertThat(sheet.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        });
  }

  @Test
  void memberTotalsAreTheSumOfTheirCriterionPoints() {
    qt().forAll(Generators.optionLevelSubmission("p1", 3)).checkAssert(s -> {
      ScoreSheet sheet = Scoring.score(Fixtures.round(List.of(s))).sheets().get(0);
      for (MemberScore m : sheet.members()) {
        int sum = m.criterionPoints().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(m.total()).isEqualByComparingTo(BigDecimal.valueOf(sum));
        assertThat(m.groupPoints().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(sum);
      }
    });
  }
}
