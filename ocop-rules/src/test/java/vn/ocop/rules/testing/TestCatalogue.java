package vn.ocop.rules.testing;

import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.ProductGroup;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;
import vn.ocop.catalog.Selection;
import vn.ocop.law.Instrument;
import vn.ocop.law.LegalReference;
import vn.ocop.law.StarRating;

/**
 * Copied from ocop-core's tests. A small catalogue built in code, shaped like Decision 148 (A 40 / B 25 / C 35), so that the
 * arithmetic can be tested apart from the bundled data:
 *
 * <pre>
 * A1 (40)  A1a (30): 0 | 10 ***  | 20 | 30 *****      A1b (10, HAS_STORY): 0 | 5 | 10
 * B1 (25)  B1a (20): 5 | 15 **** | 20               B1b (5, HAS_STORY): 0 | 5
 * C1 (35, one case)  C1a (35): 0 | 35               C1b (35): 10 | 35
 * </pre>
 */
public final class TestCatalogue {
  private TestCatalogue() {}

  public static final String SET = "148/99";

  public static final ProductSet PRODUCT_SET = ProductSet.builder()
      .code(SET).instrument(Instrument.D148).number(99)
      .nameVi("Bộ thử nghiệm").nameEn("Test set").groupCode("148/1").subgroupCode("148/1.1").build();

  public static final ProductSet OTHER_SET = ProductSet.builder()
      .code("148/98").instrument(Instrument.D148).number(98)
      .nameVi("Bộ thử nghiệm khác").nameEn("Other test set").groupCode("148/2").subgroupCode("148/2.1").build();

  public static final Scorecard SCORECARD = scorecard(PRODUCT_SET);

  public static final Catalogue CATALOGUE = Catalogue.builder()
      .instrument(Instrument.D148)
      .source(LegalReference.of(Instrument.D148, "test"))
      .putPartMaxima(Part.A, 40).putPartMaxima(Part.B, 25).putPartMaxima(Part.C, 35)
      .addProductGroups(group(1, "Thực phẩm", "Food"), group(2, "Đồ uống", "Beverages"))
      .addProductSets(PRODUCT_SET, OTHER_SET)
      .putScorecards(SET, SCORECARD)
      .putScorecards("148/98", scorecard(OTHER_SET))
      .build();

  /** A part-level catalogue shaped like Decision 1048 (A 35 / B 25 / C 40). */
  public static final Catalogue PART_LEVEL = Catalogue.builder()
      .instrument(Instrument.D1048)
      .source(LegalReference.of(Instrument.D1048, "test"))
      .putPartMaxima(Part.A, 35).putPartMaxima(Part.B, 25).putPartMaxima(Part.C, 40)
      .addProductGroups(ProductGroup.builder().code("1048/1").instrument(Instrument.D1048).number(1)
          .nameVi("Thực phẩm").nameEn("Food").build())
      .addProductSets(ProductSet.builder().code("1048/01").instrument(Instrument.D1048).number(1)
          .nameVi("Thực phẩm").nameEn("Food").groupCode("1048/1").subgroupCode("1048/1").build())
      .build();

  private static ProductGroup group(int n, String vi, String en) {
    return ProductGroup.builder().code("148/" + n).instrument(Instrument.D148).number(n).nameVi(vi).nameEn(en)
        .addSubgroups(new ProductGroup.Subgroup("148/" + n + ".1", vi, en)).build();
  }

  private static Scorecard scorecard(ProductSet set) {
    String p = set.code() + "/";
    Criterion a1a = criterion(p + "A1a", "a", "Nguồn gốc", 30, null, new int[] {0, 10, 20, 30}, new Integer[] {null, 3, null, 5});
    Criterion a1b = criterion(p + "A1b", "b", "Câu chuyện", 10, Condition.HAS_STORY, new int[] {0, 5, 10}, new Integer[3]);
    Criterion b1a = criterion(p + "B1a", "a", "Tiếp thị", 20, null, new int[] {5, 15, 20}, new Integer[] {null, 4, null});
    Criterion b1b = criterion(p + "B1b", "b", "Câu chuyện tiếp thị", 5, Condition.HAS_STORY, new int[] {0, 5}, new Integer[2]);
    Criterion c1a = criterion(p + "C1a", "a", "Trường hợp 1", 35, null, new int[] {0, 35}, new Integer[2]);
    Criterion c1b = criterion(p + "C1b", "b", "Trường hợp 2", 35, null, new int[] {10, 35}, new Integer[2]);
    return Scorecard.builder().productSet(set)
        .addParts(part(Part.A, 40, CriterionGroup.builder().code(p + "A1").number(1).title("1. NHÓM A").maxPoints(40)
            .addCriteria(a1a, a1b).build()))
        .addParts(part(Part.B, 25, CriterionGroup.builder().code(p + "B1").number(2).title("2. NHÓM B").maxPoints(25)
            .addCriteria(b1a, b1b).build()))
        .addParts(part(Part.C, 35, CriterionGroup.builder().code(p + "C1").number(3).title("3. NHÓM C").maxPoints(35)
            .selection(Selection.ONE_CASE).addCriteria(c1a, c1b).build()))
        .build();
  }

  private static ScorecardPart part(Part part, int max, CriterionGroup group) {
    return ScorecardPart.builder().part(part).title("Phần " + part).maxPoints(max).addGroups(group).build();
  }

  private static Criterion criterion(String code, String label, String title, int max, Condition condition,
      int[] points, Integer[] gates) {
    Criterion.Builder b = Criterion.builder().code(code).label(label).title(title).maxPoints(max);
    if (condition != null) {
      b.condition(condition);
    }
    for (int i = 0; i < points.length; i++) {
      Option.Builder o = Option.builder().code(code + "/" + (i + 1)).number(i + 1).text("Lựa chọn " + (i + 1)).points(points[i]);
      if (gates[i] != null) {
        o.gate(StarRating.of(gates[i]));
      }
      b.addOptions(o.build());
    }
    return b.build();
  }

}
