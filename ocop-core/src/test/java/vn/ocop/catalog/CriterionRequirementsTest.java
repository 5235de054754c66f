package vn.ocop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ocop.law.StarRating;

/** {@link Criterion#requiredPoints} and {@link Criterion#requiredOption} on real criteria of Decision 148. */
class CriterionRequirementsTest {

  private final Catalogue catalogue = Catalogues.decision148();
  private final Scorecard set07 = catalogue.scorecard(catalogue.productSet("07")).orElseThrow();

  @Test
  void productionCapacityRequiresMediumScaleForFourStarsAndLargeScaleForFive() {
    Criterion capacity = set07.findCriterion("A1c").orElseThrow();
    assertThat(capacity.requiredPoints(StarRating.THREE_STARS)).isEmpty();
    assertThat(capacity.requiredPoints(StarRating.FOUR_STARS)).contains(2);
    assertThat(capacity.requiredPoints(StarRating.FIVE_STARS)).contains(3);
    assertThat(capacity.requiredOption(StarRating.FOUR_STARS)).map(Option::code).contains("148/07/A1c/2");
    assertThat(capacity.requiredOption(StarRating.FIVE_STARS)).map(Option::code).contains("148/07/A1c/3");
  }

  @Test
  void rawMaterialGateOfThreeStarsHoldsAtEveryHigherLevel() {
    Criterion material = set07.findCriterion("A1a").orElseThrow();
    assertThat(material.requiredPoints(StarRating.TWO_STARS)).isEmpty();
    assertThat(material.requiredPoints(StarRating.THREE_STARS)).contains(1);
    assertThat(material.requiredPoints(StarRating.FIVE_STARS)).contains(1);
    assertThat(material.requiredOption(StarRating.THREE_STARS)).map(Option::number).contains(1);
  }

  @Test
  void intellectualPropertyIsAFourStarGateOnTheCriterionItself() {
    Criterion ip = set07.findCriterion("A3e").orElseThrow();
    assertThat(ip.gate()).contains(StarRating.FOUR_STARS);
    assertThat(ip.requiredPoints(StarRating.THREE_STARS)).isEmpty();
    assertThat(ip.requiredPoints(StarRating.FOUR_STARS)).contains(1);
    assertThat(ip.requiredOption(StarRating.FOUR_STARS)).map(Option::code).contains("148/07/A3e/1");
  }

  @Test
  void correctedSmellRequiresFourPointsForFiveStars() {
    Criterion smell = set07.findCriterion("C6d").orElseThrow();
    assertThat(smell.requiredPoints(StarRating.FOUR_STARS)).contains(2);
    assertThat(smell.requiredPoints(StarRating.FIVE_STARS)).contains(4);
  }
}
