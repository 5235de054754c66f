package vn.ocop.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A problem in words, in Vietnamese or English: a stable key of the message catalogue and its
 * arguments. The catalogue is {@code vn/ocop/io/Messages.properties} (English) and
 * {@code Messages_vi.properties} (Vietnamese), read as UTF-8 whatever the platform's default charset
 * (see {@code docs/messages.md}). A template writes its arguments as {@code {0}}, {@code {1}}…; they
 * are put in as they are (no {@link java.text.MessageFormat} quoting or number grouping), and an
 * argument that is itself a {@code Message} is put in in the same language.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Message {
  /** The key of a text that is not in the catalogue, shown as it is in both languages. */
  public static final String TEXT = "text";

  /** The catalogue of ocop-io's own messages. */
  static final String IO = "vn/ocop/io/Messages";

  private static final Map<String, Map<String, Properties>> CATALOGUES = new ConcurrentHashMap<>();

  private final String catalogue;
  private final String key;
  private final List<Object> args;

  private Message(String catalogue, String key, List<Object> args) {
    this.catalogue = catalogue;
    this.key = key;
    this.args = args;
  }

  /**
   * A message of the catalogue.
   *
   * @param key the key; not null, and in the catalogue
   * @param args the arguments, each a {@code Message} or a value shown as {@link String#valueOf}
   * @return the message
   * @throws IllegalArgumentException if {@code key} is null or not in the catalogue
   */
  public static Message of(String key, Object... args) {
    return in(IO, key, args);
  }

  /**
   * A message of another catalogue: a host's or the command's own, a pair of resources
   * {@code CATALOGUE.properties} (English, every key) and {@code CATALOGUE_vi.properties}
   * (Vietnamese) on the class path of ocop-io, in UTF-8.
   *
   * @param catalogue the resource name without {@code .properties}, e.g. {@code vn/ocop/cli/Messages}; not null
   * @param key the key; not null, and in the catalogue
   * @param args the arguments, each a {@code Message} or a value shown as {@link String#valueOf}
   * @return the message
   * @throws IllegalArgumentException if an argument is null, the catalogue is missing, or the key is not in it
   */
  public static Message in(String catalogue, String key, Object... args) {
    vn.ocop.NullArgumentException.check(catalogue, "catalogue");
    vn.ocop.NullArgumentException.check(key, "key");
    if (!bundle(catalogue, "en").containsKey(key)) {
      throw new IllegalArgumentException("no message '" + key + "' in the catalogue " + catalogue + ".properties");
    }
    Object[] copy = args == null ? new Object[] {null} : args.clone();
    for (int i = 0; i < copy.length; i++) {
      if (!(copy[i] instanceof Message)) {
        copy[i] = String.valueOf(copy[i]);
      }
    }
    return new Message(catalogue, key, Collections.unmodifiableList(Arrays.asList(copy)));
  }

  /**
   * A text from outside the catalogue (a host's own words), shown as it is in every language.
   *
   * @param text the text; not null
   * @return the message
   */
  public static Message text(String text) {
    return new Message(IO, TEXT, List.of(vn.ocop.NullArgumentException.check(text, "text")));
  }

  /**
   * The message of an exception of ocop-core or ocop-rules (a round, scoring, place or budget
   * problem) in the catalogue: a text the catalogue recognises gets its key and arguments, and
   * gives back the same English; any other text keeps its English words, behind a Vietnamese lead
   * in Vietnamese (key {@code core.untranslated}).
   *
   * @param text the exception's message; not null
   * @return the message
   * @since 0.1.0
   */
  public static Message describe(String text) {
    return CoreMessages.of(vn.ocop.NullArgumentException.check(text, "text"));
  }

  /**
   * The key of this message in the catalogue.
   *
   * @return the key, e.g. {@code file.not-utf8}
   */
  public String key() {
    return key;
  }

  /**
   * The arguments, in the order of the template's {@code {0}}, {@code {1}}…
   *
   * @return unmodifiable list of strings and {@code Message}s
   */
  public List<Object> args() {
    return args;
  }

  /**
   * The message in a language: Vietnamese when {@code locale}'s language is {@code vi}, English
   * otherwise.
   *
   * @param locale the language; null means English
   * @return the text, on one line
   */
  public String text(Locale locale) {
    String template = template(catalogue, key, locale);
    StringBuilder sb = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(template.substring(i + 1, close));
        if (n < args.size()) {
          Object a = args.get(n);
          sb.append(a instanceof Message m ? m.text(locale) : (String) a);
          i = close;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The message in English. */
  @Override
  public String toString() {
    return text(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m && m.catalogue.equals(catalogue) && m.key.equals(key) && m.args.equals(args);
  }

  @Override
  public int hashCode() {
    return Objects.hash(catalogue, key, args);
  }

  /** The template of {@code key} in {@code locale}'s language, English when Vietnamese lacks it. */
  static String template(String catalogue, String key, Locale locale) {
    if (TEXT.equals(key) && IO.equals(catalogue)) {
      return "{0}";
    }
    Properties p = bundle(catalogue, locale != null && "vi".equals(locale.getLanguage()) ? "vi" : "en");
    String t = p.getProperty(key);
    return t != null ? t : bundle(catalogue, "en").getProperty(key, key);
  }

  /**
   * The keys and templates of a catalogue in a language, for tests that check a catalogue is complete.
   *
   * @param catalogue the resource name without {@code .properties}; not null
   * @param language {@code en} or {@code vi}
   * @return key to template, sorted by key
   * @since 0.1.0
   */
  public static Map<String, String> templates(String catalogue, String language) {
    Properties p = bundle(vn.ocop.NullArgumentException.check(catalogue, "catalogue"), language);
    Map<String, String> out = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
    return out;
  }

  private static Properties bundle(String catalogue, String language) {
    return CATALOGUES.computeIfAbsent(catalogue, c -> Map.of("en", load(c + ".properties"), "vi", load(c + "_vi.properties")))
        .get(language);
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    ClassLoader loader = Message.class.getClassLoader();
    try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(name) : loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("the message catalogue " + name + " is not on the class path");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) { // never the platform's charset
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
