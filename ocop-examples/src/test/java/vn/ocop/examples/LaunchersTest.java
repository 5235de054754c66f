package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ocop} (Unix) and {@code ocop.cmd} (Windows) do the same: build the same runnable jar with the
 * same Maven command when it is missing, and run it with {@code OCOP_JAVA_OPTS} and the arguments.
 * (Run on Windows by hand; this keeps the two from drifting apart.)
 */
class LaunchersTest {
  private static String read(String name) throws IOException {
    return Files.readString(Path.of("..", name), StandardCharsets.UTF_8);
  }

  private static String jar(String script) {
    Matcher m = Pattern.compile("ocop-cli[/\\\\]target[/\\\\](ocop-cli-[^\"]+-all\\.jar)").matcher(script);
    assertThat(m.find()).as("the jar a launcher runs").isTrue();
    return m.group(1);
  }

  @Test
  void bothLaunchersBuildAndRunTheSameJar() throws IOException {
    String unix = read("ocop");
    String windows = read("ocop.cmd");
    String pomVersion = Pattern.compile("<artifactId>ocop-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(read("pom.xml")).results().findFirst().orElseThrow().group(1);

    assertThat(jar(windows)).isEqualTo(jar(unix)).isEqualTo("ocop-cli-" + pomVersion + "-all.jar");
    assertThat(unix).contains("./mvnw -q -pl ocop-cli -am package -DskipTests");
    assertThat(windows).contains("mvnw.cmd\" -q -pl ocop-cli -am package -DskipTests");
    // the same JVM options, the user's OCOP_JAVA_OPTS last so that they win (docs/performance.md)
    assertThat(unix).contains("java -Xmx768m -XX:TieredStopAtLevel=1 ${jit[@]+\"${jit[@]}\"} ${cds[@]+\"${cds[@]}\"} ${OCOP_JAVA_OPTS:-} -jar \"$jar\" \"$@\"")
        .contains("jit=(-XX:CICompilerCount=1)").contains("*Tiered*|*CICompilerCount*) jit=()")
        .contains("jsa=\"$here/ocop-cli/target/ocop-cli.jsa\"");
    assertThat(windows).contains("java -Xmx768m -XX:TieredStopAtLevel=1 %JIT% %CDS% %OCOP_JAVA_OPTS% -jar \"%JAR%\" %*")
        .contains("set \"JIT=-XX:CICompilerCount=1\"").contains("findstr /i /c:\"Tiered\" /c:\"CICompilerCount\"")
        .contains("ocop-cli\\target\\ocop-cli.jsa").contains("exit /b %STATUS%")
        .contains("chcp 65001");
  }

  /**
   * {@code ./ocop} runs with one JIT compiler thread, and leaves that out when {@code OCOP_JAVA_OPTS} asks
   * for the optimising compiler, which the JVM refuses to run with fewer than two ({@code CICompilerCount
   * (1) must be at least 2}). Runs the launcher itself, on the jar the build just made.
   */
  @Test
  void theUnixLauncherRunsWithTheUsersCompilerOptions() throws Exception {
    Path jar = Path.of("..", "ocop-cli", "target", jar(read("ocop")));
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(jar), "the command's jar is built");
    org.junit.jupiter.api.Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bash");
    for (String opts : new String[] {"", "-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:CICompilerCount=2"}) {
      ProcessBuilder pb = new ProcessBuilder("bash", Path.of("..", "ocop").toString(), "--version").redirectErrorStream(true);
      pb.environment().put("OCOP_JAVA_OPTS", opts);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as("OCOP_JAVA_OPTS='%s': %s", opts, out).isZero();
      assertThat(out).as("OCOP_JAVA_OPTS='%s'", opts).startsWith("ocop ");
    }
  }

  @Test
  void theWindowsLauncherHasWindowsLineEndings() throws IOException {
    String windows = read("ocop.cmd");
    assertThat(windows.split("\r\n", -1).length).isEqualTo(windows.split("\n", -1).length);
  }
}
