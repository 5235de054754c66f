package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.evaluation.Decision;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;

/**
 * Hostile province packs (issue 9, DESIGN.md decision 5): each is refused at check time with its
 * file and line, or bounded at run time with a one-line error naming the pack and the rule.
 */
class HostilePackTest {

  private static final LoadOptions ALLOW = LoadOptions.defaults().allowCustomRules();
  private static final LocalDate DATE = LocalDate.of(2024, 6, 25);

  private static String rule(String when, String then) {
    return """
        package ocop.province.lam_dong;

        import vn.ocop.rules.facts.Candidate;
        import vn.ocop.rules.facts.Finding;
        import vn.ocop.rules.facts.FindingKind;

        rule "lam-dong.x"
          @id("lam-dong.x")
          @legal("")
        when
          %s
        then
          %s
        end
        """.formatted(when, then);
  }

  private static Path pack(Path dir, String drl) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest());
    return Packs.write(dir, "lam-dong", "x.drl", drl);
  }

  private static List<Problem> check(Path dir) {
    return RuleBooks.check(dir, ALLOW);
  }

  /**
   * A text block fools the lexical scanner (it reads {@code """} as an empty string and a quote), so
   * what follows on the line is hidden from it; the check of the compiled code still sees every call.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "new java.io.File(s.strip()).createNewFile();",
      "String v = System.getProperty(s.strip());",
      "Object k = s.getClass().getClassLoader();",
      "String k = String.class.getName();",
      "Runnable r = () -> s.length();",
      "System.out.println(s);",
      "String l = s.toUpperCase(java.util.Locale.ROOT);",
      "while (s.length() > 0) { s = s.substring(1); }",
      "try { s.length(); } catch (RuntimeException e) { s = s; }",
      "Runtime.getRuntime().availableProcessors();",
      "drools.halt();",
      "kcontext.getKieRuntime();",
      "insert(new Finding($c.productId(), FindingKind.NOTE, 0, s, s, s, s, s, s));",
      "int[] a = new int[s.length() * 1000000];",
      "java.lang.invoke.MethodHandles.lookup();",
      "} static { System.exit(3); } public static void y() {",
      "Thread t = new Thread(); t.start();"})
  void codeHiddenFromTheLexicalScanInATextBlockIsRefusedOnTheCompiledCode(String payload, @TempDir Path dir) {
    Path drl = pack(dir, rule("$c : Candidate()", "String s = \"\"\"\n      /tmp/ocop-pwned\"\"\" ; " + payload
        + " String u = \"\" ;"));
    assertThat(DrlSandbox.check(drl.toString(), readString(drl)).problems()).as("the lexical scan misses it").isEmpty();

    List<Problem> problems = check(dir);

    assertThat(problems).as(payload).isNotEmpty().anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).contains("rule \"lam-dong.x\"").contains("in custom rules");
    });
    assertThat(Path.of("/tmp/ocop-pwned")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "$c : Candidate(productId.bytes != null)",
      "$c : Candidate(productId == java.lang.System.lineSeparator())",
      "$c : Candidate(productId matches \".*\")",
      "$c : Candidate(productId == new String(\"a\"))",
      "$c : Candidate(productId == String.valueOf(String.class))",
      "$c : Candidate([1, 2] contains 1)"})
  void constraintsAreHeldToASmallLanguage(String when, @TempDir Path dir) {
    Path drl = pack(dir, rule(when, "insert(Finding.note(drools, $c, \"a\", \"b\"));"));

    assertThat(check(dir)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.message()).contains("rule \"lam-dong.x\"");
    });
  }

  @Test
  void metadataIsAStringLiteralNeverAnExpressionEvaluatedAtCompileTime(@TempDir Path dir) {
    Path drl = pack(dir, rule("$c : Candidate()", "insert(Finding.note(drools, $c, \"a\", \"b\"));")
        .replace("@legal(\"\")", "@legal(1 + 1)"));

    assertThat(check(dir)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.message()).contains("@legal must be a string literal");
    });
  }

  @Test
  void customRulesAreRefusedUnlessTheHostOptsIn(@TempDir Path dir) {
    Path drl = pack(dir, rule("$c : Candidate()", "insert(Finding.note(drools, $c, \"a\", \"b\"));"));

    assertThatThrownBy(() -> RuleBooks.bundledWith(dir)).isInstanceOfSatisfying(RulePackException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file()).isEqualTo(drl.toString());
          assertThat(p.message()).contains("refused unless the host opts in").contains("--allow-custom-rules");
        }));
  }

  @Test
  void aRuleInTheDocumentedStyleCompilesAndWorksWithTheOptIn(@TempDir Path dir) {
    pack(dir, rule("""
          Finding(kind == FindingKind.STARS, $id : productId, stars >= 3)
          $c : Candidate(productId == $id, score.compareTo(new java.math.BigDecimal("1")) > 0 || true)""".replace(
        "score.compareTo(new java.math.BigDecimal(\"1\")) > 0 || true", "score.signum() > 0"),
        "insert(Finding.note(drools, $c, \"Điểm \" + Finding.vi($c.score()), \"Score \" + $c.score().setScale(1, java.math.RoundingMode.HALF_UP)));"));

    assertThat(check(dir)).isEmpty();
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, DATE, "72.00");
    var outcome = Rounds.outcome(round, RuleBooks.bundledWith(dir, ALLOW));
    assertThat(outcome.decision()).isEqualTo(Decision.CERTIFY);
    assertThat(outcome.reasons()).anySatisfy(r -> {
      assertThat(r.ruleId()).isEqualTo("lam-dong.x");
      assertThat(r.pack()).isEqualTo("province/lam-dong@1");
      assertThat(r.messageEn()).isEqualTo("Score 72.0");
    });
  }

  @Test
  void anEndlessChainOfFindingsIsRefusedAtCheckTimeByTheProbe(@TempDir Path dir) {
    Path drl = pack(dir, rule("Finding($id : productId)\n  $c : Candidate(productId == $id)",
        "insert(Finding.note(drools, $c, \"a\", \"b\"));"));

    assertThat(check(dir)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).contains("fails on a probe round").containsPattern("limit (firings|findings)PerProduct");
    });
  }

  @Test
  void anEndlessChainOfFindingsFailsThatEvaluationNamingThePackAndTheRule(@TempDir Path dir) {
    pack(dir, rule("Finding($id : productId)\n  $c : Candidate(productId == $id, productId != \"warm-up\")",
        "insert(Finding.note(drools, $c, \"a\", \"b\"));"));
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, DATE, "72.00");
    RuleBooks books = RuleBooks.bundledWith(dir, ALLOW);

    assertThatThrownBy(() -> Rounds.outcome(round, books)).isInstanceOfSatisfying(RuleExecutionException.class, e -> {
      assertThat(e.pack()).isEqualTo("province/lam-dong@1");
      assertThat(e.rule()).isEqualTo("lam-dong.x");
      assertThat(e.getMessage()).doesNotContain("\n").containsPattern("limit (firings|findings)PerProduct");
    });
  }

  /**
   * A rule joining the round's products with each other builds a cross product before anything fires
   * (600 products four times over: the command ran 113 s, then out of memory); no firing or time limit
   * can stop the engine inside that join, so the loader refuses the rule, naming its file and line.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "$a : Candidate()\n  $b : Candidate()\n  $d : Candidate(productId == $a.productId, productId != $b.productId)",
      "$a : Candidate()\n  Candidate(productId != \"x\")",
      "$a : Candidate($id : productId)\n  Finding(productId == $id)\n  Finding()",
      "$a : Candidate($id : productId)\n  not Candidate(productId != $id, score > 90)",
      "Param()\n  Param()\n  $a : Candidate()"})
  void aRuleThatJoinsTheRoundWithItselfIsRefusedWhenLoaded(String when, @TempDir Path dir) {
    Path drl = pack(dir, rule(when.replace("Param()", "vn.ocop.rules.facts.Param()"), "insert(Finding.note(drools, $a, \"a\", \"b\"));"));

    assertThat(check(dir)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).contains("rule 'lam-dong.x' does not judge one product at a time");
    });
  }

  @Test
  void aRuleOfOneProductWithNamedParametersIsAccepted(@TempDir Path dir) {
    pack(dir, rule("vn.ocop.rules.facts.Param(key == \"band.4\", $from : decimal)\n  $c : Candidate($id : productId)\n"
        + "  not Finding(productId == $id, kind == FindingKind.STARS, stars > 4)",
        "insert(Finding.note(drools, $c, \"a\" + $from, \"b\"));"));

    assertThat(check(dir)).isEmpty();
  }

  @Test
  void aDivisionByZeroNamesThePackAndTheRule(@TempDir Path dir) {
    Path drl = pack(dir, rule("$c : Candidate()", "int z = $c.score().intValue() / ($c.members() - $c.members());"));

    assertThat(check(dir)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.message()).contains("rule lam-dong.x").contains("ArithmeticException");
    });
  }

  @Test
  void aHugeMessageIsStoppedByTheMessageLimit(@TempDir Path dir) {
    StringBuilder grow = new StringBuilder("String s = $c.productId();");
    for (int i = 0; i < 16; i++) {
      grow.append(" s = s + s;");
    }
    pack(dir, rule("$c : Candidate(productId != \"warm-up\")", grow + " insert(Finding.note(drools, $c, s, s));"));
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, DATE, "72.00");

    assertThatThrownBy(() -> Rounds.outcome(round, RuleBooks.bundledWith(dir, ALLOW)))
        .isInstanceOf(RuleExecutionException.class).hasMessageContaining("limit messageLength");
  }

  @Test
  void theLimitsAreParametersOfTheHost() {
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, DATE, "72.00");
    RuleBook book = RuleBooks.bundled().forRound(round);

    assertThatThrownBy(() -> book.withLimits(ExecutionLimits.defaults().withFindingsPerProduct(1)).decide(
        vn.ocop.Ocop.score(round))).isInstanceOf(RuleExecutionException.class).hasMessageContaining("findingsPerProduct");
    assertThatThrownBy(() -> book.withLimits(ExecutionLimits.defaults().withTimeLimit(Duration.ofNanos(1))).decide(
        vn.ocop.Ocop.score(round))).isInstanceOf(RuleExecutionException.class).hasMessageContaining("timeLimit");
    assertThat(book.decide(vn.ocop.Ocop.score(round))).hasSize(1);
  }

  /**
   * A book of the bundled packs and one pack from a directory, deciding a round in slices: the guard
   * stops a runaway rule on the product it runs away on and names the rule and its pack.
   */
  @Test
  void aRunawayRuleOfAMixedBookIsStoppedInASlicedRound(@TempDir Path dir) {
    pack(dir, rule("Finding($id : productId)\n  $c : Candidate(productId == $id, productId != \"warm-up\")",
        "insert(Finding.note(drools, $c, \"a\", \"b\"));"));
    vn.ocop.scoring.ScoredRound scored = vn.ocop.Ocop.score(SlicedDecideTest.round("lam-dong", CouncilLevel.PROVINCE, DATE, 20));
    RuleBook mixed = RuleBooks.bundledWith(dir, ALLOW).forRound(scored.round());

    assertThat(mixed.packs()).extracting(RulePack::ref).contains("province/lam-dong@1");
    assertThatThrownBy(() -> mixed.decide(scored, 7)).isInstanceOfSatisfying(RuleExecutionException.class, e -> {
      assertThat(e.pack()).isEqualTo("province/lam-dong@1");
      assertThat(e.rule()).isEqualTo("lam-dong.x");
      assertThat(e.getMessage()).containsPattern("limit (firings|findings)PerProduct");
    });
  }

  /** The host's limits hold the bundled packs' rules too, slice by slice. */
  @Test
  void theHostsLimitsHoldTheBundledRulesInASlicedRound() {
    vn.ocop.scoring.ScoredRound scored = vn.ocop.Ocop.score(SlicedDecideTest.round("lam-dong", CouncilLevel.PROVINCE, DATE, 20));
    RuleBook book = RuleBooks.bundled().forRound(scored.round());
    ExecutionLimits limits = ExecutionLimits.defaults();

    assertThatThrownBy(() -> book.withLimits(limits.withFindingsPerProduct(1)).decide(scored, 7))
        .isInstanceOfSatisfying(RuleExecutionException.class, e -> {
          assertThat(e.rule()).startsWith("148.");
          assertThat(e.pack()).startsWith("national/148@");
          assertThat(e.getMessage()).contains("limit findingsPerProduct");
        });
    assertThatThrownBy(() -> book.withLimits(limits.withMessageLength(12)).decide(scored, 7))
        .isInstanceOf(RuleExecutionException.class).hasMessageContaining("limit messageLength");
    assertThatThrownBy(() -> book.withLimits(limits.withFiringsPerRound(30)).decide(scored, 7))
        .isInstanceOf(RuleExecutionException.class).hasMessageContaining("limit firingsPerRound");
    assertThatThrownBy(() -> book.withLimits(limits.withTimeLimit(Duration.ofNanos(1))).decide(scored, 7))
        .isInstanceOf(RuleExecutionException.class).hasMessageContaining("limit timeLimit");
    assertThat(book.decide(scored, 7)).isEqualTo(book.decide(scored, Integer.MAX_VALUE));
  }

  @Test
  void aProvincePackCannotUseANationalPackage(@TempDir Path dir) {
    Path drl = pack(dir, rule("$c : Candidate()", "insert(Finding.note(drools, $c, \"a\", \"b\"));")
        .replace("package ocop.province.lam_dong;", "package ocop.national.d148;"));

    assertThat(check(dir)).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.message()).contains("is also the package of national/148");
    });
  }

  @Test
  void aFindingThatClaimsAnotherRulesIdentityFailsTheEvaluation() {
    List<Problem> problems = new java.util.ArrayList<>();
    String drl = rule("$c : Candidate()", "insert(new Finding($c.productId(), FindingKind.BAND, 5, \"\", \"148.band.5\","
        + " \"ocop.national.d148\", \"\", \"x\", \"x\"));");
    // a trusted (classpath) pack, so that only the engine's check stands between the finding and a reason
    RulePack forger = PackLoader.read("classpath:test/pack.properties", Packs.lamDongManifest(), List.of(
        new RulePack.Source("classpath:test/x.drl", "x.drl", drl)), problems).orElseThrow();
    assertThat(problems).isEmpty();
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, DATE, "72.00");
    List<RulePack> chain = new java.util.ArrayList<>(RuleBooks.bundled().resolve("lam-dong", DATE));
    chain.add(forger);
    RuleBook book = RuleBookCompiler.compile(chain);

    assertThatThrownBy(() -> book.decide(vn.ocop.Ocop.score(round))).isInstanceOfSatisfying(RuleExecutionException.class, e -> {
      assertThat(e.rule()).isEqualTo("lam-dong.x");
      assertThat(e.getMessage()).contains("claims to come from rule 148.band.5");
    });
  }

  @Test
  void hostileFilesAreEachAOneLineProblem(@TempDir Path dir) throws Exception {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest());
    Path big = dir.resolve("lam-dong/big.drl");
    Files.write(big, new byte[PackLoader.MAX_FILE_BYTES + 1]);
    Path latin1 = dir.resolve("lam-dong/latin1.drl");
    Files.write(latin1, "package a;\n// Đ\n// \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path zero = dir.resolve("lam-dong/zero.drl");
    Files.createSymbolicLink(zero, Path.of("/dev/zero"));
    Path deep = dir.resolve("lam-dong/deep.drl");
    Files.writeString(deep, rule("$c : Candidate(" + "(".repeat(20_000) + "true" + ")".repeat(20_000) + ")", ""));
    Path fifo = dir.resolve("lam-dong/fifo.drl");
    boolean haveFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;

    List<Problem> problems = check(dir);

    assertThat(problems).anySatisfy(p -> assertThat(p.toString()).startsWith(big + ": ").contains("at most 524288 bytes"));
    assertThat(problems).anySatisfy(p -> assertThat(p.toString()).startsWith(latin1 + ":3: byte 0xE9 is not UTF-8"));
    assertThat(problems).anySatisfy(p -> assertThat(p.toString()).startsWith(zero + ": is not a regular file"));
    assertThat(problems).anySatisfy(p -> assertThat(p.toString()).startsWith(deep + ":11: brackets nested 64+ deep"));
    if (haveFifo) {
      assertThat(problems).anySatisfy(p -> assertThat(p.toString()).startsWith(fifo + ": is not a regular file"));
    }
    assertThat(problems).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
  }

  @Test
  void aManifestErrorDoesNotHideTheRuleFilesErrors(@TempDir Path dir) {
    Path manifest = Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("colour=green"));
    Path drl = Packs.write(dir, "lam-dong", "x.drl", rule("$c : Candidate(scroe >= 70)",
        "insert(Finding.note(drools, $c, \"a\", \"b\"));"));

    List<Problem> problems = check(dir);

    assertThat(problems).anySatisfy(p -> assertThat(p.file()).isEqualTo(manifest.toString()));
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.message()).contains("scroe");
    });
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The library trusts the packs it reads from the classpath, whose files it names {@code classpath:…}; a
   * relative directory so named would pass for them and skip the custom-rule checks.
   */
  @Test
  void aDirectoryWhosePathPassesForTheClasspathIsRefused() throws java.io.IOException {
    Path dir = Path.of("classpath:hostile-" + java.util.UUID.randomUUID());
    try {
      pack(dir, rule("$c : Candidate()", "String home = System.getProperty(\"user.home\");"));
      assertThatThrownBy(() -> RuleBooks.bundledWith(dir, ALLOW)).isInstanceOfSatisfying(RulePackException.class, e ->
          assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.toString());
            assertThat(p.message()).contains("may not start with 'classpath:'");
          }));
      assertThat(check(dir)).singleElement().satisfies(p -> assertThat(p.message()).contains("may not start with 'classpath:'"));
    } finally {
      try (var files = java.nio.file.Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
