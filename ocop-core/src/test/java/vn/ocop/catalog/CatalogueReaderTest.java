package vn.ocop.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.law.StarRating;

/** {@link CatalogueReader} accepts a well-formed catalogue and rejects a broken one naming file, line and entry. */
class CatalogueReaderTest {

  /** A small valid catalogue with one inline scorecard; line numbers are referred to below. */
  private static final List<String> VALID = List.of(
      "# a test catalogue",                                                          // 1
      "catalogue\tinstrument=148\tformat=1\tsource=Phụ lục I",                     // 2
      "maximum\tpart=A\tpoints=40",                                                  // 3
      "maximum\tpart=B\tpoints=25",                                                  // 4
      "maximum\tpart=C\tpoints=35",                                                  // 5
      "productgroup\tcode=148/1\tvi=Thực phẩm\ten=Food",                            // 6
      "subgroup\tcode=148/1.1\tvi=Thực phẩm tươi sống\ten=Fresh food",              // 7
      "productset\tcode=148/01\tsubgroup=148/1.1\tvi=Rau, củ, quả, hạt tươi\ten=Fresh produce", // 8
      "scorecard\tset=148/01",                                                        // 9
      "part\tpart=A\tmax=40\ttitle=SẢN PHẨM",                                        // 10
      "group\tcode=148/01/A1\tmax=40\ttitle=TỔ CHỨC SẢN XUẤT",                       // 11
      "criterion\tcode=148/01/A1a\tlabel=a\tmax=40\ttitle=Nguồn gốc",              // 12
      "option\tcode=148/01/A1a/1\tpoints=10\ttext=Dưới 50%",                        // 13
      "gate\tstars=3\toption=148/01/A1a/1",                                          // 14
      "option\tcode=148/01/A1a/2\tpoints=40\ttext=Trên 50%",                        // 15
      "part\tpart=B\tmax=25\ttitle=TIẾP THỊ",                                        // 16
      "group\tcode=148/01/B2\tmax=25\ttitle=TIẾP THỊ",                               // 17
      "criterion\tcode=148/01/B2dd\tlabel=đ\tmax=25\ttitle=Phân phối",             // 18
      "option\tcode=148/01/B2dd/1\tpoints=25\ttext=Có",                              // 19
      "part\tpart=C\tmax=35\ttitle=CHẤT LƯỢNG",                                      // 20
      "group\tcode=148/01/C3\tmax=35\ttitle=CẢM QUAN",                               // 21
      "note\ttext=Ghi chú: một ghi chú",                                             // 22
      "criterion\tcode=148/01/C3a\tlabel=a\tmax=35\tcondition=HAS_STORY\ttitle=Mùi", // 23
      "option\tcode=148/01/C3a/1\tpoints=0\ttext=Không",                             // 24
      "option\tcode=148/01/C3a/2\tpoints=35\ttext=Có",                               // 25
      "gate\tstars=4\tcriterion=148/01/C3a");                                         // 26

  private static List<String> valid() {
    return new java.util.ArrayList<>(VALID);
  }

  private static Catalogue read(List<String> lines) {
    return CatalogueReader.read(new StringReader(String.join("\n", lines) + "\n"), "test.txt");
  }

  private static List<String> with(int line, String text) {
    List<String> lines = valid();
    lines.set(line - 1, text);
    return lines;
  }

  @Test
  void readsAWellFormedCatalogueWithItsGatesNotesAndConditions() {
    Catalogue c = read(valid());
    Scorecard card = c.scorecard(c.productSet("01")).orElseThrow();
    assertThat(card.maxPoints()).isEqualTo(100);
    assertThat(card.findCriterion("A1a").orElseThrow().option(1).gate()).contains(StarRating.THREE_STARS);
    assertThat(card.findCriterion("B2dd").orElseThrow().label()).isEqualTo("đ");
    Criterion smell = card.findCriterion("C3a").orElseThrow();
    assertThat(smell.gate()).contains(StarRating.FOUR_STARS);
    assertThat(smell.condition()).contains(Condition.HAS_STORY);
    assertThat(card.groupOf(smell).notes()).containsExactly("Ghi chú: một ghi chú");
    assertThat(card.source()).contains("test.txt");
  }

  @Test
  void rejectsAGroupWhoseCriteriaDoNotSumToItsMaximum() {
    assertThatThrownBy(() -> read(with(11, "group\tcode=148/01/A1\tmax=39\ttitle=TỔ CHỨC SẢN XUẤT")))
        .isInstanceOfSatisfying(CatalogueException.class, e -> {
          assertThat(e.source()).contains("test.txt");
          assertThat(e.line()).isEqualTo(10);
          assertThat(e.entry()).contains("148/01 part A");
        })
        .hasMessageContaining("test.txt:10: 148/01 part A: part A has maximum 40 but its groups sum to 39")
        .hasMessageContaining("test.txt:11: 148/01/A1: group maximum is 39 but its criteria sum to 40");
  }

  @Test
  void rejectsAPartMaximumThatDiffersFromTheInstruments() {
    List<String> lines = with(10, "part\tpart=A\tmax=35\ttitle=SẢN PHẨM");
    assertThatThrownBy(() -> read(lines)).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:10: 148/01 part A: part A has maximum 35 but Decision 148/QĐ-TTg sets 40");
  }

  @Test
  void rejectsAGateOnAMissingOption() {
    assertThatThrownBy(() -> read(with(14, "gate\tstars=3\toption=148/01/A1a/9")))
        .isInstanceOfSatisfying(CatalogueException.class, e -> {
          assertThat(e.line()).isEqualTo(14);
          assertThat(e.entry()).contains("148/01/A1a/9");
        })
        .hasMessageContaining("test.txt:14: 148/01/A1a/9: gate on a missing option");
  }

  @Test
  void rejectsADuplicateCode() {
    List<String> lines = valid();
    lines.add(22, "criterion\tcode=148/01/C3a\tlabel=a\tmax=0\ttitle=Lặp");
    assertThatThrownBy(() -> read(lines)).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:24: 148/01/C3a: duplicate code (first used on line 23)");
  }

  @Test
  void rejectsAnUnknownKey() {
    assertThatThrownBy(() -> read(with(13, "option\tcode=148/01/A1a/1\tpoints=10\tcolour=red\ttext=Dưới 50%")))
        .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(e.line()).isEqualTo(13))
        .hasMessageContaining("test.txt:13: 148/01/A1a/1: unknown key 'colour' in a option record");
  }

  @Test
  void rejectsAnUnknownRecordKind() {
    assertThatThrownBy(() -> read(with(1, "comment\ttext=not a comment")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:1: unknown record kind 'comment'");
  }

  @Test
  void rejectsAMalformedNumber() {
    assertThatThrownBy(() -> read(with(15, "option\tcode=148/01/A1a/2\tpoints=4O\ttext=Trên 50%")))
        .isInstanceOfSatisfying(CatalogueException.class, e -> {
          assertThat(e.line()).isEqualTo(15);
          assertThat(e.entry()).contains("148/01/A1a/2");
        })
        .hasMessageContaining("'points=4O' is not a whole number");
  }

  @Test
  void rejectsACriterionWhoseBestOptionIsNotItsMaximum() {
    assertThatThrownBy(() -> read(with(25, "option\tcode=148/01/C3a/2\tpoints=34\ttext=Có")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:23: 148/01/C3a: criterion maximum is 35 but its best option scores 34");
  }

  @Test
  void rejectsAOneCaseGroupWhoseCasesDoNotCarryTheGroupMaximum() {
    List<String> lines = with(21, "group\tcode=148/01/C3\tmax=35\tselection=ONE_CASE\ttitle=CẢM QUAN");
    lines.add("criterion\tcode=148/01/C3b\tlabel=b\tmax=30\ttitle=Trường hợp 2");
    lines.add("option\tcode=148/01/C3b/1\tpoints=30\ttext=Có");
    assertThatThrownBy(() -> read(lines)).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:27: 148/01/C3b: each case of one-case group 148/01/C3 must have the group maximum 35, not 30");
  }

  @Test
  void collectsEveryProblemOfAFileInOneMessage() {
    List<String> lines = with(13, "option\tcode=148/01/A1a/1\tpoints=x\ttext=Dưới 50%");
    lines.set(19 - 1, "option\tcode=148/01/B2dd/1\tpoints=25\tsize=3\ttext=Có");
    assertThatThrownBy(() -> read(lines)).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.txt:13:").hasMessageContaining("test.txt:19:").hasMessageContaining("1 more problem");
  }

  @Test
  void readsScorecardFilesNamedByTheHeaderFromItsDirectory(@TempDir Path dir) throws IOException {
    List<String> header = new java.util.ArrayList<>(valid().subList(0, 8));
    header.set(7, "productset\tcode=148/01\tsubgroup=148/1.1\tfile=set-01.txt\tvi=Rau\ten=Fresh produce");
    Files.write(dir.resolve("catalogue.txt"), header, StandardCharsets.UTF_8);
    Files.write(dir.resolve("set-01.txt"), valid().subList(8, valid().size()), StandardCharsets.UTF_8);
    Catalogue c = CatalogueReader.read(dir.resolve("catalogue.txt"));
    assertThat(c.scorecards()).containsOnlyKeys("148/01");

    Files.write(dir.resolve("set-01.txt"), with(15, "option\tcode=148/01/A1a/2\tpoints=-1\ttext=x").subList(8, 26),
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CatalogueReader.read(dir.resolve("catalogue.txt"))).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("set-01.txt:7: 148/01/A1a/2: 'points=-1' is not a whole number");
  }
}
