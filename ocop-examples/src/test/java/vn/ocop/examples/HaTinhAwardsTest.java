package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.examples.CliRun.ocop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Ocop;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsJson;
import vn.ocop.io.RoundFiles;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.funding.AwardStatement;
import vn.ocop.funding.Vnd;
import vn.ocop.law.StarRating;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Round;
import vn.ocop.rules.AwardSchedules;
import vn.ocop.rules.RuleBooks;

/**
 * Hà Tĩnh round 2/2019 (first pass: 61 × 3★, 2 × 4★) paid from the award parameters of the province's
 * rule pack: 1,930 million VND with the bundled pack, another total with a pack directory of other
 * amounts, and only the difference for an upgrade under "once per star level".
 */
class HaTinhAwardsTest {
  private static final Path ROUND = Path.of("src/main/resources/vn/ocop/examples/rounds/sample-2-ha-tinh-2019-round-2-pass-1.json");

  @TempDir
  Path dir;

  /** A copy of the bundled Hà Tĩnh pack (data only: its award parameters switch on the generic award rules) with other amounts. */
  private Path haTinhPack(String... awardLines) throws IOException {
    Path pack = dir.resolve("packs/ha-tinh");
    Files.createDirectories(pack);
    String base = "vn/ocop/rules/packs/province/ha-tinh/";
    String manifest = resource(base + "pack.properties").replaceAll("(?m)^param\\.award\\..*$", "")
        .replace("version=2019.1", "version=2019.1-test") + String.join("\n", awardLines) + "\n";
    Files.writeString(pack.resolve("pack.properties"), manifest, StandardCharsets.UTF_8);
    return dir.resolve("packs");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = RuleBooks.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theBundledPackPaysOneThousandNineHundredThirtyMillion() {
    Path json = dir.resolve("results.json");
    CliRun.Run run = ocop("evaluate", ROUND.toString(), "--format", "json", "--out", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    ResultsDocument.AwardsDoc awards = ResultsJson.read(json).awards();
    assertThat(awards.total()).isEqualTo(1_930_000_000L);
    assertThat(awards.schedule()).isEqualTo("province/ha-tinh@2019.1");
    assertThat(awards.mode()).isEqualTo("EVERY_CERTIFICATION");
    assertThat(awards.levels()).containsExactly(
        new ResultsDocument.AwardLevel(3, 30_000_000L, "province/ha-tinh@2019.1", 61, 1_830_000_000L),
        new ResultsDocument.AwardLevel(4, 50_000_000L, "province/ha-tinh@2019.1", 2, 100_000_000L));
  }

  @Test
  void theTableNamesTheTotalItsMakeUpAndThePackInEnglish() {
    CliRun.Run run = ocop("evaluate", ROUND.toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    // the summary wraps to the table's width: read it as one line
    assertThat(run.out().replaceAll("\\s*\\n\\s*", " ")).contains("Provincial awards: 1,930 million VND (61 × 3★ 30 million"
        + " VND + 2 × 4★ 50 million VND; province/ha-tinh@2019.1)");
  }

  @Test
  void aPackDirectoryWithOtherAmountsChangesTheTotal() throws IOException {
    Path packs = haTinhPack("param.award.3=40_000_000", "param.award.4=60000000");
    CliRun.Run run = ocop("evaluate", ROUND.toString(), "--rules", packs.toString(), "--allow-custom-rules", "--lang", "vi");
    assertThat(run.status()).as(run.err()).isZero();
    // 61 × 40 + 2 × 60 = 2,560 million
    assertThat(run.out()).contains("Tiền thưởng theo chính sách của tỉnh: 2.560 triệu đồng")
        .contains("province/ha-tinh@2019.1-test");
  }

  @Test
  void aPackWithoutAwardParametersPrintsNoAwards() throws IOException {
    Path packs = haTinhPack();
    CliRun.Run run = ocop("evaluate", ROUND.toString(), "--rules", packs.toString(), "--allow-custom-rules", "--lang", "vi");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Tiền thưởng");
  }

  @Test
  void oncePerLevelPaysAnUpgradeOnlyTheDifferenceAndARepeatNothing() throws IOException {
    Path packs = haTinhPack("param.award.3=30000000", "param.award.4=50000000", "param.award.mode=once-per-level");
    Round round = RoundFiles.read(ROUND).round();
    RuleBooks books = RuleBooks.bundledWith(packs, vn.ocop.rules.LoadOptions.defaults().allowCustomRules());
    RoundResult result = Ocop.evaluate(round, books);
    AwardSchedule schedule = AwardSchedules.from(books.forRound(round));
    String[] fourStars = result.results().stream().filter(r -> r.stars().orElse(null) == StarRating.FOUR_STARS)
        .map(r -> r.product().id()).toArray(String[]::new);
    String threeStars = result.results().stream().filter(r -> r.stars().orElse(null) == StarRating.THREE_STARS)
        .map(r -> r.product().id()).findFirst().orElseThrow();
    assertThat(fourStars).hasSize(2);

    AwardStatement s = schedule.apply(result, Map.of(fourStars[0], StarRating.THREE_STARS,
        fourStars[1], StarRating.THREE_STARS, threeStars, StarRating.THREE_STARS));

    // 60 × 30 (one 3★ product was already paid) + 2 × (50 − 30) = 1,840 million
    assertThat(s.total()).isEqualTo(Vnd.ofMillions(1_840));
    assertThat(s.lines()).filteredOn(l -> l.productId().equals(fourStars[0])).singleElement()
        .satisfies(l -> assertThat(l.amount()).isEqualTo(Vnd.ofMillions(20)));
    assertThat(s.lines()).filteredOn(l -> l.productId().equals(threeStars)).singleElement()
        .satisfies(l -> assertThat(l.amount()).isEqualTo(Vnd.ZERO));
  }
}
