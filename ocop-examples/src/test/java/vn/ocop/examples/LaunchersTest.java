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
    assertThat(unix).contains("java -Xmx768m -XX:TieredStopAtLevel=1 ${cds[@]+\"${cds[@]}\"} ${OCOP_JAVA_OPTS:-} -jar \"$jar\" \"$@\"")
        .contains("jsa=\"$here/ocop-cli/target/ocop-cli.jsa\"");
    assertThat(windows).contains("java -Xmx768m -XX:TieredStopAtLevel=1 %CDS% %OCOP_JAVA_OPTS% -jar \"%JAR%\" %*")
        .contains("ocop-cli\\target\\ocop-cli.jsa").contains("exit /b %STATUS%")
        .contains("chcp 65001");
  }

  @Test
  void theWindowsLauncherHasWindowsLineEndings() throws IOException {
    String windows = read("ocop.cmd");
    assertThat(windows.split("\r\n", -1).length).isEqualTo(windows.split("\n", -1).length);
  }
}
