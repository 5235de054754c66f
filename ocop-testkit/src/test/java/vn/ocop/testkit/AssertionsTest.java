package vn.ocop.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.testkit.OcopAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.product.Product;
import vn.ocop.result.RoundResult;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.RuleBooks;

/** Each assertion passes on what it claims and fails, naming the product, on what it does not. */
class AssertionsTest {

  private static Submission product(String id, String a, String b, String c) {
    Product p = Product.builder().id(id).name("Sản phẩm " + id).productSet("148/03").producer(Units.COOPERATIVE)
        .place(Units.MY_HOA_HUNG).build();
    return Submission.builder().product(p).addAllDossier(OcopGenerators.FULL_DOSSIER).addPartScores(PartScores.of(a, b, c)).build();
  }

  /** A provincial round of An Giang in 2025 under 1489: 92.00 forwarded, 75.00 certified 4★, two at 55.50 certified 3★, 20.00 1★. */
  private static RoundResult result() {
    Round round = Round.builder().province(Units.AN_GIANG).year(2025).sequence(2).level(CouncilLevel.PROVINCE)
        .councilDate(LocalDate.of(2025, 11, 20)).council(OcopGenerators.council(5))
        .addSubmissions(product("p1", "37", "25", "30"), product("p2", "30", "20", "25"),
            product("p3", "20.50", "15", "20"), product("p4", "20", "15.50", "20"), product("p5", "10", "5", "5"))
        .build();
    return Ocop.evaluate(round, RuleBooks.bundled());
  }

  private static final RoundResult RESULT = result();

  @Test
  void outcomesReadLikeTheLaw() {
    assertThat(RESULT).product("p2").isCertifiedAt(4).byCouncil(CouncilLevel.PROVINCE).hasReason("148.band.4");
    assertThat(RESULT).product("p1").isForwardedTo(CouncilLevel.CENTRAL).hasStars(5).hasNoReason("148.gate.cap");
    assertThat(RESULT).product("p5").isNotAchieved().hasStarsAtMost(2);
    assertThat(RESULT.results().get(1).outcome()).in(RESULT.round()).isCertifiedAt(4).byCouncil(CouncilLevel.PROVINCE);
  }

  @Test
  void aWrongClaimAboutAnOutcomeNamesTheProductAndItsReasons() {
    assertThatThrownBy(() -> assertThat(RESULT).product("p2").isCertifiedAt(3))
        .hasMessageContaining("Expected product p2 to be certified at 3★").hasMessageContaining("Certify 4★")
        .hasMessageContaining("148.band.4 [national/148@");
    assertThatThrownBy(() -> assertThat(RESULT).product("p2").isCertifiedAt(4).byCouncil(CouncilLevel.DISTRICT))
        .hasMessageContaining("by the district council").hasMessageContaining("an-giang/2025/2/province is a province round");
    assertThatThrownBy(() -> assertThat(RESULT.results().get(1).outcome()).byCouncil(CouncilLevel.PROVINCE))
        .hasMessageContaining("not known from its outcome alone");
    assertThatThrownBy(() -> assertThat(RESULT).product("p2").isForwardedTo(CouncilLevel.CENTRAL))
        .hasMessageContaining("forwarded to the central council");
    assertThatThrownBy(() -> assertThat(RESULT).product("p2").hasReason("148.gate.cap"))
        .hasMessageContaining("a reason from rule 148.gate.cap for product p2");
    assertThatThrownBy(() -> assertThat(RESULT).product("p9")).hasMessageContaining("no product 'p9'")
        .hasMessageContaining("[p1, p2, p3, p4, p5]");
    assertThatThrownBy(() -> assertThat(RESULT).product("p1").isIneligible()).hasMessageContaining("decided 'Ineligible'");
  }

  @Test
  void rankingsAreTotalOrdersWithTiesOnlyOnEqualMerit() {
    assertThat(RESULT.ranking()).isTotalOrder().hasSharedRanksOnlyForEqualMerit()
        .hasRanks(Map.of("p1", 1, "p2", 2, "p3", 3, "p4", 3, "p5", 5)); // p3 and p4: 55.50, part C 20.00 each
  }

  @Test
  void aRankingThatDiffersIsListedProductByProduct() {
    assertThatThrownBy(() -> assertThat(RESULT.ranking()).hasRanks(Map.of("p1", 2, "p2", 1, "p3", 3, "p4", 3, "p5", 5, "p6", 6)))
        .hasMessageContaining("#1 product p1 (5★, 92.00 points, part C 30.00): expected rank 2")
        .hasMessageContaining("product p6: expected at rank 6, but not ranked");
  }

  @Test
  void sheetsAreCheckedForTheirMean() {
    assertThat(RESULT).sheet("p3").hasScore("55.50").hasScoreEqualToMeanOfMemberTotals();
    assertThatThrownBy(() -> assertThat(RESULT).sheet("p3").hasScore("55.00"))
        .hasMessageContaining("Expected product p3 (set 148/03) to score 55.00, but it scored 55.50");
    assertThatThrownBy(() -> assertThat(RESULT).sheet("p3").meetsGatesFor(4))
        .hasMessageContaining("no option-level sheets");
  }

  @Test
  void countsAddUp() {
    assertThat(RESULT).hasCountsAddingUp();
  }
}
