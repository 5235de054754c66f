package vn.ocop.cli;

/**
 * A mistake of the user's (a bad argument, a round no pack covers, a product not in the round): the
 * CLI prints its message on one line and exits with status 2, without a stack trace unless
 * {@code --debug} is given.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
