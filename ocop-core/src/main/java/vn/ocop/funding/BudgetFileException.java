package vn.ocop.funding;

import vn.ocop.NullArgumentException;


/** A budget file that cannot be read: the file, the line number (1-based) and what is wrong with it. */
public class BudgetFileException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Creates the exception, with the message {@code file:line: problem}.
   *
   * @param file the file's name; not null
   * @param line the 1-based line number; 0 for the file as a whole
   * @param problem what is wrong
   * @throws NullArgumentException if {@code file} is null
   */
  public BudgetFileException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = NullArgumentException.check(file, "file");
    this.line = line;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param file the file's name; not null
   * @param line the 1-based line number; 0 for the file as a whole
   * @param problem what is wrong
   * @param cause the cause
   */
  public BudgetFileException(String file, int line, String problem, Throwable cause) {
    this(file, line, problem);
    initCause(cause);
  }

  /** {@return the file's name as given to the reader} */
  public String file() {
    return file;
  }

  /** {@return the 1-based line number; 0 when the problem is the file as a whole (e.g. a missing key)} */
  public int line() {
    return line;
  }
}
