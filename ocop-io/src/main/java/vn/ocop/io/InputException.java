package vn.ocop.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A round, scores or results file that cannot be read: malformed JSON or CSV, an unknown key, an
 * unknown code, a reference to something the file does not define. The message names the file, the
 * line and column where known, the JSON path where it helps, and the problem, on one line.
 *
 * <p>The problem is a {@link Message} of the catalogue: {@link #getMessage()} and {@link #problem()}
 * are English; {@link #getMessage(Locale)} and {@link #problem(Locale)} give the same line in
 * Vietnamese ({@code docs/messages.md}).
 */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final int column;
  private final String path;
  private final Message problem;

  /**
   * Creates the exception.
   *
   * @param file the file at fault; not null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the JSON path ({@code $.products[2].sheets[0]}), or null
   * @param problem what is wrong, in words a provincial officer understands
   */
  public InputException(Path file, int line, int column, String path, String problem) {
    this(file, line, column, path, problem, null);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param file the file at fault; not null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the JSON path, or null
   * @param problem what is wrong, in words a provincial officer understands
   * @param cause the underlying failure (a Jackson or scoring error), or null
   */
  public InputException(Path file, int line, int column, String path, String problem, Throwable cause) {
    this(file, line, column, path, Message.text(problem), cause);
  }

  /**
   * Creates the exception with a problem of the message catalogue.
   *
   * @param file the file at fault; not null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the JSON path, or null
   * @param problem what is wrong; not null
   * @param cause the underlying failure, or null
   * @since 0.1.0
   */
  public InputException(Path file, int line, int column, String path, Message problem, Throwable cause) {
    super(format(file, line, column, path, problem.text(Locale.ROOT)), cause);
    this.file = file;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.path = path;
    this.problem = problem;
  }

  /**
   * The file at fault.
   *
   * @return the file, as given to the reader
   */
  public Path file() {
    return file;
  }

  /**
   * The line at fault.
   *
   * @return the 1-based line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column at fault.
   *
   * @return the 1-based column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * The JSON path of the value at fault, if the file is JSON.
   *
   * @return the path ({@code $.products[2].sheets[0]}), or empty
   */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /**
   * The problem alone, without file and position, in English.
   *
   * @return the problem
   */
  public String problem() {
    return problem.text(Locale.ROOT);
  }

  /**
   * The problem alone, in a language.
   *
   * @param locale Vietnamese when its language is {@code vi}, else English; null means English
   * @return the problem
   * @since 0.1.0
   */
  public String problem(Locale locale) {
    return problem.text(locale);
  }

  /**
   * The problem as a message of the catalogue: its key and arguments.
   *
   * @return the message
   * @since 0.1.0
   */
  public Message message() {
    return problem;
  }

  /**
   * The whole line ({@code FILE:LINE:COL: PATH: problem}) in a language.
   *
   * @param locale Vietnamese when its language is {@code vi}, else English; null means English
   * @return the line
   * @since 0.1.0
   */
  public String getMessage(Locale locale) {
    return format(file, line, column, path, problem.text(locale));
  }

  private static String format(Path file, int line, int column, String path, String problem) {
    StringBuilder sb = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (path != null && !path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(problem.replace('\n', ' ')).toString();
  }
}
