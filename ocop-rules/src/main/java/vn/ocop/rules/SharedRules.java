package vn.ocop.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.rules.facts.Finding;

/**
 * The trusted rules the national packs share ({@code vn/ocop/rules/national/*.drl}), instantiated per
 * instrument from its manifest: {@code shared=bands, gates, eligibility} switches the sets on, and
 * every rule of a set cites the law through a {@code cite.<name>} key of the manifest, so that rule ids
 * ({@code 148.band.4}), packages and {@code @legal} metadata stay those of the instrument while the
 * rules are written once. The band set is one rule over the band table ({@code band.2} … {@code
 * band.5}), expanded into one rule per band; the authority set is one rule per row of the manifest's
 * authority table ({@link AuthorityTable}). Values are put into the DRL as string literals only, so a
 * national pack read from a directory (by explicit opt-in) cannot inject code through its manifest.
 */
final class SharedRules {

  static final String DIR = "vn/ocop/rules/national/";

  /** The manifest key listing the shared sets a national pack uses. */
  static final String SHARED = "shared";
  /** The manifest key choosing the band messages' wording. */
  static final String BAND_WORDING = "band.wording";
  /** The prefix of the manifest keys citing the law of a shared rule. */
  static final String CITE = "cite.";

  /** Each shared set and the {@code cite.} keys its rules need, in the order of the doc table. */
  static final Map<String, List<String>> SETS = new LinkedHashMap<>();

  static {
    SETS.put("bands", List.of("bands"));
    SETS.put("gates", List.of("gates", "stars"));
    SETS.put("eligibility", List.of("eligibility.kind", "eligibility.registration", "dossier.required", "dossier.samples",
        "dossier.food-safety", "unscored"));
    SETS.put("authority", List.of("authority"));
  }

  private SharedRules() {}

  /** Whether {@code key} is a manifest key of the shared rules. */
  static boolean isKey(String key) {
    return key.equals(SHARED) || key.equals(BAND_WORDING) || key.startsWith(CITE) || AuthorityTable.isKey(key);
  }

  /**
   * The shared rules a national pack's manifest asks for, instantiated for its instrument; adds a
   * problem on the manifest's line for an unknown set, a missing or unused citation, or a wording
   * that is not one of the two.
   */
  static List<RulePack.Source> sources(String manifestFile, String id, boolean national, String instrument,
      Map<String, String> values, Map<String, Integer> lines, List<Problem> problems) {
    List<String> sets = new ArrayList<>();
    if (values.containsKey(SHARED)) {
      for (String s : values.get(SHARED).split(",")) {
        String name = s.strip();
        if (name.isEmpty()) {
          continue;
        }
        if (!SETS.containsKey(name)) {
          problems.add(new Problem(manifestFile, lines.get(SHARED), "unknown shared rule set '" + name + "'; the sets are "
              + String.join(", ", SETS.keySet())));
        } else if (sets.contains(name)) {
          problems.add(new Problem(manifestFile, lines.get(SHARED), "shared rule set '" + name + "' is listed twice"));
        } else {
          sets.add(name);
        }
      }
    }
    boolean any = values.keySet().stream().anyMatch(SharedRules::isKey);
    if (any && !national) {
      values.keySet().stream().filter(SharedRules::isKey).forEach(k -> problems.add(new Problem(manifestFile, lines.get(k),
          "'" + k + "' is a key of national packs (the shared national rules); a province pack sets parameters")));
      return List.of();
    }
    List<String> needed = sets.stream().flatMap(s -> SETS.get(s).stream()).toList();
    for (String key : values.keySet()) {
      if (key.startsWith(CITE)) {
        String cite = key.substring(CITE.length());
        if (!needed.contains(cite)) {
          String owner = SETS.entrySet().stream().filter(e -> e.getValue().contains(cite)).map(Map.Entry::getKey)
              .findFirst().orElse(null);
          problems.add(new Problem(manifestFile, lines.get(key), owner == null
              ? "unknown citation '" + key + "'; the citations are " + String.join(", ", SETS.values().stream()
                  .flatMap(List::stream).map(c -> CITE + c).toList())
              : "'" + key + "' cites a rule of the shared set '" + owner + "', which " + SHARED + " does not list"));
        } else if (values.get(key).isBlank()) {
          problems.add(new Problem(manifestFile, lines.get(key), "'" + key + "' is empty; every rule cites its law"));
        }
      }
    }
    for (String set : sets) {
      for (String cite : SETS.get(set)) {
        if (!values.containsKey(CITE + cite)) {
          problems.add(new Problem(manifestFile, lines.get(SHARED), "shared rule set '" + set + "' needs the citation "
              + CITE + cite + "=<decision, article> in the manifest"));
        }
      }
    }
    String wording = values.getOrDefault(BAND_WORDING, Finding.BAND_WORDING_SOURCES);
    if (values.containsKey(BAND_WORDING)) {
      if (!sets.contains("bands")) {
        problems.add(new Problem(manifestFile, lines.get(BAND_WORDING), "'" + BAND_WORDING + "' words the shared band rules,"
            + " which " + SHARED + " does not list"));
      }
      if (!wording.equals(Finding.BAND_WORDING_SOURCES) && !wording.equals(Finding.BAND_WORDING_MEAN)) {
        problems.add(new Problem(manifestFile, lines.get(BAND_WORDING), BAND_WORDING + " should be "
            + Finding.BAND_WORDING_SOURCES + " or " + Finding.BAND_WORDING_MEAN + ", was '" + wording + "'"));
      }
    }
    List<AuthorityTable.Row> authority = AuthorityTable.rows(manifestFile, values, lines, problems);
    boolean table = values.keySet().stream().anyMatch(AuthorityTable::isKey);
    if (sets.contains("authority") && !table) {
      problems.add(new Problem(manifestFile, lines.get(SHARED), "shared rule set 'authority' needs the table "
          + AuthorityTable.PREFIX + "<n>.level, .stars, .action, .id, .vi, .en in the manifest"));
    } else if (table && !sets.contains("authority")) {
      values.keySet().stream().filter(AuthorityTable::isKey).findFirst().ifPresent(k -> problems.add(new Problem(manifestFile,
          lines.get(k), "the authority table (" + k + ") is read only when " + SHARED + " lists 'authority'")));
    }
    if (sets.isEmpty() || instrument == null || !PackLoader.INSTRUMENTS.contains(instrument)) {
      return List.of(); // a missing instrument is reported by the loader
    }
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("${package}", "ocop.national.d" + instrument.replace('-', '_'));
    vars.put("${instrument}", instrument);
    vars.put("${band.wording}", drlString(wording));
    SETS.values().stream().flatMap(List::stream).forEach(c -> vars.put("${cite." + c + "}", drlString(values.getOrDefault(CITE + c, ""))));
    List<RulePack.Source> out = new ArrayList<>();
    for (String set : sets) {
      String template = read(DIR + set + ".drl");
      String text = set.equals("bands") ? bands(template) : template;
      for (var v : vars.entrySet()) {
        text = text.replace(v.getKey(), v.getValue());
      }
      if (set.equals("authority")) {
        // the rows after the placeholders, so that a message is never read as a template
        text = AuthorityTable.drl(text, instrument, drlString(values.getOrDefault(CITE + "authority", "")), authority);
      }
      out.add(new RulePack.Source("classpath:" + DIR + set + ".drl (for " + id + ")", set + ".drl", text, true));
    }
    return out;
  }

  /**
   * The band template's one rule, repeated for bands 1 to 5: band n holds the scores from {@code
   * band.n} (none for 1★) to below {@code band.n+1} (none for 5★).
   */
  static String bands(String template) {
    int at = template.indexOf("\nrule ");
    String header = template.substring(0, at + 1);
    String rule = template.substring(at + 1);
    StringBuilder out = new StringBuilder(header);
    for (int n = 1; n <= 5; n++) {
      boolean lower = n > 1;
      boolean upper = n < 5;
      StringBuilder r = new StringBuilder();
      for (String line : rule.split("\n", -1)) {
        if (line.startsWith("//lower:")) {
          if (lower) {
            r.append(line.substring("//lower:".length())).append('\n');
          }
        } else if (line.startsWith("//upper:")) {
          if (upper) {
            r.append(line.substring("//upper:".length())).append('\n');
          }
        } else {
          r.append(line).append('\n');
        }
      }
      String range = (lower ? ", bandScore >= $lo" : "") + (upper ? ", bandScore < $hi" : "");
      out.append(n == 1 ? "" : "\n").append(r.toString().stripTrailing()
          .replace("${n+1}", String.valueOf(n + 1)).replace("${n}", String.valueOf(n)).replace("${range}", range)
          .replace("${lo}", lower ? "$lo" : "null").replace("${loSource}", lower ? "$loP.source()" : "null")
          .replace("${hi}", upper ? "$hi" : "null").replace("${hiSource}", upper ? "$hiP.source()" : "null")).append('\n');
    }
    return out.toString();
  }

  static String drlString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ").replace("\r", " ");
  }

  private static String read(String name) {
    try (InputStream in = SharedRules.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
