package vn.ocop.catalog.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corrections file of the Decision 26/2026/QĐ-TTg import ({@code
 * src/catalogue/decision-26-2026/corrections.txt}): every change the importer makes to what the
 * HTML transcription says, one directive per line, {@code kind<TAB>key=value…}, with the reasoning
 * in {@code #} comments above it and a {@code reason=}. Rows are the rows of a sheet's table as the
 * HTML has them, the header row ("Các tiêu chí | Thang điểm") being row 1. Kinds:
 *
 * <ul>
 *   <li>{@code points set= row= from= to= reason=}: the points cell of the row says {@code from}
 *       (checked; may be empty) and is read as {@code to}.
 *   <li>{@code marks set= row= from= to= reason=}: the star marks at the end of the row's text are
 *       written {@code from} (checked, e.g. {@code * * * *}) and are read as {@code to}.
 *   <li>{@code bullet set= row= from= reason=}: the row is an option whose "□" is written {@code from}.
 *   <li>{@code part-title set= row= from= to= reason=}: in the part heading of the row, the text
 *       {@code from} (checked) is read as {@code to}.
 *   <li>{@code one-case set= group= reason=}: group {@code group} is scored by one of its cases
 *       ({@code Selection.ONE_CASE}); its note must say "Lựa chọn một trong hai trường hợp".
 *   <li>{@code duplicate set= line= reason=}: the {@code line}-th "bị loại" paragraph above the
 *       sheet's table repeats the one before it word for word and is read once.
 *   <li>{@code add-option set= criterion= position= points= text= reason=}: an option the table
 *       does not write is added to the criterion (law numbering, e.g. {@code 3.5}) at the 1-based
 *       position; the reason says why the law implies it.
 * </ul>
 *
 * Every directive must be used by the import; one that matches nothing stops it.
 */
final class Corrections26 {

  enum Kind {
    POINTS("points", Set.of("set", "row", "from", "to", "reason")),
    MARKS("marks", Set.of("set", "row", "from", "to", "reason")),
    BULLET("bullet", Set.of("set", "row", "from", "reason")),
    PART_TITLE("part-title", Set.of("set", "row", "from", "to", "reason")),
    ONE_CASE("one-case", Set.of("set", "group", "reason")),
    DUPLICATE("duplicate", Set.of("set", "line", "reason")),
    ADD_OPTION("add-option", Set.of("set", "criterion", "position", "points", "text", "reason"));

    final String word;
    final Set<String> keys;

    Kind(String word, Set<String> keys) {
      this.word = word;
      this.keys = keys;
    }
  }

  /** One directive, with the line of the corrections file it stands on. */
  record Directive(Kind kind, int set, Map<String, String> fields, int line) {
    String get(String key) {
      return fields.get(key);
    }

    int number(String key) {
      return Integer.parseInt(fields.get(key));
    }

    /** What the directive does, for the comment block of a generated file. */
    String describe() {
      return switch (kind) {
        case POINTS -> "row " + get("row") + ": points '" + get("from") + "' read as " + get("to");
        case MARKS -> "row " + get("row") + ": star marks '" + get("from") + "' read as " + get("to");
        case BULLET -> "row " + get("row") + ": option bullet '" + get("from") + "' read as □";
        case PART_TITLE -> "row " + get("row") + ": part heading '" + get("from") + "' read as '" + get("to") + "'";
        case ONE_CASE -> "group " + get("group") + ": one-case group (Selection.ONE_CASE)";
        case DUPLICATE -> "'bị loại' paragraph " + get("line") + " above the table repeats the one before it; read once";
        case ADD_OPTION -> "criterion " + get("criterion") + ": option " + get("position") + " (" + get("points")
            + " điểm) added: " + get("text");
      };
    }
  }

  private final String source;
  private final List<Directive> all = new ArrayList<>();
  private final Set<Directive> used = new HashSet<>();

  private Corrections26(String source) {
    this.source = source;
  }

  static Corrections26 none() {
    return new Corrections26("(no corrections)");
  }

  /** Parses the corrections file; every problem is an error naming the file and line. */
  static Corrections26 parse(String text, String source) {
    Corrections26 c = new Corrections26(source);
    String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].replace("\r", "");
      int number = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      Kind kind = null;
      for (Kind k : Kind.values()) {
        if (k.word.equals(cells[0])) {
          kind = k;
        }
      }
      if (kind == null) {
        throw new CsvImportException(source, number, null, "unknown correction kind '" + cells[0]
            + "'; known: points, marks, bullet, part-title, one-case, duplicate, add-option (the number is the line of " + source + ")");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int j = 1; j < cells.length; j++) {
        int eq = cells[j].indexOf('=');
        String key = eq <= 0 ? cells[j] : cells[j].substring(0, eq);
        if (eq <= 0 || !kind.keys.contains(key)) {
          throw new CsvImportException(source, number, null, "unknown or malformed field '" + cells[j] + "' in a "
              + kind.word + " correction; its keys are " + kind.keys);
        }
        if (fields.put(key, cells[j].substring(eq + 1)) != null) {
          throw new CsvImportException(source, number, null, "key '" + key + "' given twice");
        }
      }
      for (String key : kind.keys) {
        if (!fields.containsKey(key)) {
          throw new CsvImportException(source, number, null, "a " + kind.word + " correction needs '" + key + "='");
        }
      }
      if (fields.get("reason").isBlank()) {
        throw new CsvImportException(source, number, null, "a correction says why: reason= may not be empty");
      }
      for (String key : List.of("set", "row", "group", "line", "position", "points")) {
        if (fields.containsKey(key) && !fields.get(key).matches("0|[1-9][0-9]*")) {
          throw new CsvImportException(source, number, null, key + "=" + fields.get(key) + " is not a number");
        }
      }
      if (kind == Kind.POINTS && !fields.get("to").matches("0|[1-9][0-9]*")) {
        throw new CsvImportException(source, number, null, "to=" + fields.get("to") + " is not a number of points");
      }
      if (kind == Kind.MARKS && !fields.get("to").matches("\\*{3,5}")) {
        throw new CsvImportException(source, number, null, "to=" + fields.get("to") + " is not a star mark (***, ****, *****)");
      }
      Directive d = new Directive(kind, Integer.parseInt(fields.get("set")), Map.copyOf(fields), number);
      for (Directive other : c.all) {
        if (other.kind() == kind && other.set() == d.set() && sameTarget(other, d)) {
          throw new CsvImportException(source, number, null, "a second " + kind.word + " correction for the same "
              + "place of set " + d.set() + " (first on line " + other.line() + ")");
        }
      }
      c.all.add(d);
    }
    return c;
  }

  private static boolean sameTarget(Directive a, Directive b) {
    for (String key : List.of("row", "group", "line", "criterion")) {
      if (a.fields().containsKey(key) && a.get(key).equals(b.get(key))) {
        return !a.fields().containsKey("position") || a.get("position").equals(b.get("position"));
      }
    }
    return false;
  }

  /** The directive of a kind for a set whose {@code key} is {@code value}, if any; marks it used. */
  Directive find(Kind kind, int set, String key, String value) {
    for (Directive d : all) {
      if (d.kind() == kind && d.set() == set && value.equals(d.get(key))) {
        used.add(d);
        return d;
      }
    }
    return null;
  }

  /** Every directive of a kind for a set, in the order of the corrections file; marks none used. */
  List<Directive> all(Kind kind, int set) {
    return all.stream().filter(d -> d.kind() == kind && d.set() == set).toList();
  }

  /** Marks a directive used. */
  void use(Directive d) {
    used.add(d);
  }

  /** The directives used for a set, in the order of the rows they touch. */
  List<Directive> usedFor(int set) {
    return all.stream().filter(d -> d.set() == set && used.contains(d))
        .sorted(Comparator.comparingInt(Directive::line)).toList();
  }

  /** Throws if a directive for one of {@code sets} was not used (it matched nothing). */
  void checkAllUsed(java.util.Collection<Integer> sets) {
    for (Directive d : all) {
      if (sets.contains(d.set()) && !used.contains(d)) {
        throw new CsvImportException(source, d.line(), null, "the " + d.kind().word + " correction for set "
            + String.format("%02d", d.set()) + " (" + d.describe() + ") matched nothing it could apply to");
      }
    }
  }

  /** Throws if a directive names a set that is not in {@code sets}. */
  void checkSetsExist(java.util.Collection<Integer> sets) {
    for (Directive d : all) {
      if (!sets.contains(d.set())) {
        throw new CsvImportException(source, d.line(), null, "correction for unknown product set " + d.set());
      }
    }
  }
}
