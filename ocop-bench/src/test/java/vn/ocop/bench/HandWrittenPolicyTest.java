package vn.ocop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Outcome;
import vn.ocop.round.Round;
import vn.ocop.rules.RuleBook;
import vn.ocop.rules.RuleBooks;
import vn.ocop.scoring.ScoredRound;

/** The benchmarks' hand-written baseline decides exactly as the bundled rule packs do. */
class HandWrittenPolicyTest {
  private static ScoredRound scored;
  private static RuleBook book;

  @BeforeAll
  static void generate() {
    Round round = NationalRound.generate(3_000);
    scored = Ocop.score(round);
    book = RuleBooks.bundled().forRound(round);
  }

  @Test
  void givesTheRuleBooksOutcomesWithTheSameReasonsOnAGeneratedRound() {
    List<Outcome> rules = book.decide(scored);
    List<Outcome> java = new HandWrittenPolicy(book).decide(scored);

    assertThat(java).hasSameSizeAs(rules);
    for (int i = 0; i < rules.size(); i++) {
      assertThat(java.get(i)).as("product %s", rules.get(i).productId()).isEqualTo(rules.get(i));
    }
  }

  @Test
  void coversEveryKindOfOutcomeTheGeneratedRoundHolds() {
    List<Outcome> java = new HandWrittenPolicy(book).decide(scored);

    assertThat(java).extracting(Outcome::decision).map(Enum::name)
        .contains("CERTIFY", "NOT_ACHIEVED", "FORWARD", "INELIGIBLE");
    assertThat(java).flatExtracting(Outcome::reasons).extracting(r -> r.ruleId())
        .contains("148.gate.cap", "148.stars.capped", "148.band.2", "148.band.5", "148.dossier.required");
  }
}
