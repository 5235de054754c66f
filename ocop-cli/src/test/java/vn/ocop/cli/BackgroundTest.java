package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.ocop.catalog.NoCatalogueInForceException;

/** Loading beside the main thread: results and failures reach the caller unchanged, on daemon threads. */
class BackgroundTest {

  @Test
  void aResultIsJoinedAndAFailureIsRethrownAsItWas() {
    assertThat(Background.join(Background.supply(() -> "read"))).isEqualTo("read");
    IllegalStateException failure = new IllegalStateException("no catalogue");
    CompletableFuture<String> failed = Background.supply(() -> {
      throw failure;
    });
    assertThatThrownBy(() -> Background.join(failed)).isSameAs(failure);
    StackOverflowError error = new StackOverflowError();
    assertThatThrownBy(() -> Background.join(Background.supply(() -> {
      throw error;
    }))).isSameAs(error);
  }

  @Test
  void theExceptionTheEvaluatorCatchesArrivesAsItsOwnType() {
    // the catalogue of a round dated before the first one (21/08/2019), read beside as Evaluator does
    CompletableFuture<vn.ocop.catalog.Catalogue> f =
        Background.supply(() -> vn.ocop.catalog.Catalogues.inForceOn(java.time.LocalDate.of(2018, 1, 1)));
    assertThatThrownBy(() -> Background.join(f)).isInstanceOf(NoCatalogueInForceException.class)
        .hasMessageContaining("2018-01-01");
  }

  @Test
  void tasksRunOnDaemonThreadsAndAFailureOfAWarmUpIsDropped() throws InterruptedException {
    AtomicReference<Thread> ran = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(2);
    Background.run(() -> {
      ran.set(Thread.currentThread());
      done.countDown();
    });
    Background.run(() -> {
      done.countDown();
      throw new IllegalStateException("met again by the main thread");
    });
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ran.get().isDaemon()).isTrue();
    assertThat(ran.get()).isNotSameAs(Thread.currentThread());
  }
}
