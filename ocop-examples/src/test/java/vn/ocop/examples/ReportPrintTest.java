package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.ocop.examples.CliRun.ocop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report and the blank score sheet printed on A4 by headless Chromium, as an office prints them:
 * the page count must be sensible (no page per product, no half-empty pages). Skipped, with a message,
 * where Chromium is not installed.
 */
class ReportPrintTest {
  private static Optional<String> chromium = Optional.empty();

  @TempDir
  Path dir;

  @BeforeAll
  static void findChromium() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        if (Files.isExecutable(Path.of(d, name))) {
          chromium = Optional.of(Path.of(d, name).toString());
          return;
        }
      }
    }
  }

  /** Prints {@code html} to PDF and returns the number of pages. */
  private int print(Path html) throws IOException, InterruptedException {
    assumeTrue(chromium.isPresent(), "headless Chromium is not installed (chromium on the PATH): print test skipped");
    Path pdf = html.resolveSibling(html.getFileName() + ".pdf");
    Path profile = Files.createTempDirectory(dir, "chromium");
    Process p = new ProcessBuilder(chromium.get(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    assertThat(pdf).as(Files.readString(dir.resolve("chromium.log"))).exists();
    // each page object of the PDF is "/Type /Page" (the page tree is "/Type /Pages")
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
    int pages = 0;
    while (m.find()) {
      pages++;
    }
    assertThat(pages).as("pages of %s", pdf).isPositive();
    return pages;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sample-1-an-giang-2020-round-1.json:9", "sample-2-ha-tinh-2019-round-2-pass-1.json:76",
      "sample-3-kien-giang-2024-hon-dat-district.json:6", "sample-4-an-giang-2025-after-1489.json:6",
      "sample-5-an-giang-2026-round-2-decision-26.json:8", "sample-6-an-giang-2026-transition.json:6"})
  void theReportPrintsOnAFewA4Pages(String sampleAndProducts) throws Exception {
    String sample = sampleAndProducts.substring(0, sampleAndProducts.indexOf(':'));
    int products = Integer.parseInt(sampleAndProducts.substring(sampleAndProducts.indexOf(':') + 1));
    Path html = dir.resolve(sample + ".html");
    CliRun.Run run = ocop("evaluate", ReportPagesTest.ROUNDS.resolve(sample).toString(), "--html", html.toString(),
        "--lang", "vi");
    assertThat(run.status()).as(run.err()).isZero();
    int pages = print(html);
    // page one: summary and charts (and the ranking's start); then the ranking, then about two product
    // cards a page, and the law and the signatures
    assertThat(pages).as("%s: %d products", sample, products).isBetween(2, 3 + (products + 1) / 2);
  }

  @Test
  void theBlankScoreSheetKeepsItsSignatureWithTheTotal() throws Exception {
    Path html = dir.resolve("sheet.html");
    CliRun.Run run = ocop("catalog", "26-2026/03", "--html", html.toString(), "--lang", "vi");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(html)).doesNotContain("(40 Điểm) (40)");
    int pages = print(html);
    assertThat(pages).isBetween(2, 6);
  }
}
