package vn.ocop.testkit.docs;

import static vn.ocop.testkit.OcopAssertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.Ocop;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.product.Product;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.RuleBooks;
import vn.ocop.testkit.OcopGenerators;
import vn.ocop.testkit.RankingProperties;
import vn.ocop.testkit.RoundGenerator;

/** The province's worked example of docs/testing.md, compiled and run. */
class ProvincePackExampleTest {

  static final AdministrativeUnit LAM_DONG = AdministrativeUnit.province("lam-dong", "Lâm Đồng");
  static final AdministrativeUnit DA_LAT = AdministrativeUnit.district(LAM_DONG, "da-lat", "Đà Lạt");

  // --- docs/testing.md: province ---
  static final RuleBooks OURS = RuleBooks.bundledWith(Path.of("src/test/resources/packs")).validate();

  static final Gen<Round> ROUNDS = RoundGenerator.inProvince("lam-dong", LocalDate.of(2024, 11, 20))
      .products(1, 200).councilSize(7, 11).build();

  @Test
  void ourPackNeverGrantsMoreStarsThanTheNationalLaw() {
    RankingProperties.of(OURS, ROUNDS).withExamples(5).neverGrantsMoreStarsThan(RuleBooks.bundled());
  }

  @Test
  void withOurPackABetterOptionNeverLowersStarsOrRank() {
    RankingProperties.of(OURS, ROUNDS).withExamples(5).betterOptionNeverLowersStarsOrRank();
  }

  @Test
  void aProductJustBelowOur75PointsStaysInThe3StarBand() {
    Round round = Round.builder().province(LAM_DONG).year(2024).sequence(2).level(CouncilLevel.PROVINCE)
        .councilDate(LocalDate.of(2024, 11, 20)).council(OcopGenerators.council(7))
        .addSubmissions(Submission.builder()
            .product(Product.builder().id("p001").name("Gạo Đà Lạt").productSet("148/03").place(DA_LAT)
                .producer(Producer.builder().id("htx-1").name("HTX Đà Lạt").kind(ProducerKind.COOPERATIVE)
                    .registration("5800000001").build()).build())
            .addAllDossier(OcopGenerators.FULL_DOSSIER)
            .addPartScores(PartScores.of("35.00", "20.00", "19.99")).build())            // 74.99 points
        .build();
    assertThat(Ocop.evaluate(round, OURS)).product("p001").hasStars(3).hasReason("148.band.3").isNotAchieved();
    assertThat(Ocop.evaluate(round, RuleBooks.bundled())).product("p001").isCertifiedAt(4).byCouncil(CouncilLevel.PROVINCE);
  }
  // --- end ---

}
