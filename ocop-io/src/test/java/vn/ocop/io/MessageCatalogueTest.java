package vn.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The message catalogue: both languages complete, placeholders alike, Vietnamese really translated. */
class MessageCatalogueTest {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
  /** Keys whose text is the same word in both languages. */
  private static final Set<String> SAME = Set.of("kind.null");

  private static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyKeyIsInBothLanguagesWithTheSamePlaceholdersAndADifferentText() {
    Map<String, String> en = Message.templates(Message.IO, "en");
    Map<String, String> vi = Message.templates(Message.IO, "vi");
    assertThat(vi.keySet()).isEqualTo(en.keySet());
    assertThat(en).hasSizeGreaterThan(150);
    for (Map.Entry<String, String> e : en.entrySet()) {
      String v = vi.get(e.getKey());
      assertThat(placeholders(v)).as(e.getKey()).isEqualTo(placeholders(e.getValue()));
      if (!SAME.contains(e.getKey())) {
        assertThat(v).as(e.getKey()).isNotEqualTo(e.getValue());
      }
    }
  }

  @Test
  void vietnameseIsReadAsUtf8WithDiacritics() {
    assertThat(Message.of("file.permission-denied").text(VI)).startsWith("không có quyền đọc");
    assertThat(Message.of("file.not-utf8", "E1").text(VI)).isEqualTo(
        "tệp không phải văn bản UTF-8 (byte 0xE1); hãy lưu lại dưới dạng UTF-8");
  }

  @Test
  void argumentsGoInAsTheyAreAndNestedMessagesInTheSameLanguage() {
    Message m = Message.of("json.expected-found", Message.of("kind.whole-number"), "'2024.7'");
    assertThat(m.toString()).isEqualTo("expected a whole number, found '2024.7'");
    assertThat(m.text(VI)).isEqualTo("cần một số nguyên, nhưng gặp '2024.7'");
    assertThat(Message.of("limit.string", 100000).toString()).contains("100000 characters");
  }

  @Test
  void anUnknownKeyIsRefused() {
    assertThatThrownBy(() -> Message.of("no.such.key")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.key");
  }

  @Test
  void coreTextsKeepTheirEnglishExactlyAndGetAVietnameseText() {
    for (String text : new String[] {
        "Round an-giang/2031/1/province: the round of 2031 cannot meet on 2020-05-20: a council meets in its round's"
            + " year or, for a round that runs late, early the next year",
        "Product 'ag-2020-01': part A scores 1000 but Decision 1048/QĐ-TTg allows at most 35",
        "Scorecard of product 'kg-hd-05', member 'm3' chooses two options for criterion B4a (Liên kết): B4a/1 and"
            + " B4a/2; choose one",
        "Province 'atlantis' did not exist on 2026-11-20; nearest: ha-noi (Thành phố Hà Nội)",
        "Part scores may not be negative: -5",
        "A council has exactly one chair, this one has 2",
        "Round kien-giang/2024/1/district: Member 'm1' has two scorecards for product 'kg-hd-01'",
        "the dossier is filed on 01/07/2026, after the council date 20/06/2026; a council evaluates dossiers filed"
            + " before it meets"}) {
      Message m = CoreMessages.of(text);
      assertThat(m.key()).as(text).isNotEqualTo("core.untranslated");
      assertThat(m.toString()).isEqualTo(text);
      assertThat(m.text(VI)).isNotEqualTo(text).doesNotContain("chưa dịch");
    }
    assertThat(CoreMessages.of("Product 'ag-2020-01': part A scores 1000 but Decision 1048/QĐ-TTg allows at most 35")
        .text(VI)).isEqualTo("Sản phẩm 'ag-2020-01': điểm phần A là 1000, vượt quá tối đa 35 theo Decision 1048/QĐ-TTg");
    Message unknown = CoreMessages.of("something the catalogue does not know");
    assertThat(unknown.key()).isEqualTo("core.untranslated");
    assertThat(unknown.toString()).isEqualTo("something the catalogue does not know");
  }

  @Test
  void anInputExceptionGivesItsLineInEitherLanguage() {
    InputException e = new InputException(java.nio.file.Path.of("r.json"), 3, 5, "$.a", Message.of("file.empty"), null);
    assertThat(e.getMessage()).isEqualTo("r.json:3:5: $.a: the file is empty");
    assertThat(e.problem()).isEqualTo("the file is empty");
    assertThat(e.getMessage(VI)).isEqualTo("r.json:3:5: $.a: tệp rỗng");
    assertThat(e.problem(VI)).isEqualTo("tệp rỗng");
    assertThat(e.message().key()).isEqualTo("file.empty");
  }
}
