package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A programme file that cannot be read exits 2 with one line naming the file, the place in it and the problem. */
class BadProgrammeFileTest {
  @TempDir
  Path dir;

  private static final String GOOD = """
      {
        "format": "ocop-programme/1",
        "province": "kien-giang",
        "places": [
          { "id": "kien-giang", "name": "Kiên Giang", "level": "PROVINCE" },
          { "id": "hon-dat", "name": "Hòn Đất", "level": "DISTRICT", "parent": "kien-giang" }
        ],
        "targets": [ { "seed": "kien-giang-2021-certified" } ],
        "budget": { "bundled": "kien-giang-plan-118" },
        "allocations": [
          { "date": "2021-03-15", "source": "state-budget", "millionVnd": 5000, "recipient": "Sở NN&PTNT" }
        ],
        "certificates": [
          { "number": "KG-1", "product": "p1", "productName": "Gạo (minh họa)", "productSet": "148/03",
            "producer": "HTX (minh họa)", "producerKind": "COOPERATIVE", "place": "hon-dat", "stars": 3,
            "level": "PROVINCE", "issuedBy": "UBND tỉnh Kiên Giang", "decisionDate": "2021-06-25" }
        ]
      }
      """;

  private static String onlyLine(Cli.Run run) {
    assertThat(run.status()).as(run.out()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    return run.err().strip();
  }

  private Cli.Run yearly(String text) {
    Path f = Cli.write(dir, "p.json", text);
    return Cli.run("report", "yearly", "--programme", f.toString(), "--year", "2021", "--lang", "en");
  }

  @Test
  void theGoodFileReports() {
    Cli.Run run = yearly(GOOD);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Products certified ≥3★, 2021: 1 / 30–50").contains("allocated 5,000 million VND");
  }

  @Test
  void anUnknownKeyNamesItsLineColumnPathAndTheAllowedKeys() {
    String line = onlyLine(yearly(GOOD.replace("\"stars\": 3,", "\"stars\": 3, \"colour\": \"gold\",")));
    Path f = dir.resolve("p.json");
    assertThat(line).matches("ocop: " + java.util.regex.Pattern.quote(f.toString()) + ":16:\\d+: .*")
        .contains("$.certificates[0].colour").contains("unknown key 'colour'").contains("decisionDate");
  }

  @Test
  void aFractionOfAMillionIsNotAnAmount() {
    String line = onlyLine(yearly(GOOD.replace("\"millionVnd\": 5000", "\"millionVnd\": 1.5")));
    assertThat(line).matches("ocop: .*p\\.json:11:\\d+: \\$\\.allocations\\[0]\\.millionVnd: '1\\.5' is not an amount.*");
  }

  @Test
  void aTextAmountIsAnError() {
    assertThat(onlyLine(yearly(GOOD.replace("\"millionVnd\": 5000", "\"millionVnd\": \"năm nghìn\""))))
        .contains("p.json:11:").contains("$.allocations[0].millionVnd");
  }

  @Test
  void anAllocationAboveThePlanLineIsAnErrorAtThatEntry() {
    assertThat(onlyLine(yearly(GOOD.replace("\"millionVnd\": 5000", "\"millionVnd\": 200000"))))
        .contains("$.allocations[0]").contains("p.json:11:");
  }

  @Test
  void anUnknownFundingSourceListsTheSlugs() {
    assertThat(onlyLine(yearly(GOOD.replace("\"state-budget\"", "\"lottery\""))))
        .contains("$.allocations[0].source").contains("'lottery' is not a funding source").contains("counterpart");
  }

  @Test
  void aMissingProgrammeFileIsNamed() {
    Path f = dir.resolve("none.json");
    assertThat(onlyLine(Cli.run("report", "yearly", "--programme", f.toString(), "--year", "2021")))
        .isEqualTo("ocop: " + f + ": no such file");
  }

  @Test
  void aMissingBudgetFileIsNamedAtItsKey() {
    String line = onlyLine(yearly(GOOD.replace("{ \"bundled\": \"kien-giang-plan-118\" }", "{ \"file\": \"plan.budget\" }")));
    assertThat(line).contains("$.budget.file").contains("plan.budget does not exist");
  }

  @Test
  void aBudgetFileIsReadRelativeToTheProgrammeAndItsLinesChecked() {
    Cli.write(dir, "plan.budget", "plan: test\nprovince: kien-giang\ntitle: Thử\nunit: million-vnd\n"
        + "line: 2021 | state-budget | 100\ntotal: Tổng | * | * | 90\n");
    String line = onlyLine(yearly(GOOD.replace("{ \"bundled\": \"kien-giang-plan-118\" }", "{ \"file\": \"plan.budget\" }")));
    assertThat(line).contains("plan.budget:6");
  }

  @Test
  void aMissingRoundFileIsNamedAtItsIndex() {
    String line = onlyLine(yearly(GOOD.replace("\"targets\"", "\"rounds\": [\"r.json\"], \"targets\"")));
    assertThat(line).contains("$.rounds[0]").contains("r.json does not exist");
  }

  @Test
  void anUnknownSeedTargetListsTheSeeds() {
    assertThat(onlyLine(yearly(GOOD.replace("kien-giang-2021-certified", "kien-giang-2030"))))
        .contains("$.targets[0].seed").contains("kien-giang-2021-2025-certified");
  }

  @Test
  void aProvinceNotInTheFileIsAUserError() {
    Path f = Cli.write(dir, "p.json", GOOD);
    assertThat(onlyLine(Cli.run("report", "yearly", "--programme", f.toString(), "--year", "2021", "--province", "hue")))
        .contains("--province hue").contains("kien-giang");
  }

  @Test
  void aQuarterlyReportNeedsAQuarterFromOneToFour() {
    Path f = Cli.write(dir, "p.json", GOOD);
    assertThat(onlyLine(Cli.run("report", "quarterly", "--programme", f.toString(), "--year", "2021", "--quarter", "5")))
        .contains("--quarter must be 1, 2, 3 or 4");
    assertThat(Cli.run("report", "quarterly", "--programme", f.toString(), "--year", "2021").status()).isEqualTo(2);
  }
}
