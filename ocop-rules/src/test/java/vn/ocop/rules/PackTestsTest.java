package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.rules.testing.Packs;

/** A pack's own test cases: a wrong expectation fails with why; a malformed case file is an error at its line. */
class PackTestsTest {

  @Test
  void aCaseWhoseExpectationIsWrongFailsAndSaysWhatTheRulesDecidedAndWhy(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=75"));
    Path test = Packs.write(dir, "lam-dong/tests", "band.properties", String.join("\n",
        "description=72 points is 3★ with the 4★ band at 75",
        "date=2024-06-25",
        "level=PROVINCE",
        "product.p72.parts=30,20,22",
        "expect.p72.stars=4",
        "expect.p72.reasons=148.band.3",
        ""));
    List<PackTests.Result> results = PackTests.run(RuleBooks.bundledWith(dir), dir);
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.pack()).isEqualTo("province/lam-dong@1");
      assertThat(r.passed()).isFalse();
      assertThat(r.failures()).singleElement().asString().startsWith(test + ":5: product p72: expected stars 4, got 3")
          .contains("148.band.3 (Score 72.00 is in the 3★ band (from 50 [national/148@2023.1] to below 75 [province/lam-dong@1]");
    });
  }

  @Test
  void everyProblemOfAMalformedCaseFileIsReportedWithItsLine(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest());
    Path test = Packs.write(dir, "lam-dong/tests", "bad.properties", String.join("\n",
        "description=broken",
        "date=2024-13-01",
        "level=PROVINCE",
        "product.p1.parts=30,20",
        "product.p1.colour=red",
        "expect.p1.stars=6",
        ""));
    assertThatThrownBy(() -> PackTests.run(RuleBooks.bundledWith(dir), dir)).isInstanceOfSatisfying(RulePackException.class,
        e -> assertThat(e.problems()).extracting(p -> p.file() + ":" + p.line()).containsExactly(
            test + ":2", test + ":5", test + ":6"));
  }

  /** Two members' sheets of a 26/2026 product (set 26-2026/09) from sample round 5, every gate met. */
  private static final String SHEET = "1.1/3, 1.2/3, 1.3/3, 1.4/4, 1.5/3, 1.6/2, 2.1/4, 2.2/4, 2.3/3, 2.4/2, 3.1/3, 3.2/2, 3.3/3,"
      + " 3.4/2, 3.5/3, 4.1/4, 4.2/4, 4.3/5, 5.1/5, 5.2/3, 5.3/4, 6.1/3, 6.2/4, 6.3/4, 6.4/4, 6.5/4, 7/4, 8/3, 9/3, 10/2, 11/3";

  @Test
  void aCaseGivesOptionLevelSheetsADisqualificationAndTheDossiersKind(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest().replace("effective-from=2023-02-24",
        "effective-from=2026-05-22"));
    Packs.write(dir, "lam-dong/tests", "sheets.properties", String.join("\n",
        "description=sheets",
        "date=2026-11-20",
        "level=PROVINCE",
        "council=2",
        "product.ok.set=26-2026/09",
        "product.ok.sheet.m1=" + SHEET,
        "product.ok.sheet.m2=" + SHEET,
        "product.again.dossier-kind=RE_EVALUATION",
        "product.again.dossier=REGISTRATION_FORM,SELF_ASSESSMENT,COMMUNE_PROPOSAL,COMMUNE_REPORT,PRODUCT_SAMPLES",
        "product.again.parts=30,20,22",
        "product.barred.set=26-2026/09",
        "product.barred.sheet.m1=" + SHEET,
        "product.barred.disqualified=X2",
        "expect.ok.reasons=26-2026.stars.band",
        "expect.again.decision=INELIGIBLE",
        "expect.again.reasons=26-2026.dossier.re-evaluation",
        "expect.ok.no-reasons=26-2026.gate.not-checked",
        "expect.barred.decision=INELIGIBLE",
        "expect.barred.reasons=26-2026.disqualified",
        ""));
    List<PackTests.Result> results = PackTests.run(RuleBooks.bundledWith(dir), dir);
    assertThat(results).singleElement().satisfies(r -> assertThat(r.failures()).isEmpty());
  }

  @Test
  void aSheetWithAnUnknownOptionIsAProblemOnItsLine(@TempDir Path dir) {
    Packs.write(dir, "lam-dong", "pack.properties", Packs.lamDongManifest().replace("effective-from=2023-02-24",
        "effective-from=2026-05-22"));
    Path test = Packs.write(dir, "lam-dong/tests", "bad.properties", String.join("\n",
        "description=bad sheet",
        "date=2026-11-20",
        "level=PROVINCE",
        "council=2",
        "product.ok.set=26-2026/09",
        "product.ok.sheet.m1=" + SHEET,
        "product.p1.set=26-2026/09",
        "product.p1.sheet.m2=" + SHEET.replace("7/4", "7/9"),
        "product.p1.sheet.m3=" + SHEET,
        "product.p1.dossier-kind=SECOND_TRY",
        ""));
    assertThatThrownBy(() -> PackTests.run(RuleBooks.bundledWith(dir), dir)).isInstanceOfSatisfying(RulePackException.class,
        e -> assertThat(e.problems()).extracting(p -> p.file() + ":" + p.line()).containsExactly(test + ":10"));
    Packs.write(dir, "lam-dong/tests", "bad.properties", String.join("\n",
        "description=bad sheet",
        "date=2026-11-20",
        "level=PROVINCE",
        "council=2",
        "product.ok.set=26-2026/09",
        "product.ok.sheet.m1=" + SHEET,
        "product.p1.set=26-2026/09",
        "product.p1.sheet.m2=" + SHEET.replace("7/4", "7/9"),
        ""));
    assertThatThrownBy(() -> PackTests.run(RuleBooks.bundledWith(dir), dir)).isInstanceOfSatisfying(RulePackException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.file() + ":" + p.line()).isEqualTo(test + ":8");
          assertThat(p.message()).contains("7/9");
        }));
  }
}
