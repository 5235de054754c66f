package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ocop.io.Message;

/** The command's message catalogue: complete in both languages, and picocli's texts recognised. */
class CliMessagesTest {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");
  /** Templates that are only their arguments (the argument is translated on its own). */
  private static final Set<String> ONLY_ARGUMENTS = Set.of("core", "no-catalogue");

  private static Set<String> placeholders(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{\\d+}").matcher(template);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void everyKeyIsInBothLanguagesWithTheSamePlaceholdersAndADifferentText() {
    Map<String, String> en = Message.templates(UserException.CATALOGUE, "en");
    Map<String, String> vi = Message.templates(UserException.CATALOGUE, "vi");
    assertThat(vi.keySet()).isEqualTo(en.keySet());
    for (Map.Entry<String, String> e : en.entrySet()) {
      assertThat(placeholders(vi.get(e.getKey()))).as(e.getKey()).isEqualTo(placeholders(e.getValue()));
      if (!ONLY_ARGUMENTS.contains(e.getKey())) {
        assertThat(vi.get(e.getKey())).as(e.getKey()).isNotEqualTo(e.getValue());
      }
    }
  }

  @Test
  void picocliMessagesKeepTheirEnglishAndAreTranslated() {
    for (String text : new String[] {"Unknown option: '--bogus'", "Missing required parameter: 'ROUND'",
        "Unmatched argument at index 0: 'frobnicate'",
        "Invalid value for option '--format': expected one of [TABLE, JSON, CSV] (case-insensitive) but was 'xml'",
        "Invalid value for option '--year': 'abc' is not a whole number",
        "Invalid value for option '--date': '2024-02-30' is not a date; write it as yyyy-MM-dd, e.g. 2024-06-05",
        "Missing required option: '--programme=FILE'"}) {
      Message m = ArgumentMessages.of(text);
      assertThat(m.key()).as(text).isNotEqualTo("arg.untranslated");
      assertThat(m.toString()).isEqualTo(text);
      assertThat(m.text(VI)).isNotEqualTo(text).doesNotContain("chưa dịch");
    }
    assertThat(ArgumentMessages.of("Invalid value for option '--year': 'abc' is not a whole number").text(VI))
        .isEqualTo("Giá trị không hợp lệ cho tùy chọn '--year': 'abc' không phải số nguyên");
  }

  @Test
  void theCommandPrintsItsOwnErrorsInTheLanguageOfLang() {
    Cli.Run en = Cli.run("report", "quarterly", "--programme", "x.json", "--year", "2021", "--quarter", "9", "--lang", "en");
    Cli.Run vi = Cli.run("report", "quarterly", "--programme", "x.json", "--year", "2021", "--quarter", "9", "--lang", "vi");
    assertThat(en.status()).isEqualTo(2);
    assertThat(en.err().strip()).isEqualTo("ocop: --quarter must be 1, 2, 3 or 4, not 9");
    assertThat(vi.status()).isEqualTo(2);
    assertThat(vi.err().strip()).isEqualTo("ocop: --quarter phải là 1, 2, 3 hoặc 4, không phải 9");
    Cli.Run option = Cli.run("evaluate", "r.json", "--format", "xml", "--lang", "vi");
    assertThat(option.err().strip()).isEqualTo("ocop: Giá trị không hợp lệ cho tùy chọn '--format': cần một trong"
        + " [TABLE, JSON, CSV] (không phân biệt hoa thường) nhưng gặp 'xml' (xem 'ocop evaluate --help')");
  }
}
