package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Rounds;

/** A directory of packs cannot replace national law unless the host opts in, and then every outcome says so. */
class NationalOverrideTest {

  private final Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 25), "72.00");

  /**
   * A copy (custom DRL, so loaded with allowCustomRules) of the bundled national/148 with its 4★ band raised to 75 and
   * version "local". Its bands, gates and eligibility are the library's shared rules (shared= in the manifest), which
   * are library code and not held to the custom-rule checks (so is its authority table).
   */
  static Path weakened148(Path dir) throws IOException {
    Path src = Path.of("src/main/resources/vn/ocop/rules/packs/national/148");
    Path to = Files.createDirectories(dir.resolve("national-148"));
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f);
        if (f.getFileName().toString().equals("pack.properties")) {
          text = text.replace("version=2023.1", "version=local").replace("param.band.4=70", "param.band.4=75");
        }
        Files.writeString(to.resolve(f.getFileName()), text);
      }
    }
    return to.resolve("pack.properties");
  }

  @Test
  void aNationalPackInADirectoryIsAnErrorOnItsKindLineWithoutTheOptIn(@TempDir Path dir) throws IOException {
    Path manifest = weakened148(dir);
    assertThatThrownBy(() -> RuleBooks.bundledWith(dir, LoadOptions.defaults().allowCustomRules())).isInstanceOfSatisfying(RulePackException.class, e -> {
      assertThat(e.problems()).hasSize(1);
      Problem p = e.problems().get(0);
      assertThat(p.file()).isEqualTo(manifest.toString());
      assertThat(p.line()).isEqualTo(8); // kind=national
      assertThat(p.message()).contains("national/148@local", "bundled national/148@2023.1", "--allow-national-override");
    });
  }

  @Test
  void withTheOptInTheNationalPackReplacesTheBundledOneAndEveryOutcomeSaysSo(@TempDir Path dir) throws IOException {
    weakened148(dir);
    Outcome bundled = Rounds.outcome(round, RuleBooks.bundled());
    Outcome replaced = Rounds.outcome(round, RuleBooks.bundledWith(dir, LoadOptions.defaults().allowCustomRules().allowNationalOverride()));

    assertThat(bundled.stars()).contains(StarRating.FOUR_STARS);
    assertThat(bundled.reasons()).extracting(Reason::ruleId).doesNotContain(RuleBook.NATIONAL_OVERRIDE_RULE_ID);
    assertThat(replaced.stars()).contains(StarRating.THREE_STARS);
    Reason warning = replaced.reasons().stream().filter(r -> r.ruleId().equals(RuleBook.NATIONAL_OVERRIDE_RULE_ID))
        .findFirst().orElseThrow();
    assertThat(warning.pack()).isEqualTo("national/148@local");
    assertThat(warning.messageEn()).startsWith("WARNING").contains("replaces bundled national/148@2023.1 with national/148@local",
        "from directory " + dir);
    assertThat(warning.messageVi()).contains("thay gói đi kèm national/148@2023.1 bằng national/148@local", dir.toString());
  }
}
