package vn.ocop.catalog;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The grammar of the library's catalogue files (documented for readers in {@code
 * docs/catalogue-format.md}): UTF-8 text, one record per line, {@code kind<TAB>key=value<TAB>…};
 * blank lines and lines starting with {@code #} are ignored. Every kind has a fixed set of required
 * and optional keys; an unknown kind or key is an error. Shared by {@link CatalogueReader} and
 * {@link CatalogueWriter} so the two cannot drift apart.
 */
final class CatalogueFormat {
  private CatalogueFormat() {}

  /** The version written in the {@code catalogue} record; the reader accepts only this one. */
  static final String VERSION = "1";

  static final String CATALOGUE = "catalogue";
  static final String MAXIMUM = "maximum";
  static final String PRODUCT_GROUP = "productgroup";
  static final String SUBGROUP = "subgroup";
  static final String PRODUCT_SET = "productset";
  static final String SCORECARD = "scorecard";
  static final String PART = "part";
  static final String GROUP = "group";
  static final String CRITERION = "criterion";
  static final String OPTION = "option";
  static final String GATE = "gate";
  static final String NOTE = "note";
  static final String DISQUALIFICATION = "disqualification";

  /** The keys of each kind in the order the writer emits them; a leading '?' marks an optional key. */
  private static final Map<String, Keys> KEYS = ImmutableMap.<String, Keys>builder()
      .put(CATALOGUE, Keys.of("instrument", "format", "source"))
      .put(MAXIMUM, Keys.of("part", "points"))
      .put(PRODUCT_GROUP, Keys.of("code", "vi", "en"))
      .put(SUBGROUP, Keys.of("code", "vi", "en"))
      .put(PRODUCT_SET, Keys.of("code", "?group", "?subgroup", "?file", "vi", "en", "?ministry"))
      .put(SCORECARD, Keys.of("set"))
      .put(PART, Keys.of("part", "max", "title"))
      .put(GROUP, Keys.of("code", "max", "?selection", "title"))
      .put(CRITERION, Keys.of("code", "label", "max", "?condition", "?heading", "title"))
      .put(OPTION, Keys.of("code", "points", "text"))
      .put(GATE, Keys.of("stars", "?option", "?criterion"))
      .put(NOTE, Keys.of("text"))
      .put(DISQUALIFICATION, Keys.of("code", "?criterion", "text"))
      .buildOrThrow();

  /** Kinds allowed in a catalogue header (before any scorecard). */
  static final Set<String> HEADER_KINDS = ImmutableSet.of(CATALOGUE, MAXIMUM, PRODUCT_GROUP, SUBGROUP, PRODUCT_SET);

  private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]{0,8}");

  record Keys(List<String> order, Set<String> required) {
    static Keys of(String... spec) {
      List<String> order = new ArrayList<>();
      ImmutableSet.Builder<String> required = ImmutableSet.builder();
      for (String s : spec) {
        boolean optional = s.startsWith("?");
        String key = optional ? s.substring(1) : s;
        order.add(key);
        if (!optional) {
          required.add(key);
        }
      }
      return new Keys(List.copyOf(order), required.build());
    }

    boolean allows(String key) {
      return order.contains(key);
    }
  }

  /** One record of a file: where it stands, its kind and its fields in file order. */
  record Line(String source, int number, String kind, Map<String, String> fields) {
    String get(String key) {
      return fields.get(key);
    }

    boolean has(String key) {
      return fields.containsKey(key);
    }
  }

  /** A problem found while reading, with where it is. */
  record Problem(String source, int line, String entry, String message) {
    String format() {
      return new CatalogueException(source, line, entry, message).getMessage();
    }
  }

  static boolean isKnownKind(String kind) {
    return KEYS.containsKey(kind);
  }

  /**
   * Parses one line of a file. Returns null for a blank or comment line, or when the line cannot
   * be used (unknown kind, missing required key: a problem is added and the caller skips it). A
   * line with an unknown or repeated key is reported and still returned without that key, so that
   * one typo does not cascade into false problems on the lines after it.
   */
  static Line parse(String text, String source, int number, List<Problem> problems) {
    if (text.isBlank() || text.startsWith("#")) {
      return null;
    }
    String[] cells = text.split("\t", -1);
    String kind = cells[0];
    Keys keys = KEYS.get(kind);
    if (keys == null) {
      problems.add(new Problem(source, number, null, "unknown record kind '" + kind + "'; known kinds: "
          + String.join(", ", KEYS.keySet())));
      return null;
    }
    Map<String, String> fields = new LinkedHashMap<>();
    boolean ok = true;
    for (int i = 1; i < cells.length; i++) {
      String cell = cells[i];
      int eq = cell.indexOf('=');
      if (eq <= 0) {
        problems.add(new Problem(source, number, null, "field " + i + " of the " + kind
            + " record is not key=value: '" + cell + "'"));
        ok = false;
        continue;
      }
      String key = cell.substring(0, eq);
      String value = Normalizer.normalize(cell.substring(eq + 1), Normalizer.Form.NFC);
      if (!keys.allows(key)) {
        problems.add(new Problem(source, number, entryOf(cells), "unknown key '" + key + "' in a " + kind
            + " record; allowed: " + String.join(", ", keys.order())));
      } else if (fields.putIfAbsent(key, value) != null) {
        problems.add(new Problem(source, number, entryOf(cells), "key '" + key + "' given twice"));
      }
    }
    for (String key : keys.required()) {
      if (!fields.containsKey(key)) {
        problems.add(new Problem(source, number, entryOf(cells), "the " + kind + " record needs '" + key + "='"));
        ok = false;
      }
    }
    return ok ? new Line(source, number, kind, fields) : null;
  }

  /** The code named on a broken line, for messages, if one can be made out. */
  private static String entryOf(String[] cells) {
    for (int i = 1; i < cells.length; i++) {
      if (cells[i].startsWith("code=")) {
        return cells[i].substring(5);
      }
    }
    return null;
  }

  /**
   * Parses a non-negative whole number as the format writes it (no sign, no leading zeros, no
   * spaces). Returns -1 and adds a problem when it is malformed.
   */
  static int number(Line line, String key, String entry, List<Problem> problems) {
    String text = line.get(key);
    if (text == null || !NUMBER.matcher(text).matches()) {
      problems.add(new Problem(line.source(), line.number(), entry,
          "'" + key + "=" + text + "' is not a whole number of points (0, 1, 2, …)"));
      return -1;
    }
    return Integer.parseInt(text);
  }

  /** Writes one record in canonical key order; values may not hold tabs or line breaks. */
  static String format(String kind, Map<String, String> fields) {
    Keys keys = KEYS.get(kind);
    if (keys == null) {
      throw new IllegalArgumentException("unknown record kind " + kind);
    }
    StringBuilder sb = new StringBuilder(kind);
    for (String key : keys.order()) {
      String value = fields.get(key);
      if (value == null) {
        continue;
      }
      if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a " + kind + " value may not hold a tab or line break: " + key + "=" + value);
      }
      sb.append('\t').append(key).append('=').append(Normalizer.normalize(value, Normalizer.Form.NFC));
    }
    for (String key : fields.keySet()) {
      if (!keys.allows(key)) {
        throw new IllegalArgumentException("unknown key " + key + " for " + kind);
      }
    }
    return sb.toString();
  }

  /** The ASCII form of a criterion label in codes: {@code đ} is written {@code dd}. */
  static String asciiLabel(String label) {
    return label.replace("đ", "dd").toLowerCase(Locale.ROOT);
  }
}
