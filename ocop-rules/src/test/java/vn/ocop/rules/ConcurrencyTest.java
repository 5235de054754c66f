package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.evaluation.Outcome;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.scoring.ScoredRound;
import vn.ocop.rules.testing.Rounds;

/** One RuleBook shared by two threads evaluating the same round gives the same outcomes as one thread. */
class ConcurrencyTest {

  @Test
  void twoThreadsEvaluatingOneRoundWithOneRuleBookGiveIdenticalResults() throws Exception {
    LocalDate date = LocalDate.of(2024, 6, 25);
    Round.Builder b = Rounds.round(Rounds.TAY_NINH, null, CouncilLevel.PROVINCE, date);
    for (int i = 0; i < 60; i++) {
      b.addSubmissions(Rounds.scored("p" + i, Rounds.TAN_BIEN, Rounds.setOn(date), (20 + i * 1.25) + "0"));
    }
    ScoredRound round = Ocop.score(b.build());
    RuleBook book = RuleBooks.bundled().forRound(round.round());
    List<Outcome> expected = book.decide(round);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<List<Outcome>>>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit(() -> {
          start.await();
          List<List<Outcome>> results = new ArrayList<>();
          for (int i = 0; i < 25; i++) {
            results.add(book.decide(round));
          }
          return results;
        }));
      }
      for (Future<List<List<Outcome>>> run : runs) {
        assertThat(run.get(60, TimeUnit.SECONDS)).hasSize(25).allSatisfy(r -> assertThat(r).isEqualTo(expected));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).hasSize(60);
  }
}
