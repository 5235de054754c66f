package vn.ocop.rules.facts;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
      return cached(DECIMALS, value, v -> new BigDecimal(v.trim()));
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
    return cached(LISTS, value, v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
  }

  /*
   * What the parameter values read lately parse to, so that a rule that reads a list or a decimal for
   * every product (a "from" over the dossier items, a "memberOf", a band threshold) does not parse the
   * text each time. Keyed by the value's text; the results are immutable. At most CACHED values per
   * kind, which covers every parameter of any book; a value that does not parse is never cached.
   */
  private static final int CACHED = 512;
  private static final Map<String, List<String>> LISTS = new ConcurrentHashMap<>();
  private static final Map<String, List<Integer>> INTEGERS = new ConcurrentHashMap<>();
  private static final Map<String, BigDecimal> DECIMALS = new ConcurrentHashMap<>();

  private static <T> T cached(Map<String, T> cache, String value, Function<String, T> parse) {
    T parsed = cache.get(value);
    if (parsed == null) {
      parsed = parse.apply(value);
      if (cache.size() >= CACHED) {
        cache.clear();
      }
      cache.put(value, parsed);
    }
    return parsed;
  }

  /**
   * The value as a comma-separated list of whole numbers.
   *
   * @return the items as integers, unmodifiable
   * @throws IllegalArgumentException naming the key if an item is not a whole number
   */
  public List<Integer> integers() {
    try {
      return cached(INTEGERS, value, v -> list().stream().map(Integer::valueOf).toList());
    } catch (NumberFormatException e) {
      throw bad("a comma-separated list of whole numbers");
    }
  }

  private IllegalArgumentException bad(String what) {
    return new IllegalArgumentException("Parameter '" + key + "' should be " + what + ", was '" + value + "'");
  }
}
