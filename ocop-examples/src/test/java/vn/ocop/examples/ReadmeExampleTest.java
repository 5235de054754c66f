package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.ScoreSheet;

/** Holds the README's embedding examples, so that they keep compiling and keep telling the truth. */
class ReadmeExampleTest {
  private static final Path SAMPLE_5 =
      Path.of("src/main/resources/vn/ocop/examples/rounds/sample-5-an-giang-2026-round-2-decision-26.json");

  @TempDir
  Path dir;

  /**
   * The README's complete program, taken from the README itself, compiled on its own against ocop-core,
   * ocop-rules and ocop-io (without the CLI, picocli or the sample classes), then run in a JVM of its
   * own with a host's logger (slf4j-simple) at INFO: it prints the ranking, writes the results file,
   * and nothing reaches the log — no Drools chatter on a normal evaluation.
   */
  @Test
  void theReadmeProgramCompilesOnItsOwnAndEvaluatesASampleWithoutLogChatter() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\n(import [^`]*?public class EvaluateRound[^`]*?)```", Pattern.DOTALL)
        .matcher(readme);
    assertThat(m.find()).as("the README's EvaluateRound block").isTrue();
    Path src = Files.createDirectories(dir.resolve("src")).resolve("EvaluateRound.java");
    Files.writeString(src, m.group(1), StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String libraries = ForkedJvm.classPath("ocop-cli", "picocli", "ocop-examples", "jsoup");
    java.io.StringWriter diagnostics = new java.io.StringWriter();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(diagnostics, files, null,
          List.of("-Xlint:all", "-d", classes.toString(), "-cp", libraries), null,
          files.getJavaFileObjects(src)).call();
      assertThat(compiled).as(diagnostics.toString()).isTrue();
    }
    assertThat(diagnostics.toString()).as("compiler warnings").isEmpty();

    Path results = dir.resolve("results.json");
    ForkedJvm.Result run = ForkedJvm.run(dir, classes + File.pathSeparator + libraries,
        List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info"), Map.of(), "EvaluateRound",
        SAMPLE_5.toString(), results.toString());
    String out = new String(run.out(), StandardCharsets.UTF_8);
    String err = new String(run.err(), StandardCharsets.UTF_8);
    assertThat(run.status()).as(err).isZero();
    assertThat(err).as("what reached the host's log at INFO").isEmpty();
    assertThat(out.lines().toList()).hasSize(8).first().asString().startsWith("1. ag26-01 94.00 FORWARD 5★");
    assertThat(Files.readString(results, StandardCharsets.UTF_8)).contains("\"format\" : \"ocop-results/1\"")
        .contains("\"id\" : \"ag26-01\"");
  }

  @Test
  void theReadmeExampleScoresTheSampleRiceAsTheReadmeSays() {
    // --- README: "Use it in your application" ---
    Round round = Round.builder()
        .province(SampleRound.KIEN_GIANG).district(SampleRound.HON_DAT)
        .year(2024).sequence(1).level(CouncilLevel.DISTRICT)
        .councilDate(LocalDate.of(2024, 6, 5))                 // selects Decision 148's scorecards
        .council(Council.builder().chair("m1", "Nguyễn Văn An").member("m2", "Trần Thị Bình").build())
        .submit(Submission.builder().product(SampleRound.RICE)  // set 148/03, rice
            .addDossier(SampleRound.FOOD_DOSSIER)               // registration form, business plan, …
            .scoredBy("m1", SampleRound.RICE_M1)                // "A1a/3", "A1b/2", … one option per criterion
            .scoredBy("m2", SampleRound.RICE_M2)
            .build())
        .build();

    ScoreSheet sheet = Ocop.score(round).sheets().get(0);
    sheet.score();                                             // 77.00, the mean of 78 and 76
    sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS); // 3★: A2a misses its 4★ gate

    RoundResult result = Ocop.evaluate(round, RuleBooks.bundled()); // the packs in force: national/148 here
    Outcome rice = result.results().get(0).outcome();          // CERTIFY 3★ by the district council
    rice.reasons().forEach(r -> System.out.println(r.ruleId() + ": " + r.messageEn() + " (" + r.legalReference() + ")"));
    // --- end of README example ---

    assertThat(sheet.score()).isEqualTo(new BigDecimal("77.00"));
    assertThat(sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS)).isEqualTo(StarRating.THREE_STARS);
    assertThat(sheet.gates(StarRating.FOUR_STARS, GateJudgement.MEAN_OF_MEMBERS).missed())
        .extracting(c -> c.criterion().key()).containsExactly("A2a");
    assertThat(rice.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(rice.stars()).contains(StarRating.THREE_STARS);
    assertThat(rice.reasons()).anySatisfy(r -> assertThat(r.messageEn()).contains("A2a"));
    assertThat(result.ranking().entries()).hasSize(1);
  }

  @Test
  void theMainJobPrintsTheSheetAndTheRulePacksOutcome() {
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.out;
    System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      ScoreSampleProduct.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = buffer.toString(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(printed).contains("Round kien-giang/2024/1/district/hon-dat").contains("77.67")
        .contains("Outcome of kg-2024-hd-01: Certify 3★").contains("148.gate.cap").contains("A2a/4")
        .contains("148.authority.district.certify-3");
  }

  @Test
  void theMainJobPrintsTheSampleScoreSheet() {
    ScoreSheet sheet = Ocop.score(SampleRound.round()).sheets().get(0);
    String text = ScoreSheetText.render(sheet);

    assertThat(sheet.score()).isEqualTo(new BigDecimal("77.67")); // (78 + 76 + 79) / 3
    assertThat(text).contains("Gạo thơm Sóc Sơn").contains("148/03").contains("77.67")
        .contains("missed: criterion A2a").contains("Highest level whose gates are met: 3★");
  }
}
