package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.NullArgumentException;
import vn.ocop.Ocop;
import vn.ocop.io.InputException;
import vn.ocop.io.Outputs;
import vn.ocop.io.ProgrammeFiles;
import vn.ocop.io.ResultsJson;
import vn.ocop.io.RoundFiles;
import vn.ocop.io.ScoresCsv;
import vn.ocop.place.UnknownPlaceException;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.NoRulePackInForceException;
import vn.ocop.rules.RuleBookHolder;
import vn.ocop.rules.RuleBooks;

/**
 * The library's own entry points (readers, builders, rule books, the facade) answer bad arguments as
 * the command does: a named exception whose message names the argument or the file, never a bare
 * {@link NullPointerException} (issue 14).
 */
class EntryPointsTest {
  @TempDir
  Path dir;

  private interface Call {
    void run() throws Exception;
  }

  /** Each entry point given a null, and the argument its message must name. */
  private Map<String, Call> nulls() {
    Round round = RoundFiles.read(Path.of("src/main/resources/vn/ocop/examples/rounds/sample-3-kien-giang-2024-hon-dat-district.json")).round();
    Map<String, Call> calls = new LinkedHashMap<>();
    calls.put("file", () -> RoundFiles.read(null));
    calls.put("scoreFiles", () -> RoundFiles.read(dir.resolve("r.json"), null));
    calls.put("scoreFiles[0]", () -> RoundFiles.read(dir.resolve("r.json"), new ArrayList<>(java.util.Arrays.asList((Path) null))));
    calls.put("doc", () -> RoundFiles.write(null));
    calls.put("file ", () -> ScoresCsv.read(null));
    calls.put("file  ", () -> ResultsJson.read(null));
    calls.put("result", () -> ResultsJson.document(null));
    calls.put("file   ", () -> ProgrammeFiles.read(null));
    calls.put("inputs", () -> new Outputs(null));
    calls.put("province", () -> Round.builder().province(null));
    calls.put("councilDate", () -> Round.builder().councilDate(null));
    calls.put("id", () -> Product.builder().id(null));
    calls.put("product", () -> Submission.builder().product(null));
    calls.put("round", () -> Ocop.score(null));
    calls.put("policy", () -> Ocop.evaluate(round, null));
    calls.put("round ", () -> Ocop.evaluate(null, RuleBooks.bundled()));
    calls.put("dir", () -> RuleBooks.directory(null));
    calls.put("dir ", () -> RuleBooks.bundledWith(null));
    calls.put("province ", () -> RuleBooks.bundled().forProvince(null, LocalDate.of(2024, 6, 5)));
    calls.put("date", () -> RuleBooks.bundled().forProvince("an-giang", null));
    calls.put("round  ", () -> RuleBooks.bundled().forRound(null));
    calls.put("initial", () -> RuleBookHolder.of(null));
    calls.put("dir  ", () -> RuleBookHolder.of(RuleBooks.bundled()).reload(null));
    // the options a host passes, and the facts a pack's DRL constructs
    calls.put("limits", () -> vn.ocop.rules.LoadOptions.defaults().withLimits(null));
    calls.put("timeLimit", () -> vn.ocop.rules.ExecutionLimits.defaults().withTimeLimit(null));
    calls.put("message", () -> new vn.ocop.rules.Problem("pack.properties", 3, null));
    calls.put("productId", () -> new vn.ocop.rules.facts.Disqualified(null, "k", "text", "A1"));
    calls.put("value", () -> new vn.ocop.rules.facts.Param("band.4", null, "pack.properties"));
    calls.put("dossierKind", () -> new vn.ocop.rules.facts.Filing("p1", null, "yes"));
    calls.put("optionKey", () -> new vn.ocop.rules.facts.GateMiss("p1", 4, "A1", "title", null, "option", 2,
        java.math.BigDecimal.ONE, 1, 5, "mean"));
    calls.put("ruleId", () -> new vn.ocop.rules.facts.Finding("p1", vn.ocop.rules.facts.FindingKind.INELIGIBLE, 0, "",
        null, null, null, "vi", "en"));
    calls.put("councilDate ", () -> new vn.ocop.rules.facts.RoundFact("r", "an-giang", "", "PROVINCE", null, 2024, 1,
        "148", 5, "m1", 3));
    return calls;
  }

  @Test
  void everyEntryPointGivenANullNamesTheArgument() {
    List<String> wrong = new ArrayList<>();
    nulls().forEach((argument, call) -> {
      Throwable t = catchThrowable(call::run);
      String name = argument.strip();
      if (!(t instanceof NullArgumentException n) || !n.argument().equals(name)
          || !t.getMessage().startsWith(name + " is null")) {
        wrong.add(name + " -> " + t);
      }
    });
    assertThat(wrong).as("entry points that do not name their null argument").isEmpty();
    assertThat(nulls()).hasSizeGreaterThan(20);
  }

  @Test
  void aBuilderGivenNullNamesTheAttributeInWordsAndIsAnIllegalArgument() {
    Throwable t = catchThrowable(() -> Council.builder().chair(null, "Nguyễn Văn An"));
    assertThat(t).isInstanceOf(IllegalArgumentException.class).isNotInstanceOf(NullPointerException.class);
    assertThat(t.getMessage()).contains("is null");
  }

  @Test
  void aMissingRoundFileIsAnInputErrorNamingTheFile() {
    Path missing = dir.resolve("missing.json");
    assertThat(catchThrowable(() -> RoundFiles.read(missing))).isInstanceOf(InputException.class)
        .hasMessage(missing + ": no such file");
    assertThat(catchThrowable(() -> RoundFiles.read(dir))).isInstanceOf(InputException.class)
        .hasMessage(dir + ": is a directory, not a file");
  }

  @Test
  void anUnknownProvinceOrADateNoPackCoversIsNamed() {
    assertThat(catchThrowable(() -> RuleBooks.bundled().forProvince("atlantis", LocalDate.of(2024, 6, 5))))
        .isInstanceOf(UnknownPlaceException.class).hasMessageContaining("atlantis");
    assertThat(catchThrowable(() -> RuleBooks.bundled().forProvince("an-giang", LocalDate.of(2001, 1, 1))))
        .isInstanceOf(NoRulePackInForceException.class).hasMessageContaining("2001-01-01");
  }
}
