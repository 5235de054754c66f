package vn.ocop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.law.Instrument;
import vn.ocop.law.StarRating;

/** The bundled catalogue of Decision 148/QĐ-TTg, Appendix I, as the councils' scorecards. */
class Decision148CatalogueTest {

  private final Catalogue catalogue = Catalogues.decision148();

  private Scorecard card(String set) {
    return catalogue.scorecard(catalogue.productSet(set)).orElseThrow();
  }

  @Test
  void holdsTwentySixProductSetsEachWithAScorecard() {
    assertThat(catalogue.instrument()).isEqualTo(Instrument.D148);
    assertThat(catalogue.productSets()).hasSize(26);
    assertThat(catalogue.scorecards()).hasSize(26);
    assertThat(catalogue.productSets()).extracting(ProductSet::code)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 26)
            .mapToObj(n -> String.format("148/%02d", n)).toList());
    assertThat(catalogue.isOptionLevel()).isTrue();
  }

  @Test
  void groupsSixGroupsSeventeenSubgroups() {
    assertThat(catalogue.productGroups()).hasSize(6);
    assertThat(catalogue.productGroups().stream().mapToInt(g -> g.subgroups().size()).sum()).isEqualTo(17);
    assertThat(catalogue.productSet("11").subgroupCode()).isEqualTo("148/1.5");
    assertThat(catalogue.productSet("13").subgroupCode()).isEqualTo("148/1.6");
    assertThat(catalogue.productSet("21").groupCode()).isEqualTo("148/4");
    assertThat(catalogue.productSet("22").subgroupCode()).isEqualTo("148/4.2");
    assertThat(catalogue.productSet("25").subgroupCode()).isEqualTo("148/5.3");
    assertThat(catalogue.groupOf(catalogue.productSet("26")).code()).isEqualTo("148/6");
  }

  @Test
  void everyScorecardSumsToOneHundredWithPartsFortyTwentyFiveThirtyFive() {
    for (Scorecard card : catalogue.scorecards().values()) {
      assertThat(card.maxPoints()).as(card.productSet().code()).isEqualTo(100);
      assertThat(card.parts()).extracting(ScorecardPart::maxPoints).as(card.productSet().code()).containsExactly(40, 25, 35);
      for (ScorecardPart part : card.parts()) {
        assertThat(part.groups().stream().mapToInt(CriterionGroup::maxPoints).sum()).isEqualTo(part.maxPoints());
      }
    }
  }

  /**
   * Gates per set and star level, as the importer counts them (option gates plus criterion gates).
   * Checked against the CSV stars column for every set (the stars column counts the same rows); by
   * hand for sets 01, 07 and 26 (set 26: the two 4★ rows are "d) Tăng trưởng…" option 2 and the
   * criterion "e) Sở hữu trí tuệ****").
   */
  @ParameterizedTest(name = "set {0}: {1}×3★, {2}×4★, {3}×5★")
  @CsvSource({
      "01,3,12,8", "02,3,14,10", "03,3,13,11", "04,3,13,11", "05,4,12,10", "06,4,12,10", "07,4,14,10",
      "08,4,14,10", "09,4,14,10", "10,4,14,10", "11,4,12,7", "12,4,14,7", "13,4,10,7", "14,4,10,6",
      "15,4,11,6", "16,3,9,6", "17,4,12,6", "18,3,10,7", "19,3,10,7", "20,3,10,7", "21,3,9,7", "22,2,8,7",
      "23,2,11,6", "24,2,8,7", "25,2,9,6", "26,0,2,0"})
  void countsTheGatesOfEachStarLevel(String set, int three, int four, int five) {
    Scorecard card = card(set);
    assertThat(gates(card, StarRating.THREE_STARS)).isEqualTo(three);
    assertThat(gates(card, StarRating.FOUR_STARS)).isEqualTo(four);
    assertThat(gates(card, StarRating.FIVE_STARS)).isEqualTo(five);
  }

  private static long gates(Scorecard card, StarRating level) {
    long onOptions = card.criteria().stream().flatMap(c -> c.options().stream())
        .filter(o -> o.gate().equals(java.util.Optional.of(level))).count();
    long onCriteria = card.criteria().stream().filter(c -> c.gate().equals(java.util.Optional.of(level))).count();
    return onOptions + onCriteria;
  }

  /** Options of the table, and the 0-point "Không có (…)" options the corrections add (the audit in corrections.txt). */
  @ParameterizedTest(name = "set {0}: {1} criteria, {2} options of the table, {3} added")
  @CsvSource({"01,32,108,6", "07,32,105,6", "11,32,107,6", "13,34,110,6", "22,27,89,6", "26,36,94,21"})
  void countsCriteriaAndOptions(String set, int criteria, int options, int added) {
    Scorecard card = card(set);
    assertThat(card.criteria()).hasSize(criteria);
    assertThat(card.criteria().stream().mapToInt(c -> c.options().size()).sum()).isEqualTo(options + added);
    assertThat(card.criteria().stream().flatMap(c -> c.options().stream()).filter(o -> o.text().startsWith("Không có ("))
        .count()).isEqualTo(added);
  }

  /**
   * The reconstruction of the tea and coffee sensory groups (uncertain; corrections.txt), checked against
   * the same criteria of Decision 26/2026/QĐ-TTg: 148 = 2026 plus the one point 2026 moved out of every
   * food sheet's sensory group.
   */
  @ParameterizedTest(name = "{0} reads {1}; 26/2026 {2} reads {3}")
  @CsvSource({"11/C6b1,0/1/2/3,11/6.2.1,0/1/2/3", "11/C6b2,0/1/2/4,11/6.2.2,0/1/2/3", "11/C6b3,0/1/3/5,11/6.2.3,0/1/3/5",
      "12/C6c,0/1/2/3,12/6.3,0/1/2/3", "12/C6d,0/1/2/4,12/6.4,0/1/2/3", "12/C6dd,0/1/3/5,12/6.5,0/1/3/5",
      "13/C6b1,0/1/3,13/6.2.1,0/1/2", "13/C6b2,0/1/3,13/6.2.2,0/1/3", "07/C6d,1/2/4,07/6.4,1/2/3"})
  void reconstructsTheTeaAndCoffeeBrewCriteriaInLineWith2026(String key148, String ladder148, String key26, String ladder26) {
    assertThat(ladder(catalogue, "148/" + key148)).isEqualTo(ladder148);
    assertThat(ladder(Catalogues.decision26of2026(), "26-2026/" + key26)).isEqualTo(ladder26);
    for (String set : List.of("11", "12", "13", "07")) {
      assertThat(card(set).groups().filter(g -> g.key().equals("C6")).findFirst().orElseThrow().maxPoints()).isEqualTo(16);
    }
  }

  private static String ladder(Catalogue c, String code) {
    String set = code.substring(0, code.indexOf('/', code.indexOf('/') + 1));
    Criterion cr = c.scorecard(c.productSet(set)).orElseThrow().findCriterion(code).orElseThrow();
    return cr.options().stream().filter(o -> !o.text().startsWith("Không có (")).map(o -> String.valueOf(o.points()))
        .collect(Collectors.joining("/"));
  }

  @Test
  void correctsSetSevenSmellSoItsBestOptionScoresTheMaximumFour() {
    Criterion smell = card("07").findCriterion("C6d").orElseThrow();
    assertThat(smell.title()).isEqualTo("Mùi");
    assertThat(smell.maxPoints()).isEqualTo(4);
    assertThat(smell.options()).extracting(Option::points).containsExactly(1, 2, 4);
    assertThat(smell.option(3).gate()).contains(StarRating.FIVE_STARS);
    assertThat(card("07").part(Part.C).groups().get(0).maxPoints()).isEqualTo(16);
  }

  @Test
  void readsTheTeaAndCoffeeSubCriteriaAndRestoresPartCToThirtyFive() {
    for (String set : List.of("11", "12", "13")) {
      ScorecardPart c = card(set).part(Part.C);
      assertThat(c.maxPoints()).as(set).isEqualTo(35);
      assertThat(c.groups().get(0).maxPoints()).as(set).isEqualTo(16);
    }
    Scorecard tea = card("11");
    assertThat(tea.part(Part.C).groups().get(0).criteria()).extracting(Criterion::key)
        .containsExactly("C6a1", "C6a2", "C6b1", "C6b2", "C6b3");
    Criterion impurities = tea.findCriterion("148/11/C6a1").orElseThrow();
    assertThat(impurities.heading()).contains("Ngoại hình");
    assertThat(impurities.title()).isEqualTo("Tạp chất");
    assertThat(impurities.label()).isEqualTo("a1");
    assertThat(tea.findCriterion("C6b2").orElseThrow().heading()).contains("Nước pha");
    assertThat(card("13").part(Part.C).groups().get(0).criteria()).extracting(Criterion::key)
        .containsExactly("C6a1", "C6a2", "C6a3", "C6a4", "C6a5", "C6b1", "C6b2");
    assertThat(card("13").findCriterion("C6a1").orElseThrow().title()).isEqualTo("Tạp chất lạ");
  }

  @Test
  void scoresTheTourismCaseGroupsOnOneCase() {
    Scorecard tourism = card("26");
    List<String> oneCase = tourism.groups().filter(g -> g.selection() == Selection.ONE_CASE)
        .map(CriterionGroup::key).collect(Collectors.toList());
    assertThat(oneCase).containsExactly("C8", "C9", "C15");
    CriterionGroup safety = tourism.groups().filter(g -> g.key().equals("C9")).findFirst().orElseThrow();
    assertThat(safety.maxPoints()).isEqualTo(2);
    assertThat(safety.criteria()).extracting(Criterion::maxPoints).containsExactly(2, 2);
    assertThat(safety.criteria().get(0).title()).startsWith("Trường hợp 1");
  }

  @Test
  void readsTheLettersInTheScoreColumnOfSetsSeventeenAndEighteenAsOne() {
    assertThat(card("17").findCriterion("A1d").orElseThrow().options()).extracting(Option::points)
        .containsExactly(0, 1, 2, 3);
    assertThat(card("18").findCriterion("A1b").orElseThrow().options()).extracting(Option::points)
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void lettersIntellectualPropertyEInSetsEighteenAndNineteen() {
    for (String set : List.of("18", "19")) {
      Criterion ip = card(set).findCriterion("A3e").orElseThrow();
      assertThat(ip.title()).isEqualTo("Sở hữu trí tuệ");
      assertThat(ip.gate()).contains(StarRating.FOUR_STARS);
    }
  }

  @Test
  void makesOptionsWrittenUnderAGroupItsSingleCriterion() {
    CriterionGroup market = card("11").part(Part.C).groups().stream().filter(g -> g.number() == 11).findFirst().orElseThrow();
    assertThat(market.criteria()).singleElement().satisfies(c -> {
      assertThat(c.key()).isEqualTo("C11a");
      assertThat(c.title()).isEqualTo(market.title());
      assertThat(c.maxPoints()).isEqualTo(3);
    });
  }

  @Test
  void mapsTheTableNotesToConditions() {
    Scorecard fresh = card("01");
    assertThat(fresh.findCriterion("A2a").orElseThrow().condition()).contains(Condition.DISTINCTIVE_PRODUCT);
    assertThat(fresh.findCriterion("B5b").orElseThrow().condition()).contains(Condition.HAS_STORY);
    assertThat(fresh.findCriterion("B5c").orElseThrow().condition()).contains(Condition.HAS_STORY);
    // the impurity note stands on C6a and stops the other sensory criteria of the group
    assertThat(fresh.findCriterion("C6a").orElseThrow().condition()).isEmpty();
    assertThat(fresh.findCriterion("C6b").orElseThrow().condition()).contains(Condition.NO_UNACCEPTABLE_IMPURITIES);
    assertThat(fresh.findCriterion("C6d").orElseThrow().condition()).contains(Condition.NO_UNACCEPTABLE_IMPURITIES);
    // the food-safety stop is written on group 10 and applies to its criteria
    assertThat(fresh.findCriterion("C10a").orElseThrow().condition()).contains(Condition.VALID_FOOD_SAFETY_CERTIFICATE);
    assertThat(fresh.findCriterion("C10a").orElseThrow().notes()).isEmpty();
    assertThat(fresh.groupOf(fresh.findCriterion("C10a").orElseThrow()).notes()).singleElement().asString()
        .startsWith("Ghi chú: Không đánh giá các bước tiếp theo");
    assertThat(card("05").findCriterion("C9a").orElseThrow().condition()).contains(Condition.VALID_FOOD_SAFETY_CERTIFICATE);
  }

  @Test
  void keepsTheVietnameseTextAndNotesVerbatimWithoutBoxesAndStars() {
    Criterion capacity = card("07").findCriterion("A1c").orElseThrow();
    assertThat(capacity.title()).isEqualTo("Năng lực sản xuất để đáp ứng yêu cầu phân phối");
    assertThat(capacity.notes()).containsExactly("(Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô của thị trường,"
        + " so sánh với quy mô trung bình ở cùng đối tượng sản xuất tại địa phương)");
    assertThat(capacity.option(3).text()).isEqualTo("Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu");
    assertThat(card("01").findCriterion("A1a").orElseThrow().notes())
        .containsExactly("Yêu cầu: 100% sản phẩm được trồng trên địa bàn cấp tỉnh");
    Option style = card("21").criteria().stream().flatMap(c -> c.options().stream())
        .filter(o -> o.text().startsWith("Phong cách độc đáo riêng, thể hiện")).findFirst().orElseThrow();
    assertThat(style.notes()).containsExactly("Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ");
    assertThat(style.gate()).contains(StarRating.FIVE_STARS);
  }

  @Test
  void writesCriterionLetterDdAsDdInCodes() {
    assertThat(card("07").findCriterion("148/07/A1dd").orElseThrow().label()).isEqualTo("đ");
  }
}
