package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public API's Javadoc, checked by javac's doclint with every group on, {@code missing} included,
 * for public and protected members of the library modules. ocop-io has no finding at all (its build
 * also fails on one: {@code -Xdoclint:all/protected -Werror}). ocop-core, ocop-rules and ocop-testkit
 * predate the check: their findings may only go down from the counts below (lower a count when you
 * document members; never raise it), and no module may have a doclint error (a broken reference, bad
 * HTML), which would also break their Javadoc jars.
 */
class PublicApiJavadocTest {
  /** Findings per module and kind when the check came in; the build fails if one grows. */
  private static final Map<String, Map<String, Integer>> CEILING = Map.of(
      "ocop-core", Map.of("no comment", 0, "no @return", 0, "no @param", 0, "other", 0),
      "ocop-rules", Map.of("no comment", 0, "no @return", 0, "no @param", 0, "other", 0),
      "ocop-testkit", Map.of("no comment", 0, "no @return", 0, "no @param", 0, "other", 0),
      "ocop-io", Map.of("no comment", 0, "no @return", 0, "no @param", 0, "other", 0));

  @TempDir
  Path out;

  private Map<String, List<String>> findings(String module) throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("..", module, "src/main/java"))) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(null, files, diagnostics, List.of("-proc:none", "-implicit:none",
          "-Xdoclint:all/protected", "-Xmaxwarns", "100000", "-Xmaxerrs", "100000", "-d", out.toString(),
          "-cp", System.getProperty("java.class.path")), null, files.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(compiled).as(module + " compiles for the check: " + diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(5).toList()).isTrue();
    }
    Map<String, List<String>> byKind = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getSource() == null || d.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String message = d.getMessage(Locale.ROOT);
      String kind = message.startsWith("no comment") ? "no comment" : message.startsWith("no @return") ? "no @return"
          : message.startsWith("no @param") ? "no @param" : "other";
      byKind.computeIfAbsent(kind, k -> new ArrayList<>())
          .add(Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": " + message);
    }
    return byKind;
  }

  @Test
  void thePublicApiJavadocNeverGetsWorse() throws IOException {
    List<String> worse = new ArrayList<>();
    StringBuilder counts = new StringBuilder();
    for (String module : new TreeMap<>(CEILING).keySet()) {
      Map<String, List<String>> found = findings(module);
      for (Map.Entry<String, Integer> c : CEILING.get(module).entrySet()) {
        List<String> items = found.getOrDefault(c.getKey(), List.of());
        counts.append(module).append(' ').append(c.getKey()).append(": ").append(items.size()).append('\n');
        if (items.size() > c.getValue()) {
          worse.add(module + ": " + items.size() + " '" + c.getKey() + "' findings, at most " + c.getValue()
              + " allowed; e.g. " + items.subList(0, Math.min(10, items.size())));
        }
      }
    }
    System.out.print(counts);
    assertThat(worse).as("doclint findings above their ceiling").isEmpty();
  }
}
