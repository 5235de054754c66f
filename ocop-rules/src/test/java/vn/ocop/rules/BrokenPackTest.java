package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;

/** Broken packs fail with every problem's file and line, and a failed reload leaves the old packs serving. */
class BrokenPackTest {

  private static final String HEADER = """
      package ocop.province.lam_dong;

      import vn.ocop.rules.facts.Candidate;
      import vn.ocop.rules.facts.Finding;
      """;

  private static String rule(String when, String then) {
    return HEADER + """

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

  private static RulePackException failure(Path dir) {
    try {
      RuleBooks.bundledWith(dir, LoadOptions.defaults().allowCustomRules()).validate();
    } catch (RulePackException e) {
      return e;
    }
    throw new AssertionError("the pack loaded");
  }

  @Test
  void aSyntaxErrorIsReportedWithFileAndLine(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest());
    Path drl = Packs.write(dir, "lam-dong", "x.drl", rule("$c : Candidate(score >= 70", "insert(Finding.note(drools, $c, \"a\", \"b\"));"));

    assertThat(failure(dir).problems()).first().satisfies(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.line()).isEqualTo(11); // the line after the unclosed pattern
      assertThat(p.message()).startsWith("syntax error");
    });
  }

  @Test
  void anUnknownFieldIsReportedWithFileAndLine(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest());
    Path drl = Packs.write(dir, "lam-dong", "x.drl", rule("$c : Candidate(scroe >= 70)", "insert(Finding.note(drools, $c, \"a\", \"b\"));"));

    assertThat(failure(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.message()).contains("scroe");
    });
  }

  @Test
  void anUnknownFactTypeIsReportedWithFileAndLine(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest());
    Path drl = Packs.write(dir, "lam-dong", "x.drl", rule("$c : Produkt(score >= 70)", "insert(Finding.note(drools, $c, \"a\", \"b\"));"));

    assertThat(failure(dir).problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.message()).contains("Produkt");
    });
  }

  @Test
  void aBadConsequenceIsReportedAtItsRule(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest());
    Path drl = Packs.write(dir, "lam-dong", "x.drl", rule("$c : Candidate(score >= 70)", "$c.noSuchMethod();"));

    assertThat(failure(dir).problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(drl.toString());
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.message()).contains("noSuchMethod");
    });
  }

  @Test
  void forbiddenImportsAndHostAccessAreRejectedBeforeCompilingAllTogether(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest());
    Path drl = Packs.write(dir, "lam-dong", "x.drl", """
        package ocop.province.lam_dong;

        import java.io.File;
        import vn.ocop.rules.facts.Candidate;

        global java.util.List out;

        rule "lam-dong.x"
          @id("lam-dong.x")
          @legal("")
        when
          $c : Candidate()
        then
          System.exit(1);
          java.nio.file.Files.delete(java.nio.file.Path.of("/tmp/x"));
        end
        """);

    assertThatThrownBy(() -> RuleBooks.bundledWith(dir, LoadOptions.defaults().allowCustomRules())).isInstanceOfSatisfying(RulePackException.class, e ->
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(drl.toString()))
            .extracting(Problem::line, p -> p.message().substring(0, Math.min(25, p.message().length())))
            .contains(org.assertj.core.groups.Tuple.tuple(3, "import not allowed: java."),
                org.assertj.core.groups.Tuple.tuple(6, "global not allowed: out"),
                org.assertj.core.groups.Tuple.tuple(14, "not allowed in rule files"),
                org.assertj.core.groups.Tuple.tuple(15, "qualified name not allowe")));
  }

  @Test
  void unknownManifestKeysAndAMissingBasePackAreReportedWithTheirLines(@TempDir Path dir) {
    Path manifest = Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("colour=green"));
    Path national = Packs.write(dir, "x", "pack.properties", String.join("\n", "id=national/2000", "version=1",
        "name=Không có", "kind=national", "instrument=1489", "effective-from=2030-01-01", "extends=national/999"));

    RulePackException e = failure(dir);

    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(manifest.toString());
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.message()).contains("unknown key 'colour'");
    });
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(national.toString());
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).contains("base pack 'national/999'");
    });
    assertThat(e.getMessage()).contains(manifest + ":8: unknown key 'colour'");
  }

  @Test
  void removingARuleNoLowerPackDefinesIsAProblem(@TempDir Path dir) {
    Path manifest = Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("removes=148.no-such-rule"));

    assertThat(failure(dir).problems()).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo(manifest.toString());
      assertThat(p.line()).isEqualTo(8);
      assertThat(p.message()).contains("removes rule '148.no-such-rule', which no lower pack");
    });
  }

  @Test
  void aFailedReloadLeavesThePreviousPacksServing(@TempDir Path good, @TempDir Path broken) {
    Packs.write(good, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=75"));
    Packs.write(broken, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=75"));
    Packs.write(broken, "lam-dong", "x.drl", rule("$c : Candidate(scroe >= 70)", "insert(Finding.note(drools, $c, \"a\", \"b\"));"));
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 25), "72.00");
    RuleBookHolder holder = RuleBookHolder.of(RuleBooks.bundled());
    holder.reload(good);
    RuleBooks serving = holder.current();

    assertThatThrownBy(() -> holder.reload(broken)).isInstanceOf(RulePackException.class).hasMessageContaining("x.drl");

    assertThat(holder.current()).isSameAs(serving);
    assertThat(Rounds.outcome(round, holder).stars()).contains(StarRating.THREE_STARS);
  }
}
