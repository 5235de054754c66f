package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Outcome;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Rounds;
import vn.ocop.scoring.ScoredRound;

/**
 * The bundled books the build precompiled (PrecompiledBooks) are read, decide exactly as the books
 * compiled from the DRL, and are refused — the DRL is then compiled — when stale or damaged.
 */
class PrecompiledBooksTest {
  @TempDir
  Path dir;

  @AfterEach
  void reset() {
    RuleBookCompiler.precompileSink = null;
    RuleBookCompiler.clearCache();
  }

  private static List<RulePack.Source> sources(String province, LocalDate date) {
    List<RulePack.Source> sources = new ArrayList<>();
    RuleBooks.bundled().resolve(province, date).forEach(p -> sources.addAll(p.sources()));
    return sources;
  }

  private static ScoredRound round(AdministrativeUnit province, AdministrativeUnit district, LocalDate date) {
    Round.Builder b = Rounds.round(province, null, CouncilLevel.PROVINCE, date);
    for (int i = 0; i < 40; i++) {
      b.addSubmissions(Rounds.scored("p" + i, district, Rounds.setOn(date), (30 + i * 1.5) + "0"));
    }
    return Ocop.score(b.build());
  }

  @Test
  void theBuildPrecompiledEveryBundledBookAndTheyDecideAsTheCompiledOnes() {
    record Case(AdministrativeUnit province, AdministrativeUnit district, LocalDate date) {}
    List<Case> cases = List.of(new Case(Rounds.TAY_NINH, Rounds.TAN_BIEN, LocalDate.of(2024, 6, 25)),
        new Case(Rounds.KIEN_GIANG, Rounds.HON_DAT, LocalDate.of(2024, 5, 28)),
        new Case(Rounds.AN_GIANG, Rounds.THOAI_SON, LocalDate.of(2020, 9, 10)));
    for (Case c : cases) {
      assertThat(PrecompiledBooks.read(sources(c.province().id(), c.date())))
          .as("precompiled book of %s on %s", c.province().id(), c.date()).isPresent();
      ScoredRound round = round(c.province(), c.district(), c.date());
      RuleBookCompiler.clearCache();
      List<Outcome> precompiled = RuleBooks.bundled().forRound(round.round()).decide(round);
      RuleBookCompiler.clearCache();
      RuleBookCompiler.precompileSink = (s, p) -> { }; // as the build: compile, never read
      List<Outcome> compiled = RuleBooks.bundled().forRound(round.round()).decide(round);
      RuleBookCompiler.precompileSink = null;
      assertThat(precompiled).as("%s", c).hasSize(40).isEqualTo(compiled);
    }
  }

  @Test
  void aChangedRuleFileHasNoPrecompiledBookAndIsCompiled() {
    List<RulePack.Source> sources = new ArrayList<>(sources("tay-ninh", LocalDate.of(2024, 6, 25)));
    RulePack.Source first = sources.get(0);
    sources.set(0, new RulePack.Source(first.file(), first.name(), first.text() + "\n// changed\n"));
    assertThat(PrecompiledBooks.read(sources)).isEmpty();
    List<Problem> problems = new ArrayList<>();
    KieBase compiled = RuleBookCompiler.kieBase(sources, java.util.Set.of(), "test", problems);
    assertThat(problems).isEmpty();
    assertThat(compiled).isNotNull();
  }

  @Test
  void rulesFromOutsideTheJarAreNeverReadPrecompiled() {
    List<RulePack.Source> sources = new ArrayList<>(sources("tay-ninh", LocalDate.of(2024, 6, 25)));
    RulePack.Source first = sources.get(0);
    sources.set(0, new RulePack.Source("/srv/packs/" + first.name(), first.name(), first.text()));
    assertThat(PrecompiledBooks.allBundled(sources)).isFalse();
    assertThat(PrecompiledBooks.read(sources)).isEmpty();
  }

  @Test
  void aFileOfAnotherDigestOrDroolsOrDamagedIsRefused() throws Exception {
    List<RulePack.Source> sources = sources("tay-ninh", LocalDate.of(2024, 6, 25));
    String digest = PrecompiledBooks.digest(sources);
    List<org.kie.api.definition.KiePackage> packages = new ArrayList<>();
    RuleBookCompiler.precompileSink = (s, p) -> packages.addAll(p);
    RuleBookCompiler.kieBase(sources, java.util.Set.of(), "test", new ArrayList<>());
    RuleBookCompiler.precompileSink = null;
    assertThat(packages).isNotEmpty();
    Path file = dir.resolve("book.kpkg");
    PrecompiledBooks.write(file, digest, packages);
    byte[] good = Files.readAllBytes(file);
    assertThat(PrecompiledBooks.read(new ByteArrayInputStream(good), digest)).isPresent();
    // written for other sources
    assertThat(PrecompiledBooks.read(new ByteArrayInputStream(good), "0".repeat(64))).isEmpty();
    // written by another Drools
    String header = PrecompiledBooks.header(digest);
    String other = header.replace("drools=" + PrecompiledBooks.DROOLS, "drools=9.44.0.Final+000000000000");
    ByteArrayOutputStream stale = new ByteArrayOutputStream();
    stale.write(other.getBytes(StandardCharsets.UTF_8));
    stale.write(good, header.getBytes(StandardCharsets.UTF_8).length, good.length - header.getBytes(StandardCharsets.UTF_8).length);
    assertThat(PrecompiledBooks.read(new ByteArrayInputStream(stale.toByteArray()), digest)).isEmpty();
    // cut short
    byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
    assertThat(PrecompiledBooks.read(new ByteArrayInputStream(cut), digest)).isEmpty();
  }

  @Test
  void theSandboxFindingsOfBundledFilesAreThoseOfTheParser() {
    for (RulePack pack : RuleBooks.bundled().packs()) {
      for (RulePack.Source s : pack.sources()) {
        assertThat(PrecompiledBooks.sandbox(s)).as(s.file()).contains(DrlSandbox.check(s.file(), s.text(), false));
      }
    }
    RulePack.Source any = RuleBooks.bundled().packs().get(0).sources().get(0);
    assertThat(PrecompiledBooks.sandbox(new RulePack.Source(any.file(), any.name(), any.text() + " "))).isEmpty();
    assertThat(PrecompiledBooks.sandbox(new RulePack.Source("/srv/" + any.name(), any.name(), any.text()))).isEmpty();
  }
}
