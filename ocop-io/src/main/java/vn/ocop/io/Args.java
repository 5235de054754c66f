package vn.ocop.io;

/** Argument checks of the public entry points: a null argument is named, never a bare NPE. */
final class Args {
  private Args() {}

  /**
   * Returns {@code value}, or throws naming {@code name} if it is null.
   *
   * @throws IllegalArgumentException "NAME is null; …"
   */
  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is null; give a value / thiếu giá trị '" + name + "'");
    }
    return value;
  }
}
