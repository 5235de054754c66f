package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile packs through the command (issue 9): custom DRL only with {@code --allow-custom-rules}, then
 * refused on its compiled code with file and line, or bounded at run time with exit 2 and one line
 * naming the pack and the rule; Drools' own log never reaches the user (issue 13).
 */
class HostilePackCliTest {
  @TempDir
  Path dir;

  private static final String MANIFEST = """
      id=province/kien-giang-test
      version=1
      name=Kiên Giang — thử nghiệm
      kind=province
      province=kien-giang
      effective-from=2023-02-24
      legal=Thử nghiệm
      """;

  private void drl(String when, String then) {
    Cli.write(dir, "packs/kg/pack.properties", MANIFEST);
    Cli.write(dir, "packs/kg/x.drl", """
        package ocop.province.kien_giang_test;

        import vn.ocop.rules.facts.Candidate;
        import vn.ocop.rules.facts.Finding;
        import vn.ocop.rules.facts.FindingKind;

        rule "kg.x"
          @id("kg.x")
          @legal("")
        when
          %s
        then
          %s
        end
        """.formatted(when, then));
  }

  private Path round() {
    return Cli.write(dir, "round.json", TestRounds.json(TestRounds.small()));
  }

  @Test
  void aRuleFileIsRefusedWithoutTheOptIn() {
    drl("$c : Candidate()", "insert(Finding.note(drools, $c, \"a\", \"b\"));");

    Cli.Run run = Cli.run("evaluate", round().toString(), "--rules", dir.resolve("packs").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("x.drl: custom rules (.drl) from outside the library are refused")
        .contains("--allow-custom-rules");
  }

  @Test
  void rulesCheckRefusesCodeHiddenInATextBlockWithFileAndLine() {
    drl("$c : Candidate()", "String s = \"\"\"\n      user.home\"\"\" ; String v = System.getProperty(s.strip()); String u = \"\" ;");

    Cli.Run run = Cli.run("rules", "check", dir.resolve("packs").toString(), "--allow-custom-rules", "--lang", "en");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).containsPattern(
        ".*x\\.drl:7: rule \"kg\\.x\": calling java\\.lang\\.System\\.getProperty is not allowed in custom rules");
  }

  @Test
  void anEndlessRuleEndsTheEvaluationWithOneLineNamingThePackAndTheRule() {
    drl("Finding($id : productId)\n  $c : Candidate(productId == $id, productId != \"warm-up\")",
        "insert(Finding.note(drools, $c, \"a\", \"b\"));");

    Cli.Run run = Cli.run("evaluate", round().toString(), "--rules", dir.resolve("packs").toString(),
        "--allow-custom-rules");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("ocop: rule kg.x of pack province/kien-giang-test@1: ").containsPattern("limit \\w+PerProduct");
  }

  @Test
  void aDivisionByZeroIsFoundByRulesCheck() {
    drl("$c : Candidate()", "int z = $c.members() / ($c.members() - $c.members());");

    Cli.Run run = Cli.run("rules", "check", dir.resolve("packs").toString(), "--allow-custom-rules");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).containsPattern(".*x\\.drl:7: rule kg\\.x fails on a probe round.*ArithmeticException.*");
  }

  @Test
  void droolsOwnErrorLogIsNotPrinted() {
    drl("$c : Candidate(scroe > 1)", "insert(Finding.note(drools, $c, \"a\", \"b\"));");
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Cli.Run run;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      run = Cli.run("rules", "check", dir.resolve("packs").toString(), "--allow-custom-rules");
    } finally {
      System.setErr(saved);
    }

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("scroe");
    assertThat(captured.toString(StandardCharsets.UTF_8) + run.err()).doesNotContain("Unable to build KieBaseModel");
  }
}
