package vn.ocop.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one job writes, written all or none: each to a temporary file beside its target, then
 * renamed over it once every one of them is written. An output that names one of the job's input
 * files, or another output, is refused before anything is written; on failure no temporary file is
 * left behind and no target is touched. Text is written as UTF-8 whatever the platform's default
 * charset.
 *
 * <p>Each file is added under a label that names it in errors (the command uses its option,
 * {@code --out}; a host may use any word):
 *
 * <pre>{@code
 * new Outputs(List.of(roundFile))
 *     .add("results", Path.of("results.json"), ResultsJson.write(doc))
 *     .commit();
 * }</pre>
 *
 * <p>Not thread-safe: one instance per job.
 *
 * @since 0.1.0
 */
public final class Outputs {
  private final List<Path> inputs = new java.util.ArrayList<>();
  private final Map<Path, Content> files = new LinkedHashMap<>();
  private final Map<Path, String> options = new LinkedHashMap<>();

  /**
   * Starts a set of outputs.
   *
   * @param inputs the files the job reads (none of them may be written); not null
   * @throws IllegalArgumentException naming {@code inputs} or the element that is null
   */
  public Outputs(List<Path> inputs) {
    Args.notNull(inputs, "inputs");
    for (int i = 0; i < inputs.size(); i++) {
      Args.notNull(inputs.get(i), "inputs[" + i + "]");
    }
    this.inputs.addAll(inputs);
  }

  /**
   * Adds files the job found it reads only once it had started — the round files and budget plan a
   * programme file lists, say — and checks the outputs already registered against them, so that no
   * output overwrites one of them either.
   *
   * @param more the further input files; not null
   * @return this
   * @throws OutputException naming the output's label and file, if it is one of {@code more}
   * @throws IllegalArgumentException naming {@code more} or the element that is null
   */
  public Outputs readAlso(List<Path> more) {
    Args.notNull(more, "more");
    for (int i = 0; i < more.size(); i++) {
      Args.notNull(more.get(i), "more[" + i + "]");
    }
    for (Path in : more) {
      for (Map.Entry<Path, String> o : options.entrySet()) {
        if (same(o.getKey(), in)) {
          throw new OutputException(o.getValue(), o.getKey(), Message.of("output.is-input"), null);
        }
      }
    }
    inputs.addAll(more);
    return this;
  }

  /**
   * Checks that {@code file} may be written by {@code option}: not an input, not another output,
   * not a directory, in a directory that exists.
   *
   * @param option the label naming the file in errors ({@code --out}); not null
   * @param file the file to write; null means "not asked for", and is ignored
   * @return this
   * @throws OutputException naming the label and the file
   */
  public Outputs check(String option, Path file) {
    Args.notNull(option, "option");
    if (file == null) {
      return this;
    }
    for (Path in : inputs) {
      if (same(file, in)) {
        throw new OutputException(option, file, Message.of("output.is-input"), null);
      }
    }
    for (Map.Entry<Path, String> o : options.entrySet()) {
      if (same(file, o.getKey())) {
        throw new OutputException(option, file, Message.of("output.twice", o.getValue()), null);
      }
    }
    if (Files.isDirectory(file)) {
      throw new OutputException(option, file, Message.of("output.directory"), null);
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new OutputException(option, file, Message.of("output.no-directory", parent), null);
    }
    options.put(file, option);
    return this;
  }

  /**
   * Adds {@code text} as the content of {@code file}, checked as {@link #check} does.
   *
   * @param option the label naming the file in errors; not null
   * @param file the file to write; not null
   * @param text its content, written as UTF-8; not null
   * @return this
   * @throws OutputException naming the label and the file, if it may not be written
   * @throws IllegalArgumentException naming the argument that is null
   */
  public Outputs add(String option, Path file, String text) {
    Args.notNull(text, "text");
    return add(option, file, out -> out.write(text));
  }

  /**
   * The content of a file, written straight to it when the outputs are committed, so that a large
   * document (the results of a national round, say) is never held whole as text.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the file's writer (UTF-8, buffered); not to be closed
     * @throws IOException if writing fails
     */
    void writeTo(java.io.Writer out) throws IOException;
  }

  /**
   * Adds {@code content} as the content of {@code file}, written when {@link #commit()} runs and
   * checked as {@link #check} does now: {@link #add(String, Path, String)} for content that is
   * written while it is produced.
   *
   * <pre>{@code
   * outputs.add("--out", Path.of("results.json"), out -> ResultsJson.write(doc, out));
   * }</pre>
   *
   * @param option the label naming the file in errors; not null
   * @param file the file to write; not null
   * @param content writes the content, as UTF-8; not null
   * @return this
   * @throws OutputException naming the label and the file, if it may not be written
   * @throws IllegalArgumentException naming the argument that is null
   */
  public Outputs add(String option, Path file, Content content) {
    Args.notNull(option, "option");
    Args.notNull(file, "file");
    Args.notNull(content, "content");
    if (!options.containsKey(file)) {
      check(option, file);
    }
    files.put(file, content);
    return this;
  }

  /**
   * Writes every file: all temporaries first, then the renames.
   *
   * @return the files written, in the order added
   * @throws OutputException naming the file that could not be written; no file is then changed
   */
  public List<Path> commit() {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, Content> f : files.entrySet()) {
        Path target = f.getKey().toAbsolutePath();
        Path tmp;
        try {
          tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
          temps.put(f.getKey(), tmp);
          // an encoder that reports what UTF-8 cannot encode, as Files.writeString does
          try (java.io.Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            f.getValue().writeTo(out);
          }
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new OutputException(options.get(f.getKey()), f.getKey(), Message.of("output.surrogate"), e);
        } catch (AccessDeniedException e) {
          throw new OutputException(options.get(f.getKey()), f.getKey(), Message.of("output.permission-denied"), e);
        } catch (IOException e) {
          throw new OutputException(options.get(f.getKey()), f.getKey(), Message.of("output.failed", e.getMessage()), e);
        }
      }
      List<Path> written = new ArrayList<>();
      for (Map.Entry<Path, Path> t : temps.entrySet()) {
        move(t.getValue(), t.getKey());
        written.add(t.getKey());
      }
      temps.clear();
      return written;
    } finally {
      for (Path tmp : temps.values()) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and named after its target
        }
      }
    }
  }

  private void move(Path tmp, Path target) {
    try {
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new OutputException(options.get(target), target, e instanceof AccessDeniedException
          ? Message.of("output.permission-denied") : Message.of("output.failed", e.getMessage()), e);
    }
  }

  private static boolean same(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
