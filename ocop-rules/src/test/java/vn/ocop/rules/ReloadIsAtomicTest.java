package vn.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Ocop;
import vn.ocop.law.StarRating;
import vn.ocop.result.RoundResult;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.testing.Packs;
import vn.ocop.rules.testing.Rounds;

/**
 * While a {@link RuleBookHolder} reloads — good packs and broken ones — every result is decided and
 * described by one pack set: a 72-point product is 3★ under the pack that puts 4★ at 75, 4★ under the
 * one that puts it at 70, and the result's description names the directory of the pack that decided.
 */
class ReloadIsAtomicTest {

  @Test
  void everyResultIsDecidedAndDescribedByTheSamePacksWhileReloading(@TempDir Path strict, @TempDir Path lenient,
      @TempDir Path broken) throws Exception {
    Packs.write(strict, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=75"));
    Packs.write(lenient, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=70"));
    Packs.write(broken, "lam-dong", "pack.properties", Packs.lamDongManifest("param.band.4=75"));
    Packs.write(broken, "lam-dong", "x.drl", "package ocop.province.lam_dong;\nrule \"x\" when $c : Candidate(scroe > 1) then end\n");
    Round round = Rounds.single(Rounds.DA_LAT, CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 25), "72.00");
    RuleBookHolder holder = RuleBookHolder.of(RuleBooks.bundled());
    holder.reload(strict);

    AtomicBoolean reloading = new AtomicBoolean(true);
    AtomicInteger evaluations = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<List<RoundResult>>> evaluators = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        evaluators.add(pool.submit(() -> {
          List<RoundResult> results = new ArrayList<>();
          while (reloading.get()) {
            results.add(Ocop.evaluate(round, holder));
            evaluations.incrementAndGet();
          }
          return results;
        }));
      }
      Future<Integer> reloader = pool.submit(() -> {
        int failed = 0;
        for (int i = 0; i < 9; i++) {
          Path next = i % 3 == 0 ? lenient : i % 3 == 1 ? broken : strict;
          int seen = evaluations.get();
          while (evaluations.get() < seen + 2) {
            Thread.onSpinWait(); // let the evaluators use the book in service before the next reload
          }
          if (next == broken) {
            assertThatThrownBy(() -> holder.reload(broken)).isInstanceOf(RulePackException.class);
            failed++;
          } else {
            holder.reload(next);
          }
        }
        reloading.set(false);
        return failed;
      });
      assertThat(reloader.get(120, TimeUnit.SECONDS)).isEqualTo(3);
      int strictResults = 0;
      int lenientResults = 0;
      for (Future<List<RoundResult>> f : evaluators) {
        for (RoundResult r : f.get(60, TimeUnit.SECONDS)) {
          StarRating stars = r.results().get(0).outcome().stars().orElseThrow();
          if (r.policy().contains(strict.toString())) {
            assertThat(stars).as(r.policy()).isEqualTo(StarRating.THREE_STARS);
            strictResults++;
          } else {
            assertThat(r.policy()).contains(lenient.toString());
            assertThat(stars).as(r.policy()).isEqualTo(StarRating.FOUR_STARS);
            lenientResults++;
          }
        }
      }
      assertThat(strictResults).isPositive();
      assertThat(lenientResults).isPositive();
    } finally {
      reloading.set(false);
      pool.shutdownNow();
    }
  }
}
