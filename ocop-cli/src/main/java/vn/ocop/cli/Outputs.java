package vn.ocop.cli;

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
 * The files one command writes, written all or none: each to a temporary file beside its target,
 * then renamed over it once every one of them is written. An output that names one of the command's
 * input files, or another output, is refused before anything is written; on failure no temporary
 * file is left behind and no target is touched.
 */
final class Outputs {
  private final List<Path> inputs;
  private final Map<Path, String> files = new LinkedHashMap<>();
  private final Map<Path, String> options = new LinkedHashMap<>();

  /** @param inputs the files the command reads (none of them may be written) */
  Outputs(List<Path> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /**
   * Checks that {@code file} may be written by {@code option}: not an input, not another output,
   * not a directory, in a directory that exists.
   *
   * @throws UserException naming the option and the file
   */
  Outputs check(String option, Path file) {
    if (file == null) {
      return this;
    }
    for (Path in : inputs) {
      if (same(file, in)) {
        throw new UserException(option + " " + file + ": is an input file of this command; writing it would destroy it"
            + " — choose another file / tệp ra trùng tệp vào");
      }
    }
    for (Map.Entry<Path, String> o : options.entrySet()) {
      if (same(file, o.getKey())) {
        throw new UserException(option + " " + file + ": is already the file of " + o.getValue() + "; give each output its own file");
      }
    }
    if (Files.isDirectory(file)) {
      throw new UserException(option + " " + file + ": is a directory; give a file name");
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UserException(option + " " + file + ": cannot write: directory " + parent + " does not exist");
    }
    options.put(file, option);
    return this;
  }

  /** Adds {@code text} as the content of {@code file}, checked as {@link #check} does. */
  void add(String option, Path file, String text) {
    if (!options.containsKey(file)) {
      check(option, file);
    }
    files.put(file, text);
  }

  /**
   * Writes every file: all temporaries first, then the renames.
   *
   * @return the files written, in the order added
   * @throws UserException naming the file that could not be written; no file is then changed
   */
  List<Path> commit() {
    Map<Path, Path> temps = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, String> f : files.entrySet()) {
        Path target = f.getKey().toAbsolutePath();
        Path tmp;
        try {
          tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
          temps.put(f.getKey(), tmp);
          Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
          throw new UserException(options.get(f.getKey()) + " " + f.getKey() + ": cannot write: a text from the input"
              + " holds a broken character (half of a UTF-16 pair) that UTF-8 cannot encode", e);
        } catch (AccessDeniedException e) {
          throw new UserException(options.get(f.getKey()) + " " + f.getKey() + ": cannot write: permission denied"
              + " / không có quyền ghi", e);
        } catch (IOException e) {
          throw new UserException(options.get(f.getKey()) + " " + f.getKey() + ": cannot write: " + e.getMessage(), e);
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
      throw new UserException(options.get(target) + " " + target + ": cannot write: " + e.getMessage(), e);
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
