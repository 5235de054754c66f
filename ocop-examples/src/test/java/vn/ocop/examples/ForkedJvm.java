package vn.ocop.examples;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a JVM of its own, as a host or a user's shell would, and keeps its raw output. */
final class ForkedJvm {
  private ForkedJvm() {}

  /** The exit status and the raw bytes of both outputs. */
  record Result(int status, byte[] out, byte[] err) {}

  /** This test JVM's class path, without the entries whose path contains one of {@code without}. */
  static String classPath(String... without) {
    List<String> kept = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      boolean drop = false;
      for (String w : without) {
        drop |= entry.contains(w);
      }
      if (!drop) {
        kept.add(entry);
      }
    }
    return String.join(File.pathSeparator, kept);
  }

  static Result run(Path dir, String classPath, List<String> jvmOptions, Map<String, String> env, String mainClass,
      String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".bin");
    Path err = Files.createTempFile(dir, "err", ".bin");
    ProcessBuilder pb = new ProcessBuilder(command).directory(new File(".")).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Result(p.exitValue(), Files.readAllBytes(out), Files.readAllBytes(err));
  }
}
