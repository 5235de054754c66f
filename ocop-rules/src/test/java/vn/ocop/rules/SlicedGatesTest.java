package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;
import vn.ocop.scoring.ScoredRound;
import vn.ocop.testing.TestCatalogue;

/**
 * Star gates in big rounds: the bundled gate rules read one {@code MissedGates} fact per product, so a
 * sliced round carries no {@code GateMiss} facts unless a rule of the book reads them; either way the
 * outcomes are those of one session over the whole round.
 */
class SlicedGatesTest {

  private static final LocalDate DATE = LocalDate.of(2024, 6, 25);

  /** Choices of the test scorecard (A1a/2 a 3★ gate, B1a/2 a 4★ gate, A1a/4 a 5★ gate; see StarGateTest). */
  private static final String[][] SHEETS = {
      {"A1a/4", "A1b/3", "B1a/1", "B1b/2", "C1a/2"}, // 4★ band, misses the 4★ gate B1a/2
      {"A1a/3", "A1b/3", "B1a/3", "B1b/2", "C1a/2"}, // 5★ band, misses the 5★ gate A1a/4
      {"A1a/1", "A1b/3", "B1a/3", "B1b/2", "C1a/2"}, // 4★ band, misses the 3★ gate A1a/2 (and A1a/4)
      {"A1a/4", "A1b/3", "B1a/3", "B1b/2", "C1a/2"}, // meets every gate
      {"A1a/2", "A1b/1", "B1a/1", "B1b/1", "C1a/1"}, // a low band, its gates beyond it
  };

  @Test
  void theBundledGateRulesReadOneFactPerProductAndSlicesGiveTheOutcomesOfOneSession() {
    RuleBook book = RuleBooks.bundled().forProvince("lam-dong", DATE);
    ScoredRound scored = Ocop.score(round(40));

    assertThat(ProductLocality.analyse(book.packs()).matchedTypes()).hasValueSatisfying(types ->
        assertThat(types).contains("MissedGates", "Candidate", "Finding").doesNotContain("GateMiss"));
    List<Outcome> whole = book.decide(scored, Integer.MAX_VALUE);
    List<Outcome> sliced = book.decide(scored, 7);

    assertThat(sliced).isEqualTo(whole);
    assertThat(whole.get(0).reasons()).extracting(Reason::ruleId).contains("148.gate.cap", "148.stars.capped");
    // capped by the 3★ gate its band reaches, not by the 5★ gate beyond its band
    assertThat(whole.get(2).reasons()).filteredOn(r -> r.ruleId().equals("148.gate.cap")).extracting(Reason::messageEn)
        .singleElement().asString().contains("A1a/2");
    assertThat(whole.get(3).reasons()).extracting(Reason::ruleId).doesNotContain("148.gate.cap");
  }

  @Test
  void aPackReadingGateMissStillSeesEveryMissedGateInASlicedRound() {
    String drl = """
        package ocop.province.lam_dong;
        import vn.ocop.rules.facts.Candidate;
        import vn.ocop.rules.facts.Finding;
        import vn.ocop.rules.facts.GateMiss;
        rule "lam-dong.five-star-gates"
          @id("lam-dong.five-star-gates")
          @legal("")
          salience -10
        when
          $c : Candidate($id : productId)
          $g : GateMiss(productId == $id, level == 5)
        then
          insert(Finding.note(drools, $c, "Thiếu yêu cầu 5 sao: " + $g.criterionKey(), "Misses a 5★ gate: " + $g.criterionKey()));
        end
        """;
    List<Problem> problems = new ArrayList<>();
    RulePack noter = PackLoader.read("classpath:test/pack.properties", Packs.lamDongManifest(), List.of(
        new RulePack.Source("classpath:test/x.drl", "x.drl", drl)), problems).orElseThrow();
    assertThat(problems).isEmpty();
    List<RulePack> chain = new ArrayList<>(RuleBooks.bundled().resolve("lam-dong", DATE));
    chain.add(noter);
    RuleBook book = RuleBookCompiler.compile(chain);
    ScoredRound scored = Ocop.score(round(40));

    assertThat(ProductLocality.analyse(book.packs()).matchedTypes()).hasValueSatisfying(types ->
        assertThat(types).contains("MissedGates", "GateMiss"));
    List<Outcome> sliced = book.decide(scored, 7);

    assertThat(sliced).isEqualTo(book.decide(scored, Integer.MAX_VALUE));
    assertThat(sliced.get(1).reasons()).extracting(Reason::messageEn).contains("Misses a 5★ gate: A1a");
    assertThat(sliced.get(3).reasons()).extracting(Reason::ruleId).doesNotContain("lam-dong.five-star-gates");
  }

  /** {@code n} products at the province level, each with three members choosing one of {@link #SHEETS}. */
  private static Round round(int n) {
    Round.Builder round = Rounds.round(Rounds.LAM_DONG, Rounds.DA_LAT, CouncilLevel.PROVINCE, DATE);
    for (int i = 0; i < n; i++) {
      Submission.Builder s = Submission.builder().product(Rounds.product("p" + (i + 1), Rounds.DA_LAT, TestCatalogue.SET))
          .addAllDossier(Rounds.FULL_DOSSIER);
      for (int m = 1; m <= 3; m++) {
        s.scoredBy("m" + m, SHEETS[i % SHEETS.length]);
      }
      round.addSubmissions(s.build());
    }
    return round.build();
  }
}
