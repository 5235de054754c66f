package vn.ocop.rules.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes rule packs into a directory, as a province would. */
public final class Packs {
  private Packs() {}

  /** Writes {@code file} (e.g. {@code pack.properties}) of pack directory {@code pack} under {@code root}. */
  public static Path write(Path root, String pack, String file, String text) {
    try {
      Path dir = root.resolve(pack);
      Files.createDirectories(dir);
      Path f = dir.resolve(file);
      Files.writeString(f, text, StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A manifest of a Lâm Đồng province pack from 2023-02-24, with extra lines. */
  public static String lamDongManifest(String... extra) {
    return String.join("\n", "id=province/lam-dong", "version=1", "name=Lâm Đồng — thử nghiệm", "kind=province",
        "province=lam-dong", "effective-from=2023-02-24", "legal=Thử nghiệm", String.join("\n", extra)) + "\n";
  }
}
