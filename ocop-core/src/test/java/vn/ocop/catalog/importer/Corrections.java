package vn.ocop.catalog.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corrections file: every change the importer makes to the third-party CSVs, one directive per
 * line, {@code kind<TAB>key=value…}, with the reasoning in {@code #} comments and a {@code reason=}.
 * Kinds:
 *
 * <ul>
 *   <li>{@code score file= row= from= to= reason=}: the score cell of a row holds {@code from}
 *       (checked) and is read as {@code to}.
 *   <li>{@code one-case file= row= reason=}: the level-1 row is a group where the council scores one
 *       of its cases ({@code Selection.ONE_CASE}); its note must say "Lựa chọn một trong hai trường hợp".
 *   <li>{@code heading file= row= reason=}: the level-2 row is not a criterion but the heading of
 *       the {@code - name} sub-criteria rows that follow it; their maxima must sum to its score.
 *   <li>{@code subcriterion file= row= heading= reason=}: the level-2 row {@code x) <heading> - <name>}
 *       is sub-criterion {@code name} under {@code heading}.
 *   <li>{@code label file= row= from= to= reason=}: the level-2 row's letter is {@code from}
 *       (checked) and is read as {@code to}.
 *   <li>{@code add-option file= row= points= text= reason=}: an option the table does not write is
 *       added after the last option of the criterion whose row is {@code row} (for a group that is its
 *       own criterion, the row of its first option), so that the codes of the table's options do not
 *       change; the reason says why the law implies it (e.g. a 0-point "none" option).
 * </ul>
 *
 * Every directive must be used by the import; one that matches nothing is an error.
 */
final class Corrections {

  enum Kind {
    SCORE("score", Set.of("file", "row", "from", "to", "reason")),
    ONE_CASE("one-case", Set.of("file", "row", "reason")),
    HEADING("heading", Set.of("file", "row", "reason")),
    SUBCRITERION("subcriterion", Set.of("file", "row", "heading", "reason")),
    LABEL("label", Set.of("file", "row", "from", "to", "reason")),
    ADD_OPTION("add-option", Set.of("file", "row", "points", "text", "reason"));

    final String word;
    final Set<String> keys;

    Kind(String word, Set<String> keys) {
      this.word = word;
      this.keys = keys;
    }
  }

  /** One directive, with the line of the corrections file it stands on. */
  record Directive(Kind kind, String file, int row, Map<String, String> fields, int line) {
    String get(String key) {
      return fields.get(key);
    }

    String describe() {
      return switch (kind) {
        case SCORE -> "score '" + get("from") + "' read as " + get("to");
        case ONE_CASE -> "one-case group (Selection.ONE_CASE)";
        case HEADING -> "heading of the '- name' sub-criteria below it";
        case SUBCRITERION -> "sub-criterion under heading '" + get("heading") + "'";
        case LABEL -> "criterion letter " + get("from") + ") read as " + get("to") + ")";
        case ADD_OPTION -> "option added at the end of the criterion (" + get("points") + " điểm): " + get("text");
      };
    }
  }

  private final String source;
  private final Map<String, Map<Integer, List<Directive>>> byFileAndRow = new HashMap<>();
  private final List<Directive> all = new ArrayList<>();
  private final java.util.Set<Directive> used = new java.util.HashSet<>();

  private Corrections(String source) {
    this.source = source;
  }

  static Corrections none() {
    return new Corrections("(no corrections)");
  }

  /** Parses the corrections file; every problem is an error naming the file and line. */
  static Corrections parse(String text, String source) {
    Corrections c = new Corrections(source);
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
            + "'; known: score, one-case, heading, subcriterion, label, add-option (the number is the line of " + source + ")");
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
      int row;
      try {
        row = Integer.parseInt(fields.get("row"));
      } catch (NumberFormatException e) {
        throw new CsvImportException(source, number, null, "row=" + fields.get("row") + " is not a row number");
      }
      if (kind == Kind.LABEL && !fields.get("to").matches("[a-zđ]")) {
        throw new CsvImportException(source, number, null, "to=" + fields.get("to") + " is not a criterion letter");
      }
      if (kind == Kind.ADD_OPTION && !fields.get("points").matches("0|[1-9][0-9]*")) {
        throw new CsvImportException(source, number, null, "points=" + fields.get("points") + " is not a number of points");
      }
      if (kind == Kind.SCORE && !fields.get("to").matches("0|[1-9][0-9]*")) {
        throw new CsvImportException(source, number, null, "to=" + fields.get("to") + " is not a number of points");
      }
      Directive d = new Directive(kind, fields.get("file"), row, Map.copyOf(fields), number);
      List<Directive> atRow = c.byFileAndRow.computeIfAbsent(d.file(), f -> new HashMap<>())
          .computeIfAbsent(row, r -> new ArrayList<>());
      for (Directive other : atRow) {
        if (other.kind() == kind) {
          throw new CsvImportException(source, number, null, "a second " + kind.word + " correction for "
              + d.file() + " row " + row + " (first on line " + other.line() + ")");
        }
      }
      atRow.add(d);
      c.all.add(d);
    }
    return c;
  }

  /** The directive of a kind for a file and row, if any; marks it used. */
  Directive find(Kind kind, String file, int row) {
    for (Directive d : byFileAndRow.getOrDefault(file, Map.of()).getOrDefault(row, List.of())) {
      if (d.kind() == kind) {
        used.add(d);
        return d;
      }
    }
    return null;
  }

  /** Every directive for a file, by row, then in the order of the corrections file. */
  List<Directive> forFile(String file) {
    return all.stream().filter(d -> d.file().equals(file))
        .sorted(java.util.Comparator.comparingInt(Directive::row).thenComparingInt(Directive::line)).toList();
  }

  /** Throws if a directive for one of {@code files} was not used (it matched no row of the right kind). */
  void checkAllUsed(java.util.Collection<String> files) {
    for (Directive d : all) {
      if (files.contains(d.file()) && !used.contains(d)) {
        throw new CsvImportException(source, d.line(), null, "the " + d.kind().word + " correction for "
            + d.file() + " row " + d.row() + " matched no row it could apply to");
      }
    }
  }

  /** Throws if a directive names a file not in {@code files}. */
  void checkFilesExist(java.util.Collection<String> files) {
    for (Directive d : all) {
      if (!files.contains(d.file())) {
        throw new CsvImportException(source, d.line(), null, "correction for unknown file " + d.file());
      }
    }
  }
}
