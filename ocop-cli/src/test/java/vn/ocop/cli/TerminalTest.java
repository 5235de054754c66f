package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line on standard error: drawn in place once a phase is slow, erased when done, silent when off. */
class TerminalTest {

  @Test
  void aSlowPhaseIsDrawnInPlaceAndErasedWhenDone() throws InterruptedException {
    StringWriter err = new StringWriter();
    Terminal.Progress progress = new Terminal.Progress(new PrintWriter(err), true, 60);
    progress.step("reading sample.json");
    Thread.sleep(Terminal.Progress.DELAY_MS + 500);
    progress.update("scoring", 40, 100);
    progress.close();
    String s = err.toString();
    assertThat(s).contains("\rreading sample.json …").contains("scoring 40/100").doesNotContain("\n");
    assertThat(s).endsWith("\r\u001b[K");
    for (String line : s.split("\r")) {
      assertThat(line.replace("\u001b[K", "")).as("never wider than the terminal").hasSizeLessThan(60);
    }
  }

  @Test
  void aQuickPhaseDrawsNothing() {
    StringWriter err = new StringWriter();
    try (Terminal.Progress progress = new Terminal.Progress(new PrintWriter(err), true, 80)) {
      progress.step("reading small.json");
      progress.done();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void disabledProgressIsSilent() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Terminal.Progress progress = new Terminal.Progress(new PrintWriter(err), false, 80)) {
      progress.step("reading");
      Thread.sleep(Terminal.Progress.DELAY_MS + 100);
      progress.update("scoring", 1, 2);
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aLongLabelIsCutToTheTerminalsWidthSoThatItCanBeErased() throws InterruptedException {
    StringWriter err = new StringWriter();
    try (Terminal.Progress progress = new Terminal.Progress(new PrintWriter(err), true, 40)) {
      progress.step("applying national/148@2023.1 + province/kien-giang@2021.1 + province/an-giang@2024.1");
      Thread.sleep(Terminal.Progress.DELAY_MS + 400);
    }
    for (String line : err.toString().split("\r")) {
      assertThat(line.replace("\u001b[K", "")).hasSizeLessThan(40);
    }
    assertThat(err.toString()).contains("…");
  }
}
