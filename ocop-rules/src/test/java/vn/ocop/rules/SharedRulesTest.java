package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Rounds;

/** The national packs' shared rules: written once, instantiated per instrument with its own ids and citations. */
class SharedRulesTest {

  private static RulePack bundled(String id) {
    return PackLoader.bundled().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void eachInstrumentGetsTheSharedRulesUnderItsOwnIdsAndItsOwnCitations() {
    assertThat(bundled("national/148").ruleIds()).contains("148.band.1", "148.band.5", "148.gate.cap", "148.stars.capped",
        "148.eligibility.kind", "148.dossier.food-safety", "148.unscored", "148.authority.district.forward");
    assertThat(bundled("national/1048").ruleIds()).contains("1048.band.3", "1048.gate.not-checked", "1048.unscored");
    assertThat(bundled("national/26-2026").ruleIds()).contains("26-2026.band.4", "26-2026.stars.band",
        "26-2026.eligibility.small-or-medium").doesNotContain("26-2026.dossier.food-safety");
    // one band rule in the template, five in the pack, each bounded by the band table
    String bands = bundled("national/148").sources().stream().filter(s -> s.name().equals("bands.drl")).findFirst()
        .orElseThrow().text();
    assertThat(bands.split("\nrule ", -1)).hasSize(6);
    assertThat(bands).contains("rule \"148.band.1\"", "bandScore < $hi)", "rule \"148.band.5\"", "bandScore >= $lo)",
        "@legal(\"Quyết định 148/QĐ-TTg, Bộ tiêu chí đánh giá, phân hạng (phân hạng 05 hạng theo tổng điểm)\")")
        .doesNotContain("${", "\n//lower:", "\n//upper:");
  }

  @Test
  void theReasonsCiteTheInstrumentAndNameItsPack() {
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 25), "72.00");
    Outcome o = Rounds.outcome(round, RuleBooks.bundled());
    Reason band = o.reasons().stream().filter(r -> r.ruleId().equals("148.band.4")).findFirst().orElseThrow();
    assertThat(band.pack()).isEqualTo("national/148@2023.1");
    assertThat(band.legalReference()).isEqualTo("Quyết định 148/QĐ-TTg, Bộ tiêu chí đánh giá, phân hạng (phân hạng 05 hạng theo tổng điểm)");
    assertThat(band.messageVi()).isEqualTo("Điểm 72,00 thuộc khung 4 sao (từ 70 [national/148@2023.1] đến dưới 90"
        + " [national/148@2023.1] điểm; làm tròn: none)");
    assertThat(band.messageEn()).isEqualTo("Score 72.00 is in the 4★ band (from 70 [national/148@2023.1] to below 90"
        + " [national/148@2023.1]; rounding: none)");
  }

  private static final String HEAD = """
      id=national/148
      version=local
      name=test
      kind=national
      instrument=148
      effective-from=2023-02-24
      param.band.2=30
      """;

  private static List<Problem> problems(String manifest) {
    List<Problem> problems = new ArrayList<>();
    PackLoader.read("m/pack.properties", manifest, List.of(), problems);
    return problems;
  }

  @Test
  void aSharedSetWithoutItsCitationsAnUnknownSetAStrayCitationAndABadWordingAreEachReportedOnTheirLine() {
    List<Problem> problems = problems(HEAD + """
        shared=bands, rankings
        cite.gates=Quyết định 148/QĐ-TTg, Phụ lục III
        cite.bandz=x
        band.wording=fancy
        """);
    assertThat(problems).extracting(p -> p.line() + ": " + p.message()).containsExactlyInAnyOrder(
        "8: unknown shared rule set 'rankings'; the sets are bands, gates, eligibility",
        "9: 'cite.gates' cites a rule of the shared set 'gates', which shared does not list",
        "10: unknown citation 'cite.bandz'; the citations are cite.bands, cite.gates, cite.stars, cite.eligibility.kind,"
            + " cite.eligibility.registration, cite.dossier.required, cite.dossier.samples, cite.dossier.food-safety, cite.unscored",
        "8: shared rule set 'bands' needs the citation cite.bands=<decision, article> in the manifest",
        "11: band.wording should be score-with-sources or mean-score, was 'fancy'");
  }

  @Test
  void aProvincePackCannotAskForTheSharedNationalRules() {
    List<Problem> problems = problems("""
        id=province/lam-dong
        version=1
        name=test
        kind=province
        province=lam-dong
        effective-from=2024-01-01
        shared=bands
        cite.bands=x
        """);
    assertThat(problems).extracting(p -> p.line() + ": " + p.message()).containsExactlyInAnyOrder(
        "7: 'shared' is a key of national packs (the shared national rules); a province pack sets parameters",
        "8: 'cite.bands' is a key of national packs (the shared national rules); a province pack sets parameters");
  }

  @Test
  void aCitationIsTextOnlyEvenInANationalPackFromADirectory(@TempDir Path dir) throws IOException {
    Path manifest = NationalOverrideTest.weakened148(dir);
    String evil = "x\\\") salience 1000 rule \"evil\" when then System.exit(1); end rule \"y";
    Files.writeString(manifest, Files.readString(manifest).replaceFirst("(?m)^cite\\.bands=.*$",
        java.util.regex.Matcher.quoteReplacement("cite.bands=" + evil)));
    RuleBooks books = RuleBooks.bundledWith(dir, LoadOptions.defaults().allowCustomRules().allowNationalOverride());
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 25), "72.00");
    Reason band = Rounds.outcome(round, books).reasons().stream().filter(r -> r.ruleId().equals("148.band.3")).findFirst()
        .orElseThrow();
    assertThat(band.legalReference()).isEqualTo(evil);
    assertThat(band.pack()).isEqualTo("national/148@local");
  }
}
