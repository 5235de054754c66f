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
    assertThat(bands).contains("rule \"148.band.1\"", "band == 1, $id : productId, bandScore < $hi)",
        "band == 3, $id : productId, bandScore >= $lo, bandScore < $hi)", "rule \"148.band.5\"", "bandScore >= $lo)",
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
        "8: unknown shared rule set 'rankings'; the sets are bands, gates, eligibility, authority",
        "9: 'cite.gates' cites a rule of the shared set 'gates', which shared does not list",
        "10: unknown citation 'cite.bandz'; the citations are cite.bands, cite.gates, cite.stars, cite.eligibility.kind,"
            + " cite.eligibility.registration, cite.dossier.required, cite.dossier.samples, cite.dossier.food-safety, cite.unscored,"
            + " cite.authority",
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

  @Test
  void theAuthorityTableBecomesOneRulePerRowWithTheInstrumentsIdsAndCitation() {
    assertThat(bundled("national/148").ruleIds()).contains("148.authority.district.certify-3", "148.authority.district.forward",
        "148.authority.province.certify-4", "148.authority.province.below-4", "148.authority.province.forward",
        "148.authority.central.certify-5", "148.authority.central.below-5", "148.authority.not-achieved");
    assertThat(bundled("national/1048").ruleIds()).contains("1048.authority.district.forward", "1048.authority.province.certify",
        "1048.authority.not-achieved");
    assertThat(bundled("national/1489").ruleIds()).containsExactly("1489.authority.province.certify");
    String drl = bundled("national/148").sources().stream().filter(s -> s.name().equals("authority.drl")).findFirst()
        .orElseThrow().text();
    assertThat(drl.split("\nrule ", -1)).hasSize(9);
    assertThat(drl).contains("package ocop.national.d148;", """
        rule "148.authority.district.forward"
          @id("148.authority.district.forward")
          @legal("Quyết định 148/QĐ-TTg, Phụ lục II (quy trình đánh giá, phân hạng; thẩm quyền công nhận)")
          salience 50
        when
          Finding(kind == FindingKind.STARS, $id : productId, $s : stars)
          $c : Candidate(productId == $id)
          RoundFact(level == "DISTRICT", $s >= 4)
          Param(key == "band.4", $band4 : decimal)
        then
          insert(Finding.forward(drools, $c, "PROVINCE", $s,
              "Đạt từ " + Finding.vi($band4) + " điểm (" + $s + " sao): chuyển Hội đồng cấp tỉnh đánh giá, phân hạng",
              "Reaches " + $band4 + " points or more (" + $s + "★): forwarded to the provincial council"));
        end
        """).doesNotContain("${");

    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 25), "72.00");
    Reason forward = Rounds.outcome(round, RuleBooks.bundled()).reasons().stream()
        .filter(r -> r.ruleId().equals("148.authority.district.forward")).findFirst().orElseThrow();
    assertThat(forward.legalReference()).isEqualTo("Quyết định 148/QĐ-TTg, Phụ lục II (quy trình đánh giá, phân hạng; thẩm quyền công nhận)");
    assertThat(forward.messageVi()).isEqualTo("Đạt từ 70 điểm (4 sao): chuyển Hội đồng cấp tỉnh đánh giá, phân hạng");
    assertThat(forward.messageEn()).isEqualTo("Reaches 70 points or more (4★): forwarded to the provincial council");
  }

  private static final String ROW = """
      authority.1.level=DISTRICT
      authority.1.stars=3
      authority.1.action=certify
      authority.1.id=district.certify-3
      authority.1.vi=Cấp huyện công nhận {stars} sao
      authority.1.en=The district certifies {stars}★
      """;

  @Test
  void everyProblemOfTheAuthorityTableIsReportedOnItsLine() {
    List<Problem> problems = problems(HEAD + "shared=authority\ncite.authority=Quyết định 148/QĐ-TTg, Phụ lục II\n" + ROW + """
        authority.2.level=COMMUNE
        authority.2.stars=4
        authority.2.action=certify
        authority.2.id=commune.certify
        authority.2.vi=x
        authority.2.en=x
        authority.3.level=DISTRICT
        authority.3.stars=5-4
        authority.3.action=forward DISTRICT
        authority.3.id=district.Forward
        authority.3.vi=Đạt {band.7} điểm
        authority.3.en=Reaches {score
        authority.4.level=DISTRICT
        authority.4.stars=2-3
        authority.4.action=not-achieved
        authority.4.id=district.below
        authority.4.vi=x
        authority.4.en=x
        authority.5.level=CENTRAL
        authority.5.stars=5
        authority.5.action=certify
        authority.5.id=central.certify-5
        authority.5.vi=x
        authority.6.colour=red
        """);
    assertThat(problems).extracting(p -> p.line() + ": " + p.message()).containsExactlyInAnyOrder(
        "16: unknown level 'COMMUNE' in authority row 2; the levels are DISTRICT, PROVINCE, CENTRAL and any",
        "23: bad star range '5-4' in authority row 3: 4 is below 5",
        "24: bad action 'forward DISTRICT' in authority row 3; write certify, not-achieved or forward LEVEL with a level above"
            + " the row's",
        "25: bad rule id suffix 'district.Forward' in authority row 3; lowercase ASCII words with - and .",
        "26: unknown placeholder '{band.7}' in authority row 3; the placeholders are {stars}, {band.2} … {band.5}",
        "27: unbalanced brace in authority row 3; a placeholder reads {stars} or {band.4}",
        "29: authority row 4 (DISTRICT, 2-3) overlaps row 1 (DISTRICT) on line 10",
        "34: authority row 5 misses authority.5.en",
        "39: unknown authority key 'authority.6.colour'; a row is authority.<n>.level|stars|action|id|vi|en with n from 1");
  }

  @Test
  void anAuthorityTableNeedsItsSetAndTheSetItsTableAndCitation() {
    assertThat(problems(HEAD + ROW)).extracting(p -> p.line() + ": " + p.message()).containsExactly(
        "8: the authority table (authority.1.level) is read only when shared lists 'authority'");
    assertThat(problems(HEAD + "shared=authority\n")).extracting(p -> p.line() + ": " + p.message()).containsExactlyInAnyOrder(
        "8: shared rule set 'authority' needs the citation cite.authority=<decision, article> in the manifest",
        "8: shared rule set 'authority' needs the table authority.<n>.level, .stars, .action, .id, .vi, .en in the manifest");
    assertThat(problems(HEAD + "shared=authority\ncite.authority=Quyết định 148/QĐ-TTg, Phụ lục II\n" + ROW.replace("stars=3", "stars=<2")
        + ROW.replace("authority.1.", "authority.2.").replace("DISTRICT", "any").replace("stars=3", "stars=1")
            .replace("district.certify-3", "below"))).extracting(p -> p.line() + ": " + p.message()).containsExactly(
        "17: authority row 2 (any, 1) overlaps row 1 (DISTRICT) on line 10");
  }

  @Test
  void anAuthorityMessageIsTextOnlyEvenInANationalPackFromADirectory(@TempDir Path dir) throws IOException {
    Path manifest = NationalOverrideTest.weakened148(dir);
    // quotes, DRL variables and code after them
    String evil = "x\") ; System.exit(1); insert(null); \" + $c + $s + \" end rule \"evil\" when then end";
    String manifestText = Files.readString(manifest);
    Files.writeString(manifest, manifestText
        .replaceFirst("(?m)^authority\\.1\\.vi=.*$", java.util.regex.Matcher.quoteReplacement("authority.1.vi=" + evil))
        .replaceFirst("(?m)^authority\\.1\\.en=.*$", java.util.regex.Matcher.quoteReplacement("authority.1.en=" + evil + " {stars}★"))
        .replaceFirst("(?m)^cite\\.authority=.*$", java.util.regex.Matcher.quoteReplacement("cite.authority=" + evil)));
    RuleBooks books = RuleBooks.bundledWith(dir, LoadOptions.defaults().allowCustomRules().allowNationalOverride());
    // 72 points is 3★ with the weakened 4★ band (75): the district certifies 3★ (row 1)
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.DISTRICT, LocalDate.of(2024, 6, 25), "72.00");
    Outcome o = Rounds.outcome(round, books);
    Reason certify = o.reasons().stream().filter(r -> r.ruleId().equals("148.authority.district.certify-3")).findFirst()
        .orElseThrow();
    assertThat(certify.messageVi()).isEqualTo(evil);
    assertThat(certify.messageEn()).isEqualTo(evil + " 3★");
    assertThat(certify.legalReference()).isEqualTo(evil);
    assertThat(o.reasons()).extracting(Reason::ruleId).doesNotContain("evil");
  }

  @Test
  void aBackslashInAnAuthorityMessageIsAnErrorSoNoUnicodeEscapeReachesTheRule() {
    List<Problem> problems = problems(HEAD + "shared=authority\ncite.authority=Quyết định 148/QĐ-TTg, Phụ lục II\n"
        + ROW.replace("Cấp huyện công nhận", "x\\u0022); System.exit(1); //"));
    assertThat(problems).extracting(p -> p.line() + ": " + p.message()).containsExactly(
        "14: a backslash in authority row 1; a message is plain text");
  }
}
