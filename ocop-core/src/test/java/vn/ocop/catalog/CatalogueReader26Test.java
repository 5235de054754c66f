package vn.ocop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CatalogueReader} on the records of Decision 26/2026/QĐ-TTg: law-numbered criterion codes,
 * disqualifications and the ministry in charge, each problem named by file, line and entry.
 */
class CatalogueReader26Test {

  /** A small valid 26/2026 catalogue with one inline scorecard; line numbers are referred to below. */
  private static final List<String> VALID = List.of(
      "catalogue\tinstrument=26-2026\tformat=1\tsource=Phụ lục II",                                       // 1
      "maximum\tpart=A\tpoints=40",                                                                         // 2
      "maximum\tpart=B\tpoints=25",                                                                         // 3
      "maximum\tpart=C\tpoints=35",                                                                         // 4
      "productgroup\tcode=26-2026/1\tvi=SẢN PHẨM THỰC PHẨM\ten=Food products",                             // 5
      "subgroup\tcode=26-2026/1.1\tvi=Thực phẩm tươi sống\ten=Fresh food",                                 // 6
      "productset\tcode=26-2026/01\tsubgroup=26-2026/1.1\tvi=Rau, củ, quả, hạt tươi\ten=Fresh produce"
          + "\tministry=Bộ Nông nghiệp và Môi trường",                                                      // 7
      "scorecard\tset=26-2026/01",                                                                          // 8
      "disqualification\tcode=26-2026/01/X1\ttext=Hồ sơ bị loại khi: Giả mạo hồ sơ",                       // 9
      "part\tpart=A\tmax=40\ttitle=SẢN PHẨM",                                                               // 10
      "group\tcode=26-2026/01/A1\tmax=40\ttitle=TỔ CHỨC SẢN XUẤT",                                          // 11
      "criterion\tcode=26-2026/01/1.1\tlabel=1.1\tmax=40\ttitle=Nguồn gốc",                               // 12
      "option\tcode=26-2026/01/1.1/1\tpoints=10\ttext=Dưới 50%",                                           // 13
      "option\tcode=26-2026/01/1.1/2\tpoints=40\ttext=Trên 50%",                                           // 14
      "disqualification\tcode=26-2026/01/X2\tcriterion=26-2026/01/1.1\ttext=Ghi chú: Bị loại nếu …",        // 15
      "part\tpart=B\tmax=25\ttitle=TIẾP THỊ",                                                               // 16
      "group\tcode=26-2026/01/B2\tmax=25\ttitle=TIẾP THỊ",                                                  // 17
      "criterion\tcode=26-2026/01/2\tlabel=2\tmax=25\ttitle=TIẾP THỊ",                                     // 18
      "option\tcode=26-2026/01/2/1\tpoints=25\ttext=Có",                                                    // 19
      "part\tpart=C\tmax=35\ttitle=CHẤT LƯỢNG",                                                             // 20
      "group\tcode=26-2026/01/C3\tmax=35\ttitle=CẢM QUAN",                                                  // 21
      "criterion\tcode=26-2026/01/3.1.1\tlabel=3.1.1\tmax=35\theading=Ngoại hình\ttitle=Tạp chất",        // 22
      "option\tcode=26-2026/01/3.1.1/1\tpoints=35\ttext=Sạch",                                              // 23
      "gate\tstars=4\toption=26-2026/01/3.1.1/1");                                                          // 24

  private static Catalogue read(List<String> lines) {
    return CatalogueReader.read(new StringReader(String.join("\n", lines) + "\n"), "test.txt");
  }

  private static List<String> with(int line, String text) {
    List<String> lines = new ArrayList<>(VALID);
    lines.set(line - 1, text);
    return lines;
  }

  @Test
  void readsLawNumberedCodesDisqualificationsAndTheMinistry() {
    Catalogue c = read(VALID);
    ProductSet set = c.productSet("01");
    assertThat(set.code()).isEqualTo("26-2026/01");
    assertThat(set.ministryVi()).contains("Bộ Nông nghiệp và Môi trường");
    Scorecard card = c.scorecard(set).orElseThrow();
    assertThat(card.findCriterion("1.1")).hasValueSatisfying(cr -> {
      assertThat(cr.part()).isEqualTo(Part.A);
      assertThat(cr.option(2).key()).isEqualTo("1.1/2");
    });
    assertThat(card.findCriterion("26-2026/01/3.1.1")).hasValueSatisfying(cr -> {
      assertThat(cr.heading()).contains("Ngoại hình");
      assertThat(cr.part()).isEqualTo(Part.C);
    });
    assertThat(card.groupOf(card.findCriterion("2").orElseThrow()).key()).isEqualTo("B2");
    assertThat(card.disqualifications()).extracting(Disqualification::key).containsExactly("X1", "X2");
    assertThat(card.findDisqualification("X2")).hasValueSatisfying(d -> {
      assertThat(d.criterion()).contains("26-2026/01/1.1");
      assertThat(d.text()).isEqualTo("Ghi chú: Bị loại nếu …");
    });
    assertThat(card.findDisqualification("26-2026/01/X1")).hasValueSatisfying(d -> assertThat(d.criterion()).isEmpty());
    assertThat(card.findDisqualification("X3")).isEmpty();
  }

  @Test
  void writingAndReadingBackGivesTheSameScorecard() {
    Scorecard card = read(VALID).scorecard(read(VALID).productSet("01")).orElseThrow();
    String text = CatalogueWriter.toText(card);
    assertThat(text).contains("disqualification\tcode=26-2026/01/X2\tcriterion=26-2026/01/1.1\ttext=Ghi chú: Bị loại nếu …\n");
    List<String> lines = new ArrayList<>(VALID.subList(0, 7));
    lines.addAll(text.lines().toList());
    Scorecard again = read(lines).scorecard(read(lines).productSet("01")).orElseThrow();
    assertThat(again.parts()).isEqualTo(card.parts());
    assertThat(again.disqualifications()).isEqualTo(card.disqualifications());
  }

  @Test
  void rejectsADisqualificationUnderAMissingCriterion() {
    assertThatThrownBy(() -> read(with(15, "disqualification\tcode=26-2026/01/X2\tcriterion=26-2026/01/1.9\ttext=Bị loại")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:15: 26-2026/01/X2: disqualification names a missing criterion 26-2026/01/1.9");
  }

  @Test
  void rejectsDisqualificationsOutOfSheetOrderOrTwiceTheSameCode() {
    assertThatThrownBy(() -> read(with(15, "disqualification\tcode=26-2026/01/X3\ttext=Bị loại")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:15: 26-2026/01/X3: disqualifications are numbered X1, X2… in the order of the sheet; expected 26-2026/01/X2");
    assertThatThrownBy(() -> read(with(15, "disqualification\tcode=26-2026/01/X1\ttext=Bị loại")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:15: 26-2026/01/X1: duplicate code (first used on line 9)");
  }

  @Test
  void rejectsACriterionNumberedForAnotherGroup() {
    assertThatThrownBy(() -> read(with(12, "criterion\tcode=26-2026/01/2.1\tlabel=2.1\tmax=40\ttitle=Nguồn gốc")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:12: 26-2026/01/2.1: criterion 2.1 does not belong to group 1 (26-2026/01/A1)");
  }

  @Test
  void rejectsALetteredCriterionInALawNumberedCatalogue() {
    assertThatThrownBy(() -> read(with(12, "criterion\tcode=26-2026/01/A1a\tlabel=a\tmax=40\ttitle=Nguồn gốc")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:12: 26-2026/01/A1a: a criterion label of Decision 26/2026/QĐ-TTg keeps the law's numbering");
  }

  @Test
  void rejectsAProductSetOf2026WithoutItsMinistry() {
    assertThatThrownBy(() -> read(with(7, "productset\tcode=26-2026/01\tsubgroup=26-2026/1.1\tvi=Rau\ten=Produce")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:7: 26-2026/01: no ministry in charge");
  }
}
