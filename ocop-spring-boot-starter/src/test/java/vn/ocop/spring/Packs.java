package vn.ocop.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A province's own pack directory for the tests: Lâm Đồng puts 4★ at 70 points, or a broken rule. */
final class Packs {
  private Packs() {}

  static Path good(Path dir) {
    write(dir, "pack.properties", manifest("param.band.4=70"));
    delete(dir.resolve("lam-dong/broken.drl"));
    return dir;
  }

  /** A pack whose rule on line 2 of broken.drl has no @id nor @legal, and names a field that does not exist. */
  static Path broken(Path dir) {
    write(dir, "pack.properties", manifest("param.band.4=70"));
    write(dir, "broken.drl", "package ocop.province.lam_dong;\nrule \"x\" when $c : Candidate(scroe > 1) then end\n");
    return dir;
  }

  private static String manifest(String extra) {
    return String.join("\n", "id=province/lam-dong", "version=1", "name=Lâm Đồng — thử nghiệm", "kind=province",
        "province=lam-dong", "effective-from=2023-02-24", "legal=Thử nghiệm", extra) + "\n";
  }

  private static void write(Path dir, String file, String text) {
    try {
      Path f = dir.resolve("lam-dong").resolve(file);
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path f) {
    try {
      Files.deleteIfExists(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
