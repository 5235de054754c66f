package vn.ocop.testkit.docs;

import static org.quicktheories.QuickTheory.qt;
import static vn.ocop.testkit.OcopAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.Ocop;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Round;
import vn.ocop.rules.RuleBooks;
import vn.ocop.testkit.RoundGenerator;

/** The vendor's worked example of docs/testing.md, compiled and run. */
class VendorRankingExampleTest {

  // --- docs/testing.md: vendor ---
  @Test
  void thePortalRanksWhatTheLawRanks() {
    Gen<Round> rounds = RoundGenerator.inProvince("an-giang", LocalDate.of(2026, 8, 20)).products(1, 50).build();
    RuleBooks law = RuleBooks.bundled();
    qt().withExamples(20).forAll(rounds).checkAssert(round -> {
      RoundResult viaPortal = Ocop.evaluate(Portal.toOcop(Portal.store(round)), law); // into ocop and back
      Map<String, Integer> shown = Portal.ranksShown(viaPortal);                      // what the portal shows
      assertThat(Ocop.evaluate(round, law).ranking()).hasRanks(shown);
    });
  }
  // --- end ---
}
