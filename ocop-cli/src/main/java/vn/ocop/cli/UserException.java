package vn.ocop.cli;

import vn.ocop.io.Message;

/**
 * A mistake of the user's (a bad argument, a round no pack covers, a product not in the round): the
 * CLI prints its message on one line, in the language of {@code --lang}, and exits with status 2,
 * without a stack trace unless {@code --debug} is given. The message is a key of the command's
 * catalogue {@code vn/ocop/cli/Messages.properties} (and {@code Messages_vi.properties}) with its
 * arguments; {@link #getMessage()} is English.
 */
public final class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The command's message catalogue. */
  static final String CATALOGUE = "vn/ocop/cli/Messages";

  private final transient Message message;

  UserException(Message message, Throwable cause) {
    super(message.toString(), cause);
    this.message = message;
  }

  /** A problem of the command's catalogue. */
  static UserException of(String key, Object... args) {
    return new UserException(Message.in(CATALOGUE, key, args), null);
  }

  /** A problem of the command's catalogue, with its cause. */
  static UserException withCause(Throwable cause, String key, Object... args) {
    return new UserException(Message.in(CATALOGUE, key, args), cause);
  }

  /** A message of the command's catalogue. */
  static Message message(String key, Object... args) {
    return Message.in(CATALOGUE, key, args);
  }

  /**
   * The problem as a message of the catalogue.
   *
   * @return the message
   */
  public Message message() {
    return message;
  }
}
