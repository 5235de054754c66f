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
}
