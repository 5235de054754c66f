package vn.ocop.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A national pack's authority table (docs/rules.md, "Authority table"): who certifies, who forwards
 * and who turns a product down at each council level, declared in the manifest as rows {@code
 * authority.<n>.level}, {@code .stars}, {@code .action}, {@code .id}, {@code .vi}, {@code .en} and
 * turned into trusted DRL, one rule per row, in row order. Every value enters the DRL as a string
 * literal or as one of a fixed set of expressions (a level, a star comparison, a placeholder), so a
 * manifest read from a directory cannot inject code through its table.
 */
final class AuthorityTable {

  /** The prefix of the table's manifest keys. */
  static final String PREFIX = "authority.";

  static final List<String> FIELDS = List.of("level", "stars", "action", "id", "vi", "en");
  static final List<String> LEVELS = List.of("DISTRICT", "PROVINCE", "CENTRAL");
  /** The level of a row that applies at every level. */
  static final String ANY = "any";

  private static final Pattern KEY = Pattern.compile("authority\\.([1-9][0-9]{0,2})\\.([a-z]+)");
  private static final Pattern STARS = Pattern.compile("([1-5])(?:-([1-5]))?|<([2-5])");
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  private static final Set<String> PLACEHOLDERS = Set.of("stars", "band.2", "band.3", "band.4", "band.5");

  private AuthorityTable() {}

  /** Whether {@code key} is a key of the table. */
  static boolean isKey(String key) {
    return key.startsWith(PREFIX);
  }

  /** One row, checked. */
  record Row(int n, int line, String level, int lo, int hi, String action, String target, String id, String vi, String en) {}

  /**
   * The rows of the table, in row order; adds a problem on the line at fault for an unknown field or
   * level, a bad star range or action, a missing field, a bad or repeated id, overlapping rows at one
   * level, or an unknown placeholder.
   */
  static List<Row> rows(String manifestFile, Map<String, String> values, Map<String, Integer> lines, List<Problem> problems) {
    Map<Integer, Map<String, String>> byRow = new TreeMap<>();
    Map<Integer, Integer> firstLine = new TreeMap<>();
    for (var e : values.entrySet()) {
      if (!isKey(e.getKey())) {
        continue;
      }
      int line = lines.get(e.getKey());
      Matcher m = KEY.matcher(e.getKey());
      if (!m.matches() || !FIELDS.contains(m.group(2))) {
        problems.add(new Problem(manifestFile, line, "unknown authority key '" + e.getKey() + "'; a row is authority.<n>."
            + String.join("|", FIELDS) + " with n from 1"));
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      byRow.computeIfAbsent(n, k -> new TreeMap<>()).put(m.group(2), e.getValue());
      firstLine.merge(n, line, Math::min);
    }
    List<Row> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (var e : byRow.entrySet()) {
      int n = e.getKey();
      Map<String, String> f = e.getValue();
      int at = firstLine.get(n);
      List<String> missing = FIELDS.stream().filter(k -> !f.containsKey(k) || f.get(k).isBlank()).toList();
      if (!missing.isEmpty()) {
        problems.add(new Problem(manifestFile, at, "authority row " + n + " misses " + String.join(", ", missing.stream()
            .map(k -> PREFIX + n + "." + k).toList())));
        continue;
      }
      boolean ok = true;
      String level = f.get("level");
      if (!LEVELS.contains(level) && !level.equals(ANY)) {
        problems.add(new Problem(manifestFile, lines.get(PREFIX + n + ".level"), "unknown level '" + level + "' in authority row "
            + n + "; the levels are " + String.join(", ", LEVELS) + " and " + ANY));
        ok = false;
      }
      Matcher s = STARS.matcher(f.get("stars"));
      int lo = 0;
      int hi = 0;
      if (!s.matches()) {
        problems.add(new Problem(manifestFile, lines.get(PREFIX + n + ".stars"), "bad star range '" + f.get("stars")
            + "' in authority row " + n + "; write 3, 3-4 or <3"));
        ok = false;
      } else if (s.group(3) != null) {
        lo = 1;
        hi = Integer.parseInt(s.group(3)) - 1;
      } else {
        lo = Integer.parseInt(s.group(1));
        hi = s.group(2) == null ? lo : Integer.parseInt(s.group(2));
        if (hi < lo) {
          problems.add(new Problem(manifestFile, lines.get(PREFIX + n + ".stars"), "bad star range '" + f.get("stars")
              + "' in authority row " + n + ": " + hi + " is below " + lo));
          ok = false;
        }
      }
      String[] act = f.get("action").split("\\s+");
      String action = act[0];
      String target = null;
      if ((action.equals("certify") || action.equals("not-achieved")) && act.length == 1) {
        // fine
      } else if (action.equals("forward") && act.length == 2 && LEVELS.contains(act[1])
          && LEVELS.indexOf(act[1]) > LEVELS.indexOf(level)) {
        target = act[1];
      } else {
        problems.add(new Problem(manifestFile, lines.get(PREFIX + n + ".action"), "bad action '" + f.get("action")
            + "' in authority row " + n + "; write certify, not-achieved or forward LEVEL with a level above the row's"));
        ok = false;
      }
      String id = f.get("id");
      if (!ID.matcher(id).matches()) {
        problems.add(new Problem(manifestFile, lines.get(PREFIX + n + ".id"), "bad rule id suffix '" + id + "' in authority row "
            + n + "; lowercase ASCII words with - and ."));
        ok = false;
      } else if (ids.contains(id)) {
        problems.add(new Problem(manifestFile, lines.get(PREFIX + n + ".id"), "authority rule id '" + id + "' is used twice"));
        ok = false;
      }
      ids.add(id);
      for (String lang : List.of("vi", "en")) {
        Matcher p = PLACEHOLDER.matcher(f.get(lang));
        String rest = PLACEHOLDER.matcher(f.get(lang)).replaceAll("");
        while (p.find()) {
          if (!PLACEHOLDERS.contains(p.group(1))) {
            problems.add(new Problem(manifestFile, lines.get(PREFIX + n + "." + lang), "unknown placeholder '{" + p.group(1)
                + "}' in authority row " + n + "; the placeholders are {stars}, {band.2} … {band.5}"));
            ok = false;
          }
        }
        if (f.get(lang).contains("\\")) {
          // a backslash could start a Java unicode escape in the generated consequence; the rule sandbox refuses those
          problems.add(new Problem(manifestFile, lines.get(PREFIX + n + "." + lang), "a backslash in authority row " + n
              + "; a message is plain text"));
          ok = false;
        }
        if (rest.contains("{") || rest.contains("}")) {
          problems.add(new Problem(manifestFile, lines.get(PREFIX + n + "." + lang), "unbalanced brace in authority row " + n
              + "; a placeholder reads {stars} or {band.4}"));
          ok = false;
        }
      }
      if (ok) {
        for (Row r : rows) {
          boolean sameLevel = r.level().equals(level) || r.level().equals(ANY) || level.equals(ANY);
          if (sameLevel && r.lo() <= hi && lo <= r.hi()) {
            problems.add(new Problem(manifestFile, lines.get(PREFIX + n + ".stars"), "authority row " + n + " (" + level + ", "
                + f.get("stars") + ") overlaps row " + r.n() + " (" + r.level() + ") on line " + r.line()));
            ok = false;
          }
        }
      }
      if (ok) {
        rows.add(new Row(n, at, level, lo, hi, action, target, id, f.get("vi"), f.get("en")));
      }
    }
    return rows;
  }

  /**
   * The rules of the table, one per row, for the DRL header {@code header} (package and imports);
   * ids read {@code <instrument>.authority.<id>} and every rule cites {@code legal}, already a DRL
   * string literal's content.
   */
  static String drl(String header, String instrument, String legal, List<Row> rows) {
    StringBuilder out = new StringBuilder(header);
    for (Row r : rows) {
      String ruleId = instrument + ".authority." + r.id();
      out.append("\nrule \"").append(ruleId).append("\"\n")
          .append("  @id(\"").append(ruleId).append("\")\n")
          .append("  @legal(\"").append(legal).append("\")\n")
          .append("  salience 50\nwhen\n");
      List<String> bands = new ArrayList<>();
      for (String t : List.of(r.vi(), r.en())) {
        Matcher p = PLACEHOLDER.matcher(t);
        while (p.find()) {
          if (p.group(1).startsWith("band.") && !bands.contains(p.group(1))) {
            bands.add(p.group(1));
          }
        }
      }
      // A row of one level: the product's stars and the product first, in the same words in every such row,
      // so that the engine makes one join of STARS findings with candidates for all of them (a product's
      // facts never enter the joins of the rows of the other levels); the level and the star range are then
      // tested against the one RoundFact (docs/performance.md, "The rule engine's joins"). A row of any level
      // tests the stars on the finding.
      // the row's star range as tests ("== 4", or ">= 3", "<= 4"), none for 1–5
      List<String> stars = new ArrayList<>(2);
      if (r.lo() == r.hi()) {
        stars.add("== " + r.lo());
      } else {
        if (r.lo() > 1) {
          stars.add(">= " + r.lo());
        }
        if (r.hi() < 5) {
          stars.add("<= " + r.hi());
        }
      }
      if (r.level().equals(ANY)) {
        out.append("  Finding(kind == FindingKind.STARS, $id : productId, $s : stars");
        stars.forEach(x -> out.append(", stars ").append(x));
        out.append(")\n  $c : Candidate(productId == $id)\n");
      } else {
        out.append("  Finding(kind == FindingKind.STARS, $id : productId, $s : stars)\n")
            .append("  $c : Candidate(productId == $id)\n")
            .append("  RoundFact(level == \"").append(r.level()).append("\"");
        stars.forEach(x -> out.append(", $s ").append(x));
        out.append(")\n");
      }
      for (String b : bands) {
        out.append("  Param(key == \"").append(b).append("\", ").append(var(b)).append(" : decimal)\n");
      }
      out.append("then\n");
      String call = switch (r.action()) {
        case "certify" -> "Finding.certify(drools, $c, $s,";
        case "not-achieved" -> "Finding.notAchieved(drools, $c, $s,";
        default -> "Finding.forward(drools, $c, \"" + r.target() + "\", $s,";
      };
      out.append("  insert(").append(call).append("\n      ").append(expression(r.vi(), true)).append(",\n      ")
          .append(expression(r.en(), false)).append("));\nend\n");
    }
    return out.toString();
  }

  private static String var(String band) {
    return "$band" + band.substring("band.".length());
  }

  /** A message template as a Java string expression: literals escaped, placeholders as expressions. */
  static String expression(String template, boolean vi) {
    List<String> parts = new ArrayList<>();
    Matcher p = PLACEHOLDER.matcher(template);
    int from = 0;
    while (p.find()) {
      if (p.start() > from) {
        parts.add(literal(template.substring(from, p.start())));
      }
      String name = p.group(1);
      parts.add(name.equals("stars") ? "$s" : vi ? "Finding.vi(" + var(name) + ")" : var(name));
      from = p.end();
    }
    if (from < template.length()) {
      parts.add(literal(template.substring(from)));
    }
    if (parts.isEmpty() || !parts.get(0).startsWith("\"")) {
      parts.add(0, "\"\"");
    }
    return String.join(" + ", parts);
  }

  /** A DRL/Java string literal holding exactly {@code s}, as the shared band rules write their citations. */
  static String literal(String s) {
    return "\"" + SharedRules.drlString(s) + "\"";
  }
}
