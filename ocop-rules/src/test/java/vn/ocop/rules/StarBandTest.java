package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.rules.facts.Candidate;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;

/**
 * Star bands at their boundaries under Decision 1048 (integer bands, no rounding by default) and
 * Decision 148 (half-open bands). Lâm Đồng has no province pack, so only national law applies.
 */
class StarBandTest {

  private static final LocalDate UNDER_1048 = LocalDate.of(2021, 6, 25);
  private static final LocalDate UNDER_148 = LocalDate.of(2024, 6, 25);

  /** A Lâm Đồng province pack in force all of {@code year}, setting one parameter ({@code param.key=value}). */
  private static void lamDongPack(Path dir, int year, String param) {
    Packs.write(dir, "lam-dong", "pack.properties", String.join("\n", "id=province/lam-dong", "version=1",
        "name=Lâm Đồng " + year, "kind=province", "province=lam-dong", "effective-from=" + year + "-01-01",
        "effective-to=" + year + "-12-31", "legal=Thử nghiệm", param));
  }

  private static StarRating stars(LocalDate date, String score, RuleBooks books) {
    Outcome o = Rounds.outcome(Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, date, score), books);
    return o.stars().orElseThrow();
  }

  @ParameterizedTest(name = "148: {0} points → {1}★")
  @CsvSource({"29.99,1", "30.00,2", "49.99,2", "50.00,3", "69.49,3", "69.50,3", "70.00,4", "89.99,4", "90.00,5"})
  void decision148BandsAreHalfOpen(String score, int stars) {
    assertThat(stars(UNDER_148, score, RuleBooks.bundled())).isEqualTo(StarRating.of(stars));
  }

  @ParameterizedTest(name = "1048, no rounding: {0} points → {1}★")
  @CsvSource({"29.99,1", "30.00,2", "49.99,2", "50.00,3", "69.49,3", "69.50,3", "70.00,4", "89.99,4", "90.00,5"})
  void decision1048MeansBetweenIntegerBandsStayInTheLowerBandByDefault(String score, int stars) {
    assertThat(stars(UNDER_1048, score, RuleBooks.bundled())).isEqualTo(StarRating.of(stars));
  }

  @ParameterizedTest(name = "1048, half up to integer: {0} points → {1}★")
  @CsvSource({"29.49,1", "29.99,2", "30.00,2", "49.99,3", "50.00,3", "69.49,3", "69.50,4", "70.00,4", "89.49,4",
      "89.99,5", "90.00,5"})
  void decision1048WithHalfUpRoundingMovesMeansUpToTheNextWholePoint(String score, int stars, @TempDir Path dir) {
    lamDongPack(dir, 2021, "param.band.rounding=half-up-to-integer");

    assertThat(stars(UNDER_1048, score, RuleBooks.bundledWith(dir))).isEqualTo(StarRating.of(stars));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2021-06-25,1048.band.3", "2024-06-25,148.band.3"})
  void theBandReasonNamesTheRuleTheThresholdsAndTheRounding(LocalDate date, String rule) {
    Outcome o = Rounds.outcome(Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, date, "69.50"), RuleBooks.bundled());

    assertThat(o.reasons()).filteredOn(r -> r.ruleId().equals(rule)).singleElement().satisfies(r -> {
      assertThat(r.messageEn()).contains("69.50", "3★ band", "from 50", "below 70", "rounding: none");
      assertThat(r.messageVi()).contains("khung 3 sao", "Điểm 69,50").doesNotContain("69.50");
      assertThat(r.legalReference()).startsWith("Quyết định " + rule.substring(0, rule.indexOf('.')) + "/QĐ-TTg");
      assertThat(r.pack()).startsWith("national/" + rule.substring(0, rule.indexOf('.')) + "@");
    });
  }

  @ParameterizedTest(name = "148, a province raising band.4 to 75: {0} points → {1}★")
  @CsvSource({"69.99,3", "72.00,3", "74.99,3", "75.00,4", "89.99,4", "90.00,5"})
  void aProvincesOwnThresholdsDecideTheBand(String score, int stars, @TempDir Path dir) {
    // the candidate's band is read from the book's merged parameters, the province's over the nation's
    lamDongPack(dir, 2024, "param.band.4=75");

    assertThat(stars(UNDER_148, score, RuleBooks.bundledWith(dir))).isEqualTo(StarRating.of(stars));
  }

  @ParameterizedTest(name = "the band of {0} in 30/50/70/90 is {1}")
  @CsvSource({"0.00,1", "29.99,1", "30.00,2", "49.99,2", "50.00,3", "69.99,3", "70.00,4", "89.99,4", "90.00,5",
      "100.00,5"})
  void theCandidatesBandIsTheHighestThresholdItsBandScoreReaches(String score, int band) {
    BigDecimal[] table = FactBuilder.bandThresholds(Map.of("band.2", "30", "band.3", "50",
        "band.4", "70", "band.5", "90"));
    assertThat(FactBuilder.band(new BigDecimal(score), table)).isEqualTo(band);
    assertThat(FactBuilder.band(new BigDecimal(score), null)).isZero();
  }

  @Test
  @SuppressWarnings("deprecation")
  void aCandidateBuiltWithoutItsBandHasBandZeroAndABandOutOfRangeIsRefused() {
    BigDecimal s = new BigDecimal("72.00");
    Candidate old = new Candidate("p1", "n", "148/01", 1, 1, "COOPERATIVE", true,
        Set.of(), "", "", "", "PART_LEVEL", s, s, s, s, s, 3, false, true, s, s, s);
    assertThat(old.band()).isZero();
    assertThatThrownBy(() -> new Candidate("p1", "n", "148/01", 1,
        1, "COOPERATIVE", true, Set.of(), "", "", "", "PART_LEVEL", s, s, 6, s, s, s, 3, false, true, s, s, s))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p1").hasMessageContaining("band 6");
  }
}
