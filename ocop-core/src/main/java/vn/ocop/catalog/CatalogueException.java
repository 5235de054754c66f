package vn.ocop.catalog;

import java.util.Optional;

/**
 * A criteria catalogue that is inconsistent or cannot be read: sums that do not add up, a gate on a
 * missing option, a duplicate code, a malformed line. The message names the file, line and entry
 * at fault; the same values are available as fields.
 */
public class CatalogueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String entry;

  /**
   * A catalogue that cannot be read or does not add up.
   *
   * @param source the file or resource, or null when the catalogue was built in code
   * @param line the 1-based line, or 0 when unknown
   * @param entry the code of the entry at fault (e.g. {@code 148/07/C1d}), or null
   * @param problem what is wrong, in words a reader of the catalogue understands
   */
  public CatalogueException(String source, int line, String entry, String problem) {
    super(format(source, line, entry, problem));
    this.source = source;
    this.line = line;
    this.entry = entry;
  }

  /**
   * An inconsistency in an entry built in code (no file).
   *
   * @param entry the code of the entry at fault
   * @param problem what is wrong
   * @return the exception, to throw
   */
  public static CatalogueException inEntry(String entry, String problem) {
    return new CatalogueException(null, 0, entry, problem);
  }

  private static String format(String source, int line, String entry, String problem) {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
      if (line > 0) {
        sb.append(':').append(line);
      }
      sb.append(": ");
    }
    if (entry != null) {
      sb.append(entry).append(": ");
    }
    return sb.append(problem).toString();
  }

  /** {@return the file or resource at fault, if the catalogue came from one} */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** {@return the 1-based line at fault, or 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the code of the entry at fault, if known} */
  public Optional<String> entry() {
    return Optional.ofNullable(entry);
  }
}
