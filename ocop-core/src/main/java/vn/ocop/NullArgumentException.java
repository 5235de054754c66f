package vn.ocop;

/**
 * A null given where the library needs a value: to a builder ({@code Round.builder().province(null)}),
 * to a reader ({@code RoundFiles.read(null)}) or to the rule books ({@code RuleBooks.forProvince(null,
 * date)}). The message names the argument or attribute, so that the library's entry points never
 * throw a bare {@link NullPointerException}. An {@link IllegalArgumentException}, like every other
 * bad-input exception of the library.
 *
 * @since 0.1.0
 */
public final class NullArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String argument;

  /**
   * Creates the exception for an argument or attribute. (This is the constructor the generated
   * builders call, with the attribute's name.)
   *
   * @param argument the name of the argument or attribute that is null ({@code province})
   */
  public NullArgumentException(String argument) {
    super(argument + " is null: give a value / '" + argument + "' không được để trống (null)");
    this.argument = argument;
  }

  /**
   * The argument or attribute that was null.
   *
   * @return its name
   */
  public String argument() {
    return argument;
  }

  /**
   * Returns {@code value}, or throws naming {@code argument} if it is null.
   *
   * @param <T> the value's type
   * @param value the value to check
   * @param argument the argument's name, for the message
   * @return {@code value}
   * @throws NullArgumentException if {@code value} is null
   */
  public static <T> T check(T value, String argument) {
    if (value == null) {
      throw new NullArgumentException(argument);
    }
    return value;
  }
}
