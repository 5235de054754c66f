package vn.ocop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.law.Instrument;

/** The bundled catalogue of Decision 26/2026/QĐ-TTg: Phụ lục I (with ministries) and the 26 sheets of Phụ lục II. */
class Decision26CatalogueTest {

  private final Catalogue catalogue = Catalogues.decision26of2026();

  private Scorecard card(String set) {
    return catalogue.scorecard(catalogue.productSet(set)).orElseThrow();
  }

  @Test
  void holdsSixGroupsSeventeenGroupsAndTwentySixSetsEachWithAScoreSheet() {
    assertThat(catalogue.instrument()).isEqualTo(Instrument.D26_2026);
    assertThat(catalogue.productGroups()).extracting(ProductGroup::nameVi).containsExactly("SẢN PHẨM THỰC PHẨM",
        "SẢN PHẨM ĐỒ UỐNG", "SẢN PHẨM DƯỢC LIỆU VÀ SẢN PHẨM TỪ DƯỢC LIỆU", "SẢN PHẨM HÀNG THỦ CÔNG MỸ NGHỆ",
        "SẢN PHẨM SINH VẬT CẢNH", "SẢN PHẨM DỊCH VỤ DU LỊCH CỘNG ĐỒNG, DU LỊCH SINH THÁI VÀ ĐIỂM DU LỊCH");
    assertThat(catalogue.productGroups().stream().mapToInt(g -> g.subgroups().size()).sum()).isEqualTo(17);
    assertThat(catalogue.productSets()).extracting(ProductSet::code)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 26).mapToObj(n -> String.format("26-2026/%02d", n)).toList());
    assertThat(catalogue.scorecards()).hasSize(26);
    assertThat(catalogue.productSet("13").subgroupCode()).isEqualTo("26-2026/1.6");
    assertThat(catalogue.groupOf(catalogue.productSet("26")).code()).isEqualTo("26-2026/6");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "01|Bộ Nông nghiệp và Môi trường",
      "05|Bộ Công Thương",
      "06|Bộ Nông nghiệp và Môi trường; Bộ Công Thương",
      "16|Bộ Y tế",
      "17|Bộ Công Thương",
      "20|Bộ Y tế; Bộ Công Thương",
      "21|Bộ Công Thương; Bộ Nông nghiệp và Môi trường",
      "26|Bộ Văn hóa, Thể thao và Du lịch; Bộ Nông nghiệp và Môi trường"})
  void namesTheMinistryInChargeOfEachSetAsPhuLucIWritesIt(String set, String ministry) {
    assertThat(catalogue.productSet(set).ministryVi()).contains(ministry);
  }

  @Test
  void everySetHasItsMinistryAndEveryTextIsNfc() {
    for (ProductSet s : catalogue.productSets()) {
      assertThat(s.ministryVi()).as(s.code()).isPresent();
      assertThat(Normalizer.isNormalized(s.ministryVi().get() + s.nameVi(), Normalizer.Form.NFC)).isTrue();
    }
    for (Scorecard c : catalogue.scorecards().values()) {
      c.criteria().forEach(cr -> cr.options().forEach(o ->
          assertThat(Normalizer.isNormalized(o.text(), Normalizer.Form.NFC)).as(o.code()).isTrue()));
    }
  }

  @Test
  void everySheetSumsToOneHundredWithPartsFortyTwentyFiveThirtyFive() {
    for (Scorecard c : catalogue.scorecards().values()) {
      assertThat(c.parts()).extracting(ScorecardPart::maxPoints).as(c.productSet().code()).containsExactly(40, 25, 35);
      assertThat(c.maxPoints()).isEqualTo(100);
    }
  }

  @Test
  void keysKeepTheLawsNumbering() {
    assertThat(card("03").findCriterion("1.1")).hasValueSatisfying(c -> assertThat(c.code()).isEqualTo("26-2026/03/1.1"));
    assertThat(card("03").findCriterion("1.1").orElseThrow().option(2).code()).isEqualTo("26-2026/03/1.1/2");
    assertThat(card("01").findCriterion("7")).hasValueSatisfying(c -> {
      assertThat(c.title()).isEqualTo("DINH DƯỠNG");
      assertThat(c.part()).isEqualTo(Part.C);
    });
    assertThat(card("01").groupOf(card("01").findCriterion("7").orElseThrow()).code()).isEqualTo("26-2026/01/C7");
    assertThat(card("11").findCriterion("6.2.1")).hasValueSatisfying(c -> {
      assertThat(c.heading()).contains("Nước pha");
      assertThat(c.title()).isEqualTo("Màu nước");
    });
    assertThat(card("11").criteria()).extracting(Criterion::code).allMatch(code -> code.matches("[ -~]+"));
  }

  @Test
  void tourismScoresOneCaseOfGroupsEightNineAndFifteen() {
    Scorecard tourism = card("26");
    assertThat(tourism.groups().filter(g -> g.selection() == Selection.ONE_CASE).map(CriterionGroup::key))
        .containsExactly("C8", "C9", "C15");
    assertThat(tourism.findCriterion("8a").orElseThrow().title()).isEqualTo("Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp");
    assertThat(tourism.part(Part.A).title()).isEqualTo("SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG (40 Điểm)");
  }

  @Test
  void disqualificationsStandAtTheHeadOfTheSheetOrUnderTheirCriterion() {
    assertThat(card("01").disqualifications()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("26-2026/01/X1");
      assertThat(d.text()).startsWith("Hồ sơ bị loại khi: Giả mạo hồ sơ");
      assertThat(d.criterion()).isEmpty();
    });
    assertThat(card("07").findDisqualification("X2")).hasValueSatisfying(d -> {
      assertThat(d.criterion()).contains("26-2026/07/1.1");
      assertThat(d.text()).isEqualTo("Ghi chú: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc");
    });
    assertThat(card("21").findDisqualification("26-2026/21/X2")).hasValueSatisfying(d ->
        assertThat(d.text()).isEqualTo("Ghi chú: Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ"));
    assertThat(card("26").disqualifications()).isEmpty();
  }

  @Test
  void notesMapToTheConditionsOf148() {
    assertThat(card("01").findCriterion("5.2").orElseThrow().condition()).contains(Condition.HAS_STORY);
    assertThat(card("01").findCriterion("2.1").orElseThrow().condition()).contains(Condition.DISTINCTIVE_PRODUCT);
    // the impurity stop written under 6.1.1 (tea) reaches the other sensory criteria, not 6.1.1 itself
    assertThat(card("11").findCriterion("6.1.1").orElseThrow().condition()).isEmpty();
    assertThat(card("11").findCriterion("6.2.3").orElseThrow().condition()).contains(Condition.NO_UNACCEPTABLE_IMPURITIES);
  }
}
