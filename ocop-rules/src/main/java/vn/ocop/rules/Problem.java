package vn.ocop.rules;


/**
 * One thing wrong with a rule pack: the file, the line (0 when the file as a whole is at fault or the
 * compiler gave no line) and what is wrong.
 *
 * @param file the file, e.g. {@code /srv/packs/tay-ninh/council.drl} or {@code
 *     classpath:vn/ocop/rules/packs/national/148/bands.drl}
 * @param line the 1-based line, or 0 when unknown
 * @param message what is wrong
 * @since 0.1.0
 */
public record Problem(String file, int line, String message) {
  /**
   * Checks the components; a negative {@code line} becomes 0.
   *
   * @param file the file, e.g. {@code /srv/packs/tay-ninh/council.drl} or {@code
   *     classpath:vn/ocop/rules/packs/national/148/bands.drl}
   * @param line the 1-based line, or 0 when unknown
   * @param message what is wrong
   * @throws vn.ocop.NullArgumentException if {@code file} or {@code message} is null
   */
  public Problem {
    vn.ocop.NullArgumentException.check(file, "file");
    vn.ocop.NullArgumentException.check(message, "message");
    line = Math.max(line, 0);
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
