package vn.ocop.rules;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.Ocop;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.result.ProductResult;
import vn.ocop.round.Round;
import vn.ocop.testing.TestCatalogue;
import vn.ocop.testkit.OcopAssertions;
import vn.ocop.testkit.RankingProperties;
import vn.ocop.testkit.RoundGenerator;

/**
 * Properties of the bundled Decision 148 rules (moved from ocop-rules onto the testkit) over
 * generated option-level scorecards of the in-code test scorecard, for a Lâm Đồng provincial round.
 */
class RuleBookPropertiesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 25);
  private static final AdministrativeUnit LAM_DONG = AdministrativeUnit.province("lam-dong", "Lâm Đồng");
  private static final AdministrativeUnit DA_LAT = AdministrativeUnit.district(LAM_DONG, "da-lat", "Đà Lạt");

  private static final Gen<Round> ROUNDS = RoundGenerator.of(LAM_DONG).places(List.of(DA_LAT)).councilDate(DATE)
      .catalogue(TestCatalogue.CATALOGUE).productSets(TestCatalogue.SET).councilSize(3, 5).products(1, 10).build();

  private static final RuleBook BOOK = RuleBooks.bundled().forProvince("lam-dong", DATE);

  @Test
  void aBetterOptionOnAnyCriterionNeverLowersTheStarsOrTheRank() {
    RankingProperties.of(BOOK, ROUNDS).withExamples(100).betterOptionNeverLowersStarsOrRank();
  }

  @Test
  void theStarsNeverExceedTheBandOfTheMean() {
    qt().withExamples(100).forAll(ROUNDS).checkAssert(round -> {
      for (ProductResult r : Ocop.evaluate(round, BOOK).results()) {
        BigDecimal mean = r.score();
        int band = mean.compareTo(BigDecimal.valueOf(90)) >= 0 ? 5 : mean.compareTo(BigDecimal.valueOf(70)) >= 0 ? 4
            : mean.compareTo(BigDecimal.valueOf(50)) >= 0 ? 3 : mean.compareTo(BigDecimal.valueOf(30)) >= 0 ? 2 : 1;
        OcopAssertions.assertThat(r.outcome()).hasStarsAtMost(band);
      }
    });
  }

  @Test
  void evaluatingARoundInAnyOrderGivesTheSameOutcomes() {
    RankingProperties.of(BOOK, ROUNDS).withExamples(40).orderOfSubmissionsDoesNotMatter();
  }

  @Test
  void aPackThatOnlyRaisesThresholdsNeverGrantsMoreStarsThanTheNationalPack() {
    Gen<List<Integer>> raises = lists().of(integers().between(0, 2)).ofSize(4); // +0, +5 or +10 points per band
    qt().withExamples(6).withShrinkCycles(10).forAll(raises).checkAssert(raise -> {
      Path dir = tempDir();
      try {
        write(dir.resolve("lam-dong"), String.join("\n", "id=province/lam-dong", "version=1",
            "name=Lâm Đồng — thử nghiệm", "kind=province", "province=lam-dong", "effective-from=2023-02-24",
            "legal=Thử nghiệm", "param.band.2=" + (30 + 5 * raise.get(0)), "param.band.3=" + (50 + 5 * raise.get(1)),
            "param.band.4=" + (70 + 5 * raise.get(2)), "param.band.5=" + (90 + 5 * raise.get(3))) + "\n");
        RankingProperties.of(RuleBooks.bundledWith(dir), ROUNDS).withExamples(15)
            .neverGrantsMoreStarsThan(RuleBooks.bundled());
      } finally {
        delete(dir);
      }
    });
  }

  private static void write(Path pack, String manifest) {
    try {
      Files.createDirectories(pack);
      Files.writeString(pack.resolve("pack.properties"), manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("ocop-rules-property");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
