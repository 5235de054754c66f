package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's output is right whatever the platform's default charset: run in a JVM of its own as on
 * a Windows machine set to cp1252 (JDK 17 takes its default from the platform; {@code LANG=C} on
 * Linux), the terminal text, the results JSON and the HTML report are UTF-8 and keep every Vietnamese
 * letter ({@code ocop.cmd} switches the Windows console to UTF-8 to show them).
 */
class PlatformCharsetTest {
  private static final Path SAMPLE_5 =
      Path.of("src/main/resources/vn/ocop/examples/rounds/sample-5-an-giang-2026-round-2-decision-26.json");
  private static final List<String> WINDOWS_1252 = List.of("-Dfile.encoding=windows-1252",
      "-Dsun.stdout.encoding=windows-1252", "-Dsun.stderr.encoding=windows-1252", "-Dstdout.encoding=windows-1252",
      "-Dstderr.encoding=windows-1252", "-Dsun.jnu.encoding=windows-1252");
  private static final Map<String, String> LANG_C = Map.of("LANG", "C", "LC_ALL", "C");

  @TempDir
  Path dir;

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  @Test
  void terminalJsonAndHtmlAreUtf8WithEveryVietnameseLetterUnderWindows1252() throws Exception {
    Path json = dir.resolve("results.json");
    Path html = dir.resolve("report.html");
    ForkedJvm.Result table = ForkedJvm.run(dir, ForkedJvm.classPath(), WINDOWS_1252, LANG_C, "vn.ocop.cli.Main",
        "evaluate", SAMPLE_5.toString(), "--lang", "vi", "--no-progress");
    ForkedJvm.Result files = ForkedJvm.run(dir, ForkedJvm.classPath(), WINDOWS_1252, LANG_C, "vn.ocop.cli.Main",
        "evaluate", SAMPLE_5.toString(), "--format", "json", "--out", json.toString(), "--html", html.toString(),
        "--no-progress");

    assertThat(table.status()).as(utf8(table.err())).isZero();
    assertThat(files.status()).as(utf8(files.err())).isZero();
    String terminal = utf8(table.out());
    String results = utf8(Files.readAllBytes(json));
    String report = utf8(Files.readAllBytes(html));
    String expected = "An Giang";
    assertThat(terminal).contains(expected).contains("★").containsPattern("[ạảấầẩẫậắằẳẵặđơư]");
    assertThat(results).contains("Nước mắm").contains("\"name\" : \"An Giang\"");
    assertThat(report).contains("Nước mắm").containsIgnoringCase("charset=\"utf-8\"");
  }
}
