package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsJson;

/** {@code --rules DIR} holding a national pack (a copy of national/148: custom DRL, so {@code --allow-custom-rules}): an error, unless {@code --allow-national-override}, and then loud. */
class NationalOverrideCliTest {
  @TempDir
  Path dir;

  private Path packs() throws IOException {
    Path src = Path.of("../ocop-rules/src/main/resources/vn/ocop/rules/packs/national/148");
    Path to = Files.createDirectories(dir.resolve("packs/national-148"));
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f).replace("version=2023.1", "version=local");
        // custom rules may not use accumulate (docs/rules.md, Trust boundary): the lowest cap below the band, as patterns
        text = text.replace("""
              Number($m : intValue, intValue < $s) from accumulate(
                  Finding(kind == FindingKind.CAP, productId == $id, $x : stars), min($x))
            """, """
              Finding(kind == FindingKind.CAP, productId == $id, $m : stars, stars < $s)
              not Finding(kind == FindingKind.CAP, productId == $id, stars < $m)
              not Finding(kind == FindingKind.STARS, productId == $id)
            """);
        Files.writeString(to.resolve(f.getFileName()), text);
      }
    }
    return to.getParent();
  }

  @Test
  void aNationalPackInRulesIsAnErrorWithoutTheOptInAndEveryResultSaysSoWithIt() throws IOException {
    Path packs = packs();
    Path round = Cli.write(dir, "round.json", TestRounds.json(TestRounds.small()));

    Cli.Run refused = Cli.run("evaluate", round.toString(), "--rules", packs.toString(), "--allow-custom-rules",
        "--lang", "en");
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("pack.properties:8:", "national/148@local", "--allow-national-override");

    Path json = dir.resolve("results.json");
    Cli.Run allowed = Cli.run("evaluate", round.toString(), "--rules", packs.toString(), "--allow-national-override",
        "--allow-custom-rules", "--format", "json", "--out", json.toString(), "--lang", "en");
    assertThat(allowed.status()).as(allowed.err()).isZero();
    assertThat(allowed.err()).contains("WARNING: national law is not the bundled one — replaces bundled national/148@2023.1"
        + " with national/148@local from directory " + packs);
    ResultsDocument doc = ResultsJson.read(json);
    assertThat(doc.products()).isNotEmpty().allSatisfy(p -> assertThat(p.reasons())
        .anyMatch(r -> r.ruleId().equals("national.override") && r.pack().equals("national/148@local")));

    Cli.Run check = Cli.run("rules", "check", packs.toString(), "--allow-custom-rules", "--lang", "en");
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).contains("--allow-national-override");
  }
}
