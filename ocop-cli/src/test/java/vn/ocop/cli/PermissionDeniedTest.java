package vn.ocop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A file the user may not read, or a directory it may not write, ends in exit 2 and one line that
 * says permission denied, in English and in Vietnamese. The build runs as root, whom permissions never
 * refuse, so the command runs in a JVM of its own as {@code nobody} ({@code runuser}, else
 * {@code setpriv}), on a copy of the class path that {@code nobody} can read; run as another user, it
 * runs the command as that user. Skipped only as root on a machine with neither tool.
 */
class PermissionDeniedTest {
  private static final Path SAMPLES = Path.of("../ocop-examples/src/main/resources/vn/ocop/examples");

  private static Path dir;
  private static List<String> asUser;
  private static String classPath;

  @BeforeAll
  static void copyTheClassPathWhereNobodyCanReadIt() throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    asUser = List.of();
    if (root) {
      if (Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"))) {
        asUser = List.of("runuser", "-u", "nobody", "--");
      } else if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
        asUser = List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups");
      }
      assumeTrue(!asUser.isEmpty(), "running as root without runuser or setpriv: permissions cannot refuse root");
    }
    dir = Files.createTempDirectory("ocop-permissions");
    Path cp = Files.createDirectories(dir.resolve("cp"));
    List<String> entries = new ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path from = Path.of(entry);
      if (!Files.exists(from)) {
        continue;
      }
      Path to = cp.resolve(n++ + "-" + from.getFileName());
      if (Files.isDirectory(from)) {
        try (Stream<Path> files = Files.walk(from)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Path t = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(t);
            } else {
              Files.copy(f, t);
            }
          }
        }
      } else {
        Files.copy(from, to);
      }
      entries.add(to.toString());
    }
    classPath = String.join(File.pathSeparator, entries);
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
  }

  @AfterAll
  static void removeTheCopy() throws IOException {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
        Files.delete(p);
      }
    }
  }

  private record Run(int status, String err) {}

  private static Run ocop(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(asUser);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xshare:auto", "-cp", classPath, "vn.ocop.cli.Main"));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "err", ".txt");
    Files.setPosixFilePermissions(err, PosixFilePermissions.fromString("rw-rw-rw-"));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8).strip());
  }

  private static Path copy(Path sample, String name) throws IOException {
    Path to = dir.resolve(name);
    Files.copy(sample, to);
    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
    return to;
  }

  private static Path locked(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    return file;
  }

  /** Runs the command in English and in Vietnamese and checks both lines. */
  private static void refused(String culprit, String... args) throws IOException, InterruptedException {
    String[] en = Stream.concat(Stream.of(args), Stream.of("--lang", "en")).toArray(String[]::new);
    String[] vi = Stream.concat(Stream.of(args), Stream.of("--lang", "vi")).toArray(String[]::new);
    Run english = ocop(en);
    assertThat(english.status()).as(english.err()).isEqualTo(2);
    assertThat(english.err()).hasLineCount(1).startsWith("ocop: ").contains(culprit).contains("permission denied");
    Run vietnamese = ocop(vi);
    assertThat(vietnamese.status()).as(vietnamese.err()).isEqualTo(2);
    assertThat(vietnamese.err()).hasLineCount(1).startsWith("ocop: ").contains(culprit).contains("không có quyền");
  }

  @Test
  void anUnreadableRoundFile() throws Exception {
    Path round = locked(copy(SAMPLES.resolve("rounds/sample-1-an-giang-2020-round-1.json"), "locked-round.json"));
    refused(round.toString() + ": ", "evaluate", round.toString());
  }

  @Test
  void anUnreadableScoresFile() throws Exception {
    Path round = copy(SAMPLES.resolve("rounds/sample-3-kien-giang-2024-hon-dat-district.json"), "round-3.json");
    Path scores = dir.resolve("locked-scores.csv");
    Files.writeString(scores, "member,product,criterion,option\n");
    locked(scores);
    refused(scores + ": ", "evaluate", round.toString(), "--scores", scores.toString());
  }

  @Test
  void anUnreadableProgrammeFileAndBudgetFile() throws Exception {
    String programme = Files.readString(SAMPLES.resolve("programmes/kien-giang-2021-2025.json"), StandardCharsets.UTF_8)
        .replace("../rounds/", SAMPLES.resolve("rounds").toAbsolutePath() + "/");
    Path locked = dir.resolve("locked-programme.json");
    Files.writeString(locked, programme);
    locked(locked);
    refused(locked + ": ", "report", "yearly", "--programme", locked.toString(), "--year", "2021");

    Path budget = dir.resolve("locked-plan.budget");
    Files.writeString(budget, "plan: x\nprovince: kien-giang\ntitle: K\nunit: million-vnd\n");
    locked(budget);
    Path withBudget = dir.resolve("programme-with-locked-budget.json");
    Files.writeString(withBudget, programme.replaceFirst("\\{\\s*\"bundled\": \"kien-giang-plan-118\"\\s*}",
        "{\"file\": \"" + budget + "\"}"));
    Files.setPosixFilePermissions(withBudget, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(Files.readString(withBudget)).contains(budget.toString());
    refused(budget + ": ", "report", "yearly", "--programme", withBudget.toString(), "--year", "2021");
  }

  @Test
  void anUnwritableOutputDirectoryLeavesNothingBehind() throws Exception {
    Path round = copy(SAMPLES.resolve("rounds/sample-1-an-giang-2020-round-1.json"), "round-1.json");
    Path closed = Files.createDirectories(dir.resolve("closed"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path out = closed.resolve("results.json");
    refused("--out " + out, "evaluate", round.toString(), "--out", out.toString());
    try (Stream<Path> left = Files.list(closed)) {
      assertThat(left).isEmpty();
    }
  }
}
