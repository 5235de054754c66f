package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.Part;
import vn.ocop.round.Submission;
import vn.ocop.testing.Fixtures;

/**
 * Sheets with equal option-level means hold one {@link BigDecimal} each value (what a national round
 * keeps live is what every young collection during its evaluation copies), and the shared values are
 * exactly the computed ones: scale 2, rounded half up, outside 0.00–100.00 as well.
 */
class SharedMeansTest {

  @Test
  void equalScoresOfTwoProductsAreOneInstance() {
    Submission p1 = Submission.builder().product(Fixtures.product("p1"))
        .scoredBy("m1", "A1a/3", "A1b/2", "B1a/2", "B1b/2", "C1b/1")
        .scoredBy("m2", "A1a/3", "A1b/3", "B1a/2", "B1b/2", "C1b/1").build();
    Submission p2 = Submission.builder().product(Fixtures.product("p2"))
        .scoredBy("m1", "A1a/3", "A1b/3", "B1a/2", "B1b/2", "C1b/1")
        .scoredBy("m2", "A1a/3", "A1b/2", "B1a/2", "B1b/2", "C1b/1").build();

    List<ScoreSheet> sheets = Scoring.score(Fixtures.round(List.of(p1, p2))).sheets();

    assertThat(sheets.get(0).score()).isEqualTo(new BigDecimal("57.50"));
    assertThat(sheets.get(1).score()).isSameAs(sheets.get(0).score());
    assertThat(sheets.get(1).partMean(Part.C)).isSameAs(sheets.get(0).partMean(Part.C));
  }

  /**
   * {@code partMean} of an option-level sheet reads the sums made as the sheet was built, not the map of
   * {@code partMeans}: the same instance for every part, and null for no part, as the map gives.
   */
  @Test
  void partMeanIsTheMapsValue() {
    Submission p1 = Submission.builder().product(Fixtures.product("p1"))
        .scoredBy("m1", "A1a/3", "A1b/2", "B1a/2", "B1b/2", "C1b/1")
        .scoredBy("m2", "A1a/3", "A1b/3", "B1a/2", "B1b/1", "C1b/1")
        .scoredBy("m3", "A1a/2", "A1b/3", "B1a/1", "B1b/2", "C1b/1").build();

    ScoreSheet sheet = Scoring.score(Fixtures.round(List.of(p1))).sheets().get(0);

    for (Part p : Part.values()) {
      assertThat(sheet.partMean(p)).as("part %s", p).isSameAs(sheet.partMeans().get(p))
          .isEqualTo(ScoreSheet.mean(sheet.members().stream().map(m -> m.part(p)).toList()));
    }
    assertThat(sheet.score()).isEqualTo(ScoreSheet.mean(sheet.members().stream().map(MemberScore::total).toList()));
    assertThat(sheet.partMean(null)).isNull();
  }

  @Test
  void sharedValuesAreTheComputedOnes() {
    for (long sum = 0; sum <= 1_200; sum++) {
      for (int count = 1; count <= 9; count++) {
        BigDecimal expected = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.HALF_UP);
        assertThat(ScoreSheet.mean(sum, count)).as("%d / %d", sum, count).isEqualTo(expected);
        if (expected.compareTo(BigDecimal.valueOf(100)) <= 0) {
          assertThat(ScoreSheet.mean(sum, count)).as("%d / %d", sum, count).isSameAs(ScoreSheet.mean(sum, count));
        }
      }
    }
    assertThat(ScoreSheet.hundredths(10_000)).isEqualTo(new BigDecimal("100.00"));
    assertThat(ScoreSheet.hundredths(10_001)).isEqualTo(new BigDecimal("100.01"));
    assertThat(ScoreSheet.hundredths(-5)).isEqualTo(new BigDecimal("-0.05"));
    assertThat(ScoreSheet.hundredths(0)).isEqualTo(new BigDecimal("0.00"));
  }
}
