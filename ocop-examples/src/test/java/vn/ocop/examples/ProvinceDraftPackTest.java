package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.examples.CliRun.ocop;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The worked example of docs/rules.md: An Giang's draft pack, data only (no DRL), raises the 4★ band
 * to 75, adds a quorum rule and awards; its own tests pass under {@code ocop rules test}, and {@code
 * ocop rules diff} on sample 5 shows the one product it moves from 4★ to 3★.
 */
class ProvinceDraftPackTest {
  static final Path DRAFT = Path.of("src/main/resources/vn/ocop/examples/packs");
  static final Path SAMPLE_5 = Path.of("src/main/resources/vn/ocop/examples/rounds/sample-5-an-giang-2026-round-2-decision-26.json");

  @TempDir
  Path dir;

  @Test
  void theDraftPackHasNoDrlAndItsOwnTestsPass() throws IOException {
    try (var files = Files.walk(DRAFT)) {
      assertThat(files.filter(f -> f.toString().endsWith(".drl"))).isEmpty();
    }
    CliRun.Run run = ocop("rules", "test", DRAFT.toString(), "--lang", "en");
    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("PASS", "band.properties", "quorum.properties", "[province/an-giang@2026.1-draft]")
        .contains("2 passed, 0 failed").doesNotContain("FAIL");
  }

  @Test
  void aBrokenExpectationFailsWithExitOneAndABadCaseFileExitsTwoWithItsLine() throws IOException {
    Path pack = Files.createDirectories(dir.resolve("an-giang/tests"));
    Files.copy(DRAFT.resolve("an-giang-draft/pack.properties"), pack.getParent().resolve("pack.properties"));
    Files.writeString(pack.resolve("band.properties"), Files.readString(DRAFT.resolve("an-giang-draft/tests/band.properties"))
        .replace("expect.p72.stars=3", "expect.p72.stars=4"));
    CliRun.Run failing = ocop("rules", "test", dir.toString(), "--lang", "en");
    assertThat(failing.status()).isEqualTo(1);
    assertThat(failing.out()).contains("FAIL", "product p72: expected stars 4, got 3", "0 passed, 1 failed");

    Files.writeString(pack.resolve("bad.properties"), "description=bad\ndate=2026-11-20\nlevel=COMMUNE\n");
    CliRun.Run bad = ocop("rules", "test", dir.toString(), "--lang", "en");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.out()).contains(pack.resolve("bad.properties") + ":3: 'COMMUNE' is not one of");
  }

  @Test
  void theDiffAgainstTheBundledPacksShowsTheOneProductThatDropsToThreeStarsAndWhy() throws IOException {
    Path json = dir.resolve("diff.json");
    Path html = dir.resolve("diff.html");
    CliRun.Run run = ocop("rules", "diff", SAMPLE_5.toString(), "--rules", DRAFT.toString(), "--json", json.toString(),
        "--html", html.toString(), "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 of 8 products change outcome", "ag26-08", "4★ CERTIFY  ⇒  3★ CERTIFY",
        "+ 26-2026.band.3", "below 75 points", "- 26-2026.band.4");

    JsonNode d = new ObjectMapper().readTree(json.toFile());
    assertThat(d.get("format").asText()).isEqualTo("ocop-rules-diff/1");
    assertThat(d.get("changed").asInt()).isEqualTo(1);
    JsonNode c = d.get("changes").get(0);
    assertThat(c.get("id").asText()).isEqualTo("ag26-08");
    assertThat(c.get("before").get("stars").asInt()).isEqualTo(4);
    assertThat(c.get("after").get("stars").asInt()).isEqualTo(3);
    assertThat(c.get("after").get("decision").asText()).isEqualTo("CERTIFY");
    assertThat(Files.readString(html)).contains("data-product=\"ag26-08\"", "1 of 8 products change outcome");
  }
}
