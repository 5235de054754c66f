package vn.ocop.io;

/** Argument checks of the public entry points: a null argument is named, never a bare NPE. */
final class Args {
  private Args() {}

  /**
   * Returns {@code value}, or throws naming {@code name} if it is null.
   *
   * @throws vn.ocop.NullArgumentException naming {@code name}
   */
  static <T> T notNull(T value, String name) {
    return vn.ocop.NullArgumentException.check(value, name);
  }
}
