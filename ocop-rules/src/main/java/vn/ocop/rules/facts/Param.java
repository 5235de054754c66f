package vn.ocop.rules.facts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A pack parameter ({@code param.<key>=<value>} in {@code pack.properties}) after layering: a
 * higher pack replaces a lower pack's value, so exactly one {@code Param} per key reaches the rules.
 * The typed accessors parse the text; a value that does not parse raises an exception naming the key.
 *
 * @param key the key, e.g. {@code band.4}
 * @param value the value as written
 * @param source the pack that set the value, e.g. {@code province/lam-dong@1}, so that a reason can
 *     say whose threshold applied ({@code library default} for the two defaults the library sets)
 */
public record Param(String key, String value, String source) {

  /**
   * Checks the components.
   *
   * @param key the key, e.g. {@code band.4}
   * @param value the value as written
   * @param source the pack that set the value, e.g. {@code province/lam-dong@1}, so that a reason can
   *     say whose threshold applied ({@code library default} for the two defaults the library sets)
   * @throws vn.ocop.NullArgumentException if {@code key}, {@code value} or {@code source} is null
   */
  public Param {
    vn.ocop.NullArgumentException.check(key, "key");
    vn.ocop.NullArgumentException.check(value, "value");
    vn.ocop.NullArgumentException.check(source, "source");
  }

  /**
   * The value as text, trimmed.
   *
   * @return the value without surrounding blanks
   */
  public String text() {
    return value.trim();
  }

  /**
   * The value as a decimal, e.g. {@code 70} or {@code 69.5}.
   *
   * @return the value as a {@code BigDecimal}
   * @throws IllegalArgumentException naming the key if the value is not a decimal number
   */
  public BigDecimal decimal() {
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw bad("a decimal number");
    }
  }

  /**
   * The value as a whole number.
   *
   * @return the value as an {@code int}
   * @throws IllegalArgumentException naming the key if the value is not a whole number
   */
  public int integer() {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw bad("a whole number");
    }
  }

  /**
   * The value as a whole amount (VND), e.g. {@code 30000000}; {@code _} separators are allowed.
   *
   * @return the amount in VND
   * @throws IllegalArgumentException naming the key if the value is not a whole amount
   */
  public long amount() {
    try {
      return Long.parseLong(value.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw bad("a whole amount");
    }
  }

  /**
   * The value as a yes/no flag ({@code true} or {@code false}).
   *
   * @return true or false as written
   * @throws IllegalArgumentException naming the key if the value is neither {@code true} nor {@code false}
   */
  public boolean flag() {
    String t = value.trim();
    if (t.equals("true") || t.equals("false")) {
      return Boolean.parseBoolean(t);
    }
    throw bad("true or false");
  }

  /**
   * The value as a comma-separated list of texts (empty items dropped).
   *
   * @return the trimmed items, unmodifiable; empty for an empty value
   */
  public List<String> list() {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The value as a comma-separated list of whole numbers.
   *
   * @return the items as integers, unmodifiable
   * @throws IllegalArgumentException naming the key if an item is not a whole number
   */
  public List<Integer> integers() {
    try {
      return list().stream().map(Integer::valueOf).toList();
    } catch (NumberFormatException e) {
      throw bad("a comma-separated list of whole numbers");
    }
  }

  private IllegalArgumentException bad(String what) {
    return new IllegalArgumentException("Parameter '" + key + "' should be " + what + ", was '" + value + "'");
  }
}
