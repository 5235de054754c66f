package vn.ocop.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * An output file that may not or could not be written: it is an input of the same job, another
 * output, a directory, in a directory that does not exist, not writable, or its text cannot be
 * encoded. The message names the output's label and file on one line; when {@link Outputs} throws
 * it, no file has been changed.
 *
 * @since 0.1.0
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String label;
  private final transient Path file;
  private final Message problem;

  /**
   * Creates the exception.
   *
   * @param label the label naming the file ({@code --out}, {@code results}); not null
   * @param file the file at fault; not null
   * @param problem what is wrong, in words a user understands; not null
   */
  public OutputException(String label, Path file, String problem) {
    this(label, file, problem, null);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param label the label naming the file; not null
   * @param file the file at fault; not null
   * @param problem what is wrong; not null
   * @param cause the underlying failure, or null
   */
  public OutputException(String label, Path file, String problem, Throwable cause) {
    this(label, file, Message.text(problem), cause);
  }

  /**
   * Creates the exception with a problem of the message catalogue.
   *
   * @param label the label naming the file; not null
   * @param file the file at fault; not null
   * @param problem what is wrong; not null
   * @param cause the underlying failure, or null
   * @since 0.1.0
   */
  public OutputException(String label, Path file, Message problem, Throwable cause) {
    super(label + " " + file + ": " + problem.text(Locale.ROOT).replace('\n', ' '), cause);
    this.label = label;
    this.file = file;
    this.problem = problem;
  }

  /**
   * The label naming the file.
   *
   * @return the label, as given to {@link Outputs#add}
   */
  public String label() {
    return label;
  }

  /**
   * The file at fault.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * The problem alone, without label and file, in English.
   *
   * @return the problem
   */
  public String problem() {
    return problem.text(Locale.ROOT);
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
   * The whole line ({@code LABEL FILE: problem}) in a language.
   *
   * @param locale Vietnamese when its language is {@code vi}, else English; null means English
   * @return the line
   * @since 0.1.0
   */
  public String getMessage(Locale locale) {
    return label + " " + file + ": " + problem.text(locale).replace('\n', ' ');
  }
}
