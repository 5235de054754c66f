package vn.ocop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Round;
import vn.ocop.rules.RuleBook;
import vn.ocop.rules.RuleBooks;

/**
 * What {@link ScaleOutBenchmark} relies on: one {@link RuleBook} shared by threads evaluating
 * independent rounds gives each round exactly the result it gets alone.
 */
class SharedRuleBookTest {

  @Test
  void oneBookSharedByThreadsGivesEachRoundItsOwnResult() throws Exception {
    List<Round> rounds = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rounds.add(NationalRound.generate(60, NationalRound.SEED + i));
    }
    RuleBook book = RuleBooks.bundled().forRound(rounds.get(0));
    List<RoundResult> alone = new ArrayList<>();
    for (Round r : rounds) {
      alone.add(Ocop.evaluate(r, book));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int repeat = 0; repeat < 3; repeat++) {
        List<Future<RoundResult>> together = new ArrayList<>();
        for (Round r : rounds) {
          together.add(pool.submit(() -> Ocop.evaluate(r, book)));
        }
        for (int i = 0; i < rounds.size(); i++) {
          RoundResult got = together.get(i).get();
          assertThat(got.results()).isEqualTo(alone.get(i).results());
          assertThat(got.ranking().entries()).isEqualTo(alone.get(i).ranking().entries());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // the rounds really differ, so a mix-up between threads would show
    assertThat(alone.get(0).results()).isNotEqualTo(alone.get(1).results());
  }
}
