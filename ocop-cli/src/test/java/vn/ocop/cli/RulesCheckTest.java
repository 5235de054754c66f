package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocop rules check DIR}: every problem with file and line, exit 1; a sound directory exit 0. */
class RulesCheckTest {
  @TempDir
  Path dir;

  private static final String MANIFEST = """
      id=province/lam-dong
      version=1
      name=Lâm Đồng — ngưỡng 4 sao 75 điểm
      kind=province
      province=lam-dong
      effective-from=2023-02-24
      legal=Quyết định …/QĐ-UBND của UBND tỉnh Lâm Đồng
      param.band.4=75
      """;

  @Test
  void aSoundPackDirectoryPasses() {
    Cli.write(dir, "lam-dong/pack.properties", MANIFEST);
    Cli.Run run = Cli.run("rules", "check", dir.toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("no problems").contains("province/lam-dong@1");
  }

  @Test
  void aBrokenPackListsEachProblemWithFileAndLineAndExitsOne() {
    Cli.write(dir, "lam-dong/pack.properties", MANIFEST.replace("effective-from=2023-02-24", "effective-from=24/02/2023"));
    Cli.write(dir, "lam-dong/bad.drl", """
        package ocop.province.lam_dong;

        import vn.ocop.rules.facts.Candidate;

        rule "lam-dong.broken"
          @id("lam-dong.broken")
        when
          $c : Candidate(scroe >= 70
        then
        end
        """);
    Cli.Run run = Cli.run("rules", "check", dir.toString(), "--allow-custom-rules", "--lang", "en");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).containsPattern(".*lam-dong[/\\\\]pack\\.properties:6: .*");
    // the manifest's error does not hide the rule file's (issue 13)
    assertThat(run.out()).containsPattern(".*lam-dong[/\\\\]bad\\.drl:\\d+: .*");
    assertThat(run.out().lines().filter(l -> l.matches(".*:\\d+: .*"))).isNotEmpty();
    assertThat(run.out()).containsPattern("\\d+ problems?\\R?$");
  }

  @Test
  void aDirectoryWithoutPacksIsAProblem() {
    Cli.Run run = Cli.run("rules", "check", dir.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("no pack.properties found");
  }

  @Test
  void aMissingDirectoryIsAUserError() {
    Cli.Run run = Cli.run("rules", "check", dir.resolve("nope").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("ocop: " + dir.resolve("nope") + ": no such directory");
  }

  @Test
  void evaluatingWithABrokenPackDirectoryIsAOneLineUserError() {
    Cli.write(dir, "packs/lam-dong/pack.properties", MANIFEST.replace("kind=province", "kind=county"));
    Path round = Cli.write(dir, "round.json", TestRounds.json(TestRounds.small()));
    Cli.Run run = Cli.run("evaluate", round.toString(), "--rules", dir.resolve("packs").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).containsPattern("pack\\.properties:4: ");
  }
}
