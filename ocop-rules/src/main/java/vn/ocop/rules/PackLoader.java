package vn.ocop.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ocop.place.Places;
import vn.ocop.place.UnknownPlaceException;
import vn.ocop.round.DossierItem;
import vn.ocop.rules.facts.Candidate;
import vn.ocop.scoring.GateJudgement;

/**
 * Reads packs: a manifest ({@code pack.properties}) and the {@code *.drl} files beside it. The
 * manifest is parsed here line by line, so every problem carries its line; every DRL file goes
 * through the {@link DrlSandbox} before anything is compiled. All problems of all packs are reported
 * together.
 */
final class PackLoader {

  static final String ROOT = "vn/ocop/rules/packs/";
  /** The prefix of the files of the library's own packs, which are trusted (DESIGN.md decision 5). */
  static final String CLASSPATH = "classpath:";
  static final String INDEX = ROOT + "index";
  static final String MANIFEST = "pack.properties";

  static final Set<String> KEYS = Set.of("id", "version", "name", "kind", "instrument", "effective-from",
      "effective-to", "extends", "province", "removes", "legal");
  static final Set<String> INSTRUMENTS = Set.of("1048", "148", "1489", "26-2026");
  private static final Pattern ID = Pattern.compile("(national|province)/[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private PackLoader() {}

  /** The packs bundled on the classpath, listed in {@value #INDEX}. */
  static List<RulePack> bundled() {
    ClassLoader cl = PackLoader.class.getClassLoader();
    String index = readResource(cl, INDEX).orElseThrow(() -> new IllegalStateException("Missing " + INDEX));
    Map<String, List<String>> files = new LinkedHashMap<>();
    for (String line : index.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int slash = l.lastIndexOf('/');
      files.computeIfAbsent(l.substring(0, slash), k -> new ArrayList<>()).add(l.substring(slash + 1));
    }
    List<Problem> problems = new ArrayList<>();
    List<RulePack> packs = new ArrayList<>();
    for (var e : files.entrySet()) {
      String dir = ROOT + e.getKey() + "/";
      String manifestFile = "classpath:" + dir + MANIFEST;
      Optional<String> manifest = readResource(cl, dir + MANIFEST);
      if (manifest.isEmpty()) {
        problems.add(new Problem(manifestFile, 0, "the index lists pack " + e.getKey() + " but it has no " + MANIFEST));
        continue;
      }
      List<RulePack.Source> sources = new ArrayList<>();
      for (String f : e.getValue()) {
        if (f.endsWith(".drl")) {
          String file = "classpath:" + dir + f;
          sources.add(new RulePack.Source(file, f, readResource(cl, dir + f).orElseThrow(() ->
              new IllegalStateException("The index lists " + file + " but it is missing"))));
        }
      }
      read(manifestFile, manifest.get(), sources, problems).ifPresent(packs::add);
    }
    throwIfAny(problems);
    return packs;
  }

  /** The largest rule file or manifest read from a directory. */
  static final int MAX_FILE_BYTES = 512 * 1024;
  /** The most {@code .drl} files one pack directory may hold. */
  static final int MAX_FILES_PER_PACK = 100;

  /**
   * The packs under {@code dir}: every directory holding a {@value #MANIFEST} is a pack, its
   * {@code *.drl} files (not those of sub-directories) are its rules.
   */
  static List<RulePack> directory(Path dir, LoadOptions options) {
    List<Problem> problems = new ArrayList<>();
    List<RulePack> packs = directory(dir, options, problems);
    throwIfAny(problems);
    return packs;
  }

  /**
   * The same, adding problems to {@code problems} instead of throwing, so that they can be reported
   * with others. A pack's {@code .drl} files are refused unless {@code options} allow custom rules;
   * those of a pack whose manifest is broken are still checked, so every problem is reported at once.
   */
  static List<RulePack> directory(Path dir, LoadOptions options, List<Problem> problems) {
    return directory(dir, options, problems, new ArrayList<>());
  }

  /** The same, adding to {@code orphans} the DRL files of packs whose manifest has problems. */
  static List<RulePack> directory(Path dir, LoadOptions options, List<Problem> problems, List<RulePack.Source> orphans) {
    if (dir.toString().startsWith(CLASSPATH)) {
      // the library trusts what it reads from the classpath by that prefix; a directory may not pass for it
      problems.add(new Problem(dir.toString(), 0, "a pack directory's path may not start with '" + CLASSPATH
          + "', which names the library's own packs; write ./" + dir));
      return List.of();
    }
    if (!Files.isDirectory(dir)) {
      problems.add(new Problem(dir.toString(), 0, "not a directory"));
      return List.of();
    }
    List<RulePack> packs = new ArrayList<>();
    List<Path> manifests;
    try (Stream<Path> s = Files.walk(dir, 6)) {
      manifests = s.filter(p -> p.getFileName().toString().equals(MANIFEST)).sorted().limit(1_000).toList();
    } catch (IOException | UncheckedIOException e) {
      problems.add(new Problem(dir.toString(), 0, "cannot list the rule packs: " + e.getMessage()));
      return List.of();
    }
    if (manifests.isEmpty()) {
      problems.add(new Problem(dir.toString(), 0, "no " + MANIFEST + " found: a pack is a directory with a "
          + MANIFEST + " and its .drl files"));
    }
    for (Path m : manifests) {
      List<Path> drls;
      try (Stream<Path> s = Files.list(m.getParent())) {
        drls = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        problems.add(new Problem(m.getParent().toString(), 0, "cannot list: " + e.getMessage()));
        continue;
      }
      if (drls.size() > MAX_FILES_PER_PACK) {
        problems.add(new Problem(m.getParent().toString(), 0, "holds " + drls.size() + " .drl files; a pack holds at most "
            + MAX_FILES_PER_PACK));
        continue;
      }
      List<RulePack.Source> sources = new ArrayList<>();
      for (Path f : drls) {
        if (!options.customRulesAllowed()) {
          problems.add(new Problem(f.toString(), 0, "custom rules (.drl) from outside the library are refused unless the"
              + " host opts in (ocop --allow-custom-rules, or LoadOptions.allowCustomRules()); a province pack is"
              + " otherwise data: pack.properties"));
          continue;
        }
        readFile(f, problems).ifPresent(text -> sources.add(new RulePack.Source(f.toString(), f.getFileName().toString(), text)));
      }
      Optional<String> manifest = readFile(m, problems);
      if (manifest.isEmpty()) {
        for (RulePack.Source s : sources) {
          List<Problem> found = DrlSandbox.check(s.file(), s.text(), true).problems();
          problems.addAll(found);
          if (found.isEmpty()) {
            orphans.add(s);
          }
        }
        continue;
      }
      Optional<RulePack> pack = read(m.toString(), manifest.get(), sources, problems);
      pack.ifPresent(packs::add);
      if (pack.isEmpty()) {
        // compiled on their own for rules check, if the sandbox found nothing in them
        sources.stream().filter(s -> DrlSandbox.check(s.file(), s.text(), true).problems().isEmpty())
            .forEach(orphans::add);
      }
    }
    return packs;
  }

  /**
   * Reads a pack file from outside the library, bounded (rule files are hostile input, DESIGN.md
   * decision 5): only a regular file (not a named pipe, a device, a directory or a link to one), at
   * most {@value #MAX_FILE_BYTES} bytes, strictly UTF-8 whatever the platform's default.
   */
  static Optional<String> readFile(Path f, List<Problem> problems) {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(f, BasicFileAttributes.class);
    } catch (IOException e) {
      problems.add(new Problem(f.toString(), 0, "cannot be read: " + (e instanceof java.nio.file.AccessDeniedException
          ? "permission denied" : e instanceof java.nio.file.NoSuchFileException ? "no such file (a broken link?)"
          : e.getMessage())));
      return Optional.empty();
    }
    if (!attrs.isRegularFile()) {
      problems.add(new Problem(f.toString(), 0, "is not a regular file (a named pipe, a device, a directory or a link"
          + " to one); pack files must be regular files"));
      return Optional.empty();
    }
    if (attrs.size() > MAX_FILE_BYTES) {
      problems.add(new Problem(f.toString(), 0, "is " + attrs.size() + " bytes; a pack file may hold at most "
          + MAX_FILE_BYTES + " bytes (512 KiB)"));
      return Optional.empty();
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(f)) {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      problems.add(new Problem(f.toString(), 0, "cannot be read: " + e.getMessage()));
      return Optional.empty();
    }
    if (bytes.length > MAX_FILE_BYTES) {
      problems.add(new Problem(f.toString(), 0, "holds more than " + MAX_FILE_BYTES + " bytes (512 KiB), the most a pack"
          + " file may hold"));
      return Optional.empty();
    }
    return utf8(f.toString(), bytes, problems);
  }

  /** Decodes strictly: a byte that is not UTF-8 is a problem on its line, never a replacement character. */
  static Optional<String> utf8(String file, byte[] bytes, List<Problem> problems) {
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(new Problem(file, line, String.format("byte 0x%02X is not UTF-8; save the file as UTF-8",
          bytes[at] & 0xff)));
      return Optional.empty();
    }
    decoder.flush(out);
    return Optional.of(out.flip().toString());
  }

  /** Parses one manifest and checks its DRL files; adds problems, returns the pack if its manifest is usable. */
  static Optional<RulePack> read(String manifestFile, String text, List<RulePack.Source> sources, List<Problem> problems) {
    int before = problems.size();
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    Map<String, String> params = new LinkedHashMap<>();
    String[] rows = text.split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      int lineNo = i + 1;
      String row = rows[i].strip();
      if (i == 0 && row.startsWith("\uFEFF")) {
        row = row.substring(1);
      }
      if (row.isEmpty() || row.startsWith("#") || row.startsWith("!")) {
        continue;
      }
      int eq = row.indexOf('=');
      if (eq <= 0) {
        problems.add(new Problem(manifestFile, lineNo, "expected key=value, found '" + row + "'"));
        continue;
      }
      String key = row.substring(0, eq).strip();
      String value = row.substring(eq + 1).strip();
      if (lines.containsKey(key)) {
        problems.add(new Problem(manifestFile, lineNo, "key '" + key + "' is given twice (first on line " + lines.get(key) + ")"));
        continue;
      }
      lines.put(key, lineNo);
      if (key.startsWith("param.")) {
        String name = key.substring("param.".length());
        if (name.isEmpty()) {
          problems.add(new Problem(manifestFile, lineNo, "a parameter needs a name: param.<name>=<value>"));
        } else {
          checkParam(manifestFile, lineNo, name, value, problems);
          params.put(name, value);
        }
      } else if (!KEYS.contains(key) && !SharedRules.isKey(key)) {
        problems.add(new Problem(manifestFile, lineNo, "unknown key '" + key + "'; the keys are " + String.join(", ",
            KEYS.stream().sorted().toList()) + ", param.<name> and, in a national pack, " + SharedRules.SHARED + ", "
            + SharedRules.BAND_WORDING + ", " + SharedRules.CITE + "<rule> and " + AuthorityTable.PREFIX + "<n>.<field>"));
      } else {
        values.put(key, value);
      }
    }
    for (String required : List.of("id", "version", "name", "kind", "effective-from")) {
      if (!values.containsKey(required) || values.get(required).isEmpty()) {
        problems.add(new Problem(manifestFile, lines.getOrDefault(required, 0), "missing required key '" + required + "'"));
      }
    }
    String id = values.getOrDefault("id", "");
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      problems.add(new Problem(manifestFile, lines.get("id"), "pack id '" + id
          + "' should read national/<instrument> or province/<province-slug>, lowercase ASCII"));
    }
    PackKind kind = null;
    if (values.containsKey("kind")) {
      try {
        kind = PackKind.valueOf(values.get("kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(manifestFile, lines.get("kind"), "kind must be national or province, was '" + values.get("kind") + "'"));
      }
    }
    if (kind != null && !id.isEmpty() && !id.startsWith(kind.name().toLowerCase(Locale.ROOT) + "/")) {
      problems.add(new Problem(manifestFile, lines.get("kind"), "a " + kind.name().toLowerCase(Locale.ROOT)
          + " pack's id starts with " + kind.name().toLowerCase(Locale.ROOT) + "/, this one is '" + id + "'"));
    }
    LocalDate from = date(manifestFile, lines, values, "effective-from", problems);
    LocalDate to = date(manifestFile, lines, values, "effective-to", problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(new Problem(manifestFile, lines.get("effective-to"), "effective-to " + to + " is before effective-from " + from));
    }
    if (kind == PackKind.NATIONAL) {
      String instrument = values.get("instrument");
      if (instrument == null || !INSTRUMENTS.contains(instrument)) {
        problems.add(new Problem(manifestFile, lines.getOrDefault("instrument", 0),
            "a national pack names its instrument: 1048, 148, 1489 or 26-2026" + (instrument == null ? "" : ", not '" + instrument + "'")));
      }
      if (values.containsKey("province")) {
        problems.add(new Problem(manifestFile, lines.get("province"), "a national pack has no province"));
      }
    }
    if (kind == PackKind.PROVINCE) {
      String province = values.get("province");
      if (province == null || !SLUG.matcher(province).matches()) {
        problems.add(new Problem(manifestFile, lines.getOrDefault("province", 0),
            "a province pack names its province as a slug, e.g. province=kien-giang"));
      } else {
        checkProvince(manifestFile, lines.get("province"), province, from, to, problems);
      }
      for (String k : List.of("instrument", "extends")) {
        if (values.containsKey(k)) {
          problems.add(new Problem(manifestFile, lines.get(k), "a province pack has no '" + k
              + "': it is layered on the national pack in force on the round's date"));
        }
      }
    }
    List<String> removes = new ArrayList<>();
    if (values.containsKey("removes")) {
      for (String r : values.get("removes").split(",")) {
        String ruleId = r.strip();
        if (ruleId.isEmpty()) {
          continue;
        }
        if (!RULE_ID.matcher(ruleId).matches()) {
          problems.add(new Problem(manifestFile, lines.get("removes"), "'" + ruleId + "' is not a rule id"));
        }
        removes.add(ruleId);
      }
    }
    sources = new ArrayList<>(sources);
    checkExtraRows(manifestFile, params, lines, problems);
    sources.addAll(features(id, values.get("province"), from, values.getOrDefault("legal", ""), params));
    if (kind != null) {
      List<RulePack.Source> shared = SharedRules.sources(manifestFile, id, kind == PackKind.NATIONAL, values.get("instrument"),
          values, lines, problems);
      if (!shared.isEmpty()) {
        // in file-name order, as the pack's own files: the shared sets take the place of the files they replace
        sources.addAll(shared);
        sources.sort(Comparator.comparing(RulePack.Source::name));
      }
    }
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (RulePack.Source s : sources) {
      boolean bundled = manifestFile.startsWith("classpath:");
      // a bundled file's findings as the build found them (PrecompiledBooks), else parsed now
      DrlSandbox.Result r = (bundled ? PrecompiledBooks.sandbox(s) : Optional.<DrlSandbox.Result>empty())
          .orElseGet(() -> DrlSandbox.check(s.file(), s.text(), !bundled && !s.library()));
      problems.addAll(r.problems());
      if (!bundled && !s.library() && r.problems().isEmpty()) {
        // custom DRL: every rule judges one product at a time, so no rule can join the round with itself
        ProductLocality.firstUnboundedRule(s.text()).ifPresent(rule -> problems.add(new Problem(s.file(), rule.getLine(),
            "rule '" + rule.getName() + "' does not judge one product at a time: a custom rule ties each product pattern"
                + " to the first by productId == $id and names the key of every Param (Param(key == \"band.4\", …)),"
                + " so that it cannot join the round's products with each other; counts across products are"
                + " parameters (province.min-products-per-district, province.min-products-per-commune)")));
      }
      for (DrlSandbox.RuleInfo rule : r.rules()) {
        if (!rule.id().isEmpty() && !ids.add(rule.id())) {
          problems.add(new Problem(s.file(), rule.line(), "rule id '" + rule.id() + "' is used twice in pack " + id));
        }
        if (removes.contains(rule.id())) {
          problems.add(new Problem(manifestFile, lines.get("removes"), "pack " + id + " removes its own rule '" + rule.id()
              + "'; removes names rules of lower packs"));
        }
      }
    }
    if (problems.size() > before || kind == null || from == null) {
      return Optional.empty();
    }
    return Optional.of(new RulePack(id, values.get("version"), values.get("name"), kind,
        Optional.ofNullable(values.get("instrument")), from, Optional.ofNullable(to),
        Optional.ofNullable(values.get("extends")).filter(v -> !v.isEmpty()),
        Optional.ofNullable(values.get("province")), removes, values.getOrDefault("legal", ""), params,
        manifestFile, lines, text, sources, List.copyOf(ids)));
  }

  /**
   * A province pack's province must be a province of the place registry ({@link Places}) on the
   * pack's first day and, if it has one, its last: a mistyped slug would otherwise never be chosen
   * and silently drop the province's rules.
   */
  private static void checkProvince(String file, int line, String province, LocalDate from, LocalDate to,
      List<Problem> problems) {
    for (LocalDate d : to == null ? java.util.Arrays.asList(from) : List.of(from, to)) {
      if (d == null) {
        continue;
      }
      try {
        Places.province(province, d);
      } catch (UnknownPlaceException e) {
        problems.add(new Problem(file, line, "province=" + province + " is not a province of the place registry on the"
            + " pack's " + (d.equals(from) ? "effective-from " : "effective-to ") + d + ": " + e.getMessage()));
        return;
      }
    }
  }

  /** Checks one parameter against the {@link ParamSchema}. */
  static void checkParam(String file, int line, String name, String value, List<Problem> problems) {
    ParamSchema.check(file, line, name, value, problems);
  }

  static final String FEATURES = "vn/ocop/rules/features/";

  /**
   * The trusted generic rules a province pack switches on with its parameters ({@link
   * ParamSchema#features}): each bundled template with the pack's slug, province name and legal
   * reference filled in, so that the rule ids read {@code <slug>.council.quorum} as if the province
   * had written them.
   */
  static List<RulePack.Source> features(String id, String province, LocalDate from, String legal, Map<String, String> params) {
    if (!id.startsWith("province/") || province == null || from == null) {
      return List.of();
    }
    String slug = id.substring("province/".length());
    String provinceName;
    try {
      provinceName = Places.province(province, from).name();
    } catch (UnknownPlaceException e) {
      return List.of(); // reported by checkProvince
    }
    List<RulePack.Source> out = new ArrayList<>();
    for (String feature : ParamSchema.features(params.keySet())) {
      String template = readResource(PackLoader.class.getClassLoader(), FEATURES + feature + ".drl")
          .orElseThrow(() -> new IllegalStateException("Missing " + FEATURES + feature + ".drl"));
      if (feature.equals("eligibility")) {
        template = extraRows(template, params);
      }
      String text = template.replace("${package}", "ocop.province." + slug.replace('-', '_'))
          .replace("${pack}", slug).replace("${legal}", drlString(legal)).replace("${provinceName}", drlString(provinceName));
      out.add(new RulePack.Source("classpath:" + FEATURES + feature + ".drl (for " + id + ")", "feature-" + feature + ".drl", text,
          true));
    }
    return out;
  }

  private static String drlString(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /**
   * The extra eligibility template's one rule, repeated for each row of the pack's table with the
   * row's legal basis as a string literal and the constraint its requirement calls for (library code
   * chosen here, never text from the pack).
   */
  static String extraRows(String template, Map<String, String> params) {
    int at = template.indexOf("\nrule ");
    StringBuilder out = new StringBuilder(template.substring(0, at + 1));
    String rule = template.substring(at + 1);
    for (int n : ParamSchema.extraRows(params.keySet())) {
      String p = ParamSchema.EXTRA + n + ".";
      String require = params.getOrDefault(p + "require", "");
      boolean groups = params.containsKey(p + "groups");
      StringBuilder r = new StringBuilder();
      for (String line : rule.split("\n", -1)) {
        String tag = line.startsWith("//") && line.indexOf(':') > 2 ? line.substring(2, line.indexOf(':')) : "";
        if (tag.isEmpty()) {
          r.append(line).append('\n');
        } else if (tag.equals("groups") && groups || tag.equals("kinds") && require.equals("producer-kind")
            || tag.equals("dossier") && require.equals("dossier")) {
          r.append(line.substring(tag.length() + 3)).append('\n');
        }
      }
      String scope = groups ? "productGroup memberOf $groups, " : "";
      String constraint = switch (require) {
        case "producer-kind" -> scope + "producerKind not memberOf $kinds";
        case "dossier" -> scope + "$dossier : dossier";
        default -> scope + "registered == false";
      };
      boolean dossier = require.equals("dossier");
      out.append('\n').append(r.toString().strip()).append('\n');
      String block = out.toString();
      out.setLength(0);
      out.append(block.replace("${n}", String.valueOf(n)).replace("${constraint}", constraint)
          .replace("${rowLegal}", drlString(params.getOrDefault(p + "legal", "")))
          .replace("${messageVi}", dossier ? "$vi + \": \" + Dossier.nameVi($item)" : "$vi")
          .replace("${messageEn}", dossier ? "$en + \": \" + Dossier.nameEn($item)" : "$en"));
    }
    return out.toString();
  }

  /**
   * Checks the rows of a pack's extra eligibility conditions as rows: each names what it requires,
   * gives what that requirement needs and nothing another one does, and has its reason in both
   * languages and its legal basis. Problems are put on a line of the row.
   */
  static void checkExtraRows(String file, Map<String, String> params, Map<String, Integer> lines, List<Problem> problems) {
    for (int n : ParamSchema.extraRows(params.keySet())) {
      String p = ParamSchema.EXTRA + n + ".";
      int first = params.keySet().stream().filter(k -> k.startsWith(p)).mapToInt(k -> lines.get("param." + k)).min().orElse(0);
      java.util.function.Function<String, Integer> line = f -> lines.getOrDefault("param." + p + f, first);
      String require = params.get(p + "require");
      if (require == null) {
        problems.add(new Problem(file, first, "row " + n + " of the extra eligibility conditions needs param." + p
            + "require=producer-kind, dossier or registration"));
      }
      for (String f : List.of("vi", "en", "legal")) {
        if (params.getOrDefault(p + f, "").isBlank()) {
          problems.add(new Problem(file, line.apply(f), "row " + n + " of the extra eligibility conditions needs param." + p + f
              + (f.equals("legal") ? "=<the province's decision and article>" : "=<the reason, in " + (f.equals("vi")
              ? "Vietnamese" : "English") + ">")));
        }
      }
      Map<String, String> needs = Map.of("producer-kind", "kinds", "dossier", "dossier");
      for (var e : needs.entrySet()) {
        boolean has = params.containsKey(p + e.getValue());
        if (e.getKey().equals(require) && (!has || params.get(p + e.getValue()).isBlank())) {
          problems.add(new Problem(file, line.apply("require"), "row " + n + " requires " + require + ": give param." + p
              + e.getValue()));
        } else if (!e.getKey().equals(require) && has) {
          problems.add(new Problem(file, line.apply(e.getValue()), "param." + p + e.getValue() + " is for require="
              + e.getKey() + ", but row " + n + " requires " + (require == null ? "nothing yet" : require)));
        }
      }
    }
  }

  private static String decimal(String value, int min, int max) {
    try {
      java.math.BigDecimal d = new java.math.BigDecimal(value);
      return d.compareTo(java.math.BigDecimal.valueOf(min)) < 0 || d.compareTo(java.math.BigDecimal.valueOf(max)) > 0
          ? "should be between " + min + " and " + max : null;
    } catch (NumberFormatException e) {
      return "should be a decimal number";
    }
  }

  private static String integerIn(String value, long min, long max) {
    try {
      long v = Long.parseLong(value);
      return v < min || v > max ? "should be a whole number between " + min + " and " + max : null;
    } catch (NumberFormatException e) {
      return "should be a whole number";
    }
  }

  private static LocalDate date(String file, Map<String, Integer> lines, Map<String, String> values, String key,
      List<Problem> problems) {
    String v = values.get(key);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(new Problem(file, lines.get(key), key + " should be a date like 2023-02-24, was '" + v + "'"));
      return null;
    }
  }

  /** Checks the packs as a set: unique id and version, overlapping versions, base packs present. */
  static void checkSet(List<RulePack> packs, List<Problem> problems) {
    Map<String, RulePack> byRef = new HashMap<>();
    for (RulePack p : packs) {
      RulePack other = byRef.put(p.ref(), p);
      if (other != null) {
        problems.add(new Problem(p.manifestFile(), p.line("version"), "pack " + p.ref() + " is also defined in "
            + other.manifestFile()));
      }
    }
    List<RulePack> sorted = packs.stream().sorted(Comparator.comparing(RulePack::id).thenComparing(RulePack::effectiveFrom)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      RulePack a = sorted.get(i - 1);
      RulePack b = sorted.get(i);
      if (a.id().equals(b.id()) && a.effectiveTo().map(to -> !to.isBefore(b.effectiveFrom())).orElse(true)) {
        problems.add(new Problem(b.manifestFile(), b.line("effective-from"), "pack " + b.ref() + " (" + b.period()
            + ") overlaps " + a.ref() + " (" + a.period() + "); versions of one pack follow each other"));
      }
    }
    for (RulePack p : packs) {
      p.extendsId().ifPresent(base -> {
        if (packs.stream().noneMatch(q -> q.id().equals(base))) {
          problems.add(new Problem(p.manifestFile(), p.line("extends"), "base pack '" + base + "' of " + p.id() + " is not loaded"));
        }
      });
    }
  }

  static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
      throw new RulePackException(sorted);
    }
  }

  private static Optional<String> readResource(ClassLoader cl, String name) {
    try (InputStream in = cl.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
