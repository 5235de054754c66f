package vn.ocop.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.cli.OcopCommand;

/**
 * The packaged application as a host runs it: {@code java -jar} on the executable jar (ocop, Drools
 * and the starter nested in BOOT-INF/lib), then HTTP. The results must be byte for byte what the
 * {@code ocop} command computes in this JVM from the same file, and a bad round must get the
 * command's one-line error.
 */
class ExecutableJarIT {
  private static final Path JAR = Path.of(System.getProperty("ocop.example.jar"));
  private static final Path ROUNDS = Path.of(System.getProperty("ocop.example.rounds"));
  private static final Path SAMPLE = ROUNDS.resolve("sample-5-an-giang-2026-round-2-decision-26.json");

  private static Process app;
  private static CompletableFuture<String> expected;
  private static Path log;
  private static URI base;
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startTheJar() throws Exception {
    assertThat(JAR).exists();
    // what the command computes, in this JVM while the application starts (two cores, two compilations)
    Path results = Files.createTempDirectory("ocop-expected-");
    expected = CompletableFuture.supplyAsync(() -> command(results, SAMPLE));
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    base = URI.create("http://127.0.0.1:" + port);
    log = Files.createTempFile("ocop-spring-example-", ".log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // C1 alone: this short-lived process starts and compiles its rule book sooner without C2
    app = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(), "--server.port=" + port,
            "--server.address=127.0.0.1")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Instant deadline = Instant.now().plusSeconds(90);
    while (true) {
      assertThat(app.isAlive()).as("the application exited while starting:%n%s", log()).isTrue();
      try {
        if (get("/actuator/health").statusCode() == 200) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      assertThat(Instant.now()).as("the application did not start in 90 s:%n%s", log()).isBefore(deadline);
      Thread.sleep(250);
    }
  }

  @AfterAll
  static void stopTheJar() throws Exception {
    if (app != null) {
      app.destroy();
      if (!app.waitFor(20, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void aPostedRoundGetsTheResultsTheCommandComputes() throws Exception {
    HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/rounds/evaluate"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(SAMPLE)).build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).as(log()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/json"));
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(body).isEqualTo(expected.get(5, TimeUnit.MINUTES));
    assertThat(body).contains("\"format\" : \"ocop-results/1\"").contains("national/26-2026");
  }

  @Test
  void aRoundUploadedAsAFileGetsTheSameResults() throws Exception {
    HttpResponse<String> response = HTTP.send(multipart(SAMPLE.getFileName().toString(), Files.readAllBytes(SAMPLE)),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(log()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(expected.get(5, TimeUnit.MINUTES));
  }

  @Test
  void aBadRoundIsA400WithTheCommandsOneLineError(@TempDir Path tmp) throws Exception {
    // a typo in a key of the first product: the required key is then missing
    String text = Files.readString(SAMPLE).replaceFirst("\"productSet\"", "\"productSett\"");
    Path bad = tmp.resolve("bad-round.json");
    Files.writeString(bad, text);
    StringWriter err = new StringWriter();
    int status = OcopCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .execute("evaluate", bad.toString(), "--format", "json");
    assertThat(status).isNotZero();
    String commandError = err.toString().strip();
    assertThat(commandError).startsWith("ocop: " + bad + ":").contains("$.products[0]").contains("productSet");

    HttpResponse<String> upload = HTTP.send(multipart("bad-round.json", text.getBytes(StandardCharsets.UTF_8)),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(upload.statusCode()).as(log()).isEqualTo(400);
    assertThat(upload.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(detail(upload.body())).isEqualTo(commandError.replace("ocop: " + tmp + "/", ""));

    HttpResponse<String> body = HTTP.send(HttpRequest.newBuilder(base.resolve("/rounds/evaluate"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(body.statusCode()).isEqualTo(400);
    assertThat(detail(body.body())).isEqualTo(commandError.replace("ocop: " + tmp + "/bad-round.json", "round.json"));
  }

  @Test
  void healthShowsThePacksInService() throws Exception {
    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"ocopRules\"").contains("\"status\":\"UP\"")
        .contains("national/26-2026@2026.1").contains("province/an-giang@").contains("\"lastReload\"");
  }

  @Test
  void theEndpointReloadsThePacks() throws Exception {
    HttpResponse<String> reload = HTTP.send(HttpRequest.newBuilder(base.resolve("/actuator/ocoprules"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(reload.statusCode()).as(log()).isEqualTo(200);
    assertThat(reload.body()).contains("\"reloaded\":true").contains("national/148@");
    assertThat(get("/actuator/ocoprules").body()).contains("\"packCount\":");
  }

  /** What {@code ocop evaluate FILE --format json --out OUT} writes, run in this JVM. */
  private static String command(Path tmp, Path round) {
    Path out = tmp.resolve("results.json");
    StringWriter err = new StringWriter();
    int status = OcopCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
        .execute("evaluate", round.toString(), "--format", "json", "--out", out.toString());
    assertThat(status).as(err.toString()).isZero();
    try {
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpRequest multipart(String fileName, byte[] content) {
    String boundary = "ocop-" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(base.resolve("/rounds/evaluate"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build();
  }

  /** The {@code detail} of a problem+json body (a JSON string without escapes other than quotes here). */
  private static String detail(String problem) {
    int start = problem.indexOf("\"detail\":\"") + "\"detail\":\"".length();
    assertThat(start).as(problem).isGreaterThan("\"detail\":\"".length() - 1);
    StringBuilder sb = new StringBuilder();
    for (int i = start; problem.charAt(i) != '"'; i++) {
      char c = problem.charAt(i);
      if (c == '\\') {
        c = problem.charAt(++i);
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
