package vn.ocop.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of {@code docs/testing.md} are the code of the example tests, word for word
 * (indentation aside), so that they compile, run and keep telling the truth.
 */
class TestingDocTest {

  private static final Path DOC = Path.of("..", "docs", "testing.md");
  private static final Path EXAMPLES = Path.of("src", "test", "java", "vn", "ocop", "testkit", "docs");

  private static String normalised(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void everyWorkedExampleIsTheCodeOfAnExampleTest() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String sources = normalised(Files.readString(EXAMPLES.resolve("VendorRankingExampleTest.java"), StandardCharsets.UTF_8)
        + "\n" + Files.readString(EXAMPLES.resolve("ProvincePackExampleTest.java"), StandardCharsets.UTF_8));
    List<String> blocks = javaBlocks(doc);
    assertThat(blocks).as("Java blocks of docs/testing.md").hasSizeGreaterThanOrEqualTo(4);
    for (String block : blocks.subList(1, blocks.size())) { // the first shows the assertions' vocabulary
      assertThat(sources).as("docs/testing.md block:%n%s", block).contains(normalised(block));
    }
  }

  @Test
  void theVocabularyBlockUsesOnlyAssertionsThatExist() throws IOException {
    String block = javaBlocks(Files.readString(DOC, StandardCharsets.UTF_8)).get(0);
    Matcher calls = Pattern.compile("\\.(\\w+)\\(").matcher(block);
    List<String> methods = new ArrayList<>();
    for (Class<?> c : List.of(vn.ocop.testkit.OutcomeAssert.class, vn.ocop.testkit.RankingAssert.class,
        vn.ocop.testkit.ScoreSheetAssert.class, vn.ocop.testkit.RoundResultAssert.class, vn.ocop.result.RoundResult.class)) {
      for (var m : c.getMethods()) {
        methods.add(m.getName());
      }
    }
    while (calls.find()) {
      assertThat(methods).as("method %s in the assertions block", calls.group(1)).contains(calls.group(1));
    }
  }
}
