package vn.ocop.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ocop.Ocop;
import vn.ocop.catalog.Catalogues;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.place.Places;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.DossierItem;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * The tests a pack keeps for itself: every {@code tests/*.properties} file beside its {@code
 * pack.properties} is one case — a small round (date, level, council, products with part scores)
 * and what the packs in force must decide for each product. The format is documented in {@code
 * docs/rules.md} ("Tests a province writes for its own pack"); {@code ocop rules test DIR} runs them.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * List<PackTests.Result> results = PackTests.run(RuleBooks.bundledWith(dir), dir);
 * }</pre>
 *
 * @since 0.3
 */
public final class PackTests {
  private PackTests() {}

  /** The folder of a pack holding its test cases. */
  public static final String FOLDER = "tests";

  /**
   * One case's result: passed when {@code failures} is empty.
   *
   * @param file the test file of the case
   * @param pack the ref ({@code id@version}) of the pack the case belongs to
   * @param description the case's {@code description}
   * @param failures what the packs decided otherwise than the case expects, one line each; empty if it passed
   */
  public record Result(String file, String pack, String description, List<String> failures) {
    /**
     * Copies {@code failures}.
     *
     * @param file the test file of the case
     * @param pack the ref ({@code id@version}) of the pack the case belongs to
     * @param description the case's {@code description}
     * @param failures what the packs decided otherwise than the case expects, one line each; empty if it passed
     * @throws NullPointerException if {@code failures} or one of them is null
     */
    public Result {
      failures = List.copyOf(failures);
    }

    /**
     * Whether the case passed.
     *
     * @return true if there are no failures
     */
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  private static final Set<String> CASE_KEYS = Set.of("description", "date", "level", "province", "district", "sequence",
      "council");
  private static final Set<String> PRODUCT_KEYS = Set.of("set", "kind", "registered", "dossier", "filed", "parts",
      "district", "commune", "dossier-kind", "disqualified", "member", "sheet");
  private static final Set<String> EXPECT_KEYS = Set.of("stars", "decision", "forward", "reasons", "no-reasons");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern MEMBER = Pattern.compile("m[0-9]+");

  /**
   * Runs the cases of every pack under {@code dir} (each directory with a {@code pack.properties}
   * and a {@value #FOLDER} folder) against {@code books}.
   *
   * @param books the packs in use, which must include the packs under {@code dir}
   * @param dir the directory of the packs whose cases to run
   * @return one result per case, in manifest path order, then test file name order
   * @throws RulePackException if a test file is malformed: every problem with its file and line
   * @throws java.io.UncheckedIOException if {@code dir} or a test folder cannot be read
   */
  public static List<Result> run(RuleBooks books, Path dir) {
    List<Path> manifests;
    try (Stream<Path> s = Files.walk(dir, 6)) {
      manifests = s.filter(p -> p.getFileName().toString().equals(PackLoader.MANIFEST)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + dir, e);
    }
    List<Problem> problems = new ArrayList<>();
    List<Runnable> later = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    for (Path m : manifests) {
      String m1 = m.toAbsolutePath().normalize().toString();
      Optional<RulePack> pack = books.packs().stream()
          .filter(p -> p.manifestFile().equals(m.toString()) || p.manifestFile().equals(m1)
              || p.manifestFile().endsWith("/" + dir.relativize(m).toString().replace('\\', '/')))
          .findFirst();
      Path tests = m.getParent().resolve(FOLDER);
      if (!Files.isDirectory(tests)) {
        continue;
      }
      if (pack.isEmpty()) {
        problems.add(new Problem(m.toString(), 0, "the pack is not among the packs in use (" + books.description() + ")"));
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(tests)) {
        files = s.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + tests, e);
      }
      for (Path f : files) {
        int before = problems.size();
        Case c = parse(f, pack.get(), problems);
        if (problems.size() == before) {
          later.add(() -> results.add(c.run(books, pack.get())));
        }
      }
    }
    PackLoader.throwIfAny(problems);
    later.forEach(Runnable::run);
    return List.copyOf(results);
  }

  /** A parsed case. */
  private record Case(String file, String description, Round round, Map<String, Map<String, String>> expect,
      Map<String, Integer> lines) {

    Result run(RuleBooks books, RulePack pack) {
      List<String> failures = new ArrayList<>();
      List<Outcome> outcomes;
      try {
        boolean inForce = books.booksFor(round).stream().anyMatch(b -> b.packs().stream().anyMatch(p -> p.ref().equals(pack.ref())));
        if (!inForce) {
          failures.add(file + ": pack " + pack.ref() + " (" + pack.period() + ") is not in force for this round ("
              + round.province().id() + ", " + round.councilDate() + "), so the case does not test it");
        }
        outcomes = books.decide(Ocop.score(round));
      } catch (RuntimeException e) {
        failures.add(file + ": the round could not be decided: " + e.getMessage());
        return new Result(file, pack.ref(), description, failures);
      }
      for (var e : expect.entrySet()) {
        String id = e.getKey();
        Outcome o = outcomes.stream().filter(x -> x.productId().equals(id)).findFirst().orElseThrow();
        for (var x : e.getValue().entrySet()) {
          String where = file + ":" + lines.get("expect." + id + "." + x.getKey()) + ": product " + id + ": ";
          String want = x.getValue();
          switch (x.getKey()) {
            case "stars" -> {
              String got = o.stars().map(s -> String.valueOf(s.stars())).orElse("none");
              if (!got.equals(want)) {
                failures.add(where + "expected stars " + want + ", got " + got + because(o));
              }
            }
            case "decision" -> {
              if (!o.decision().name().equals(want)) {
                failures.add(where + "expected decision " + want + ", got " + o.decision() + because(o));
              }
            }
            case "forward" -> {
              String got = o.forwardTo().map(Enum::name).orElse("none");
              if (!got.equals(want)) {
                failures.add(where + "expected forward to " + want + ", got " + got + because(o));
              }
            }
            case "reasons" -> {
              for (String r : list(want)) {
                if (o.reasons().stream().noneMatch(y -> y.ruleId().equals(r))) {
                  failures.add(where + "expected reason " + r + ", but it did not fire" + because(o));
                }
              }
            }
            default -> {
              for (String r : list(want)) {
                o.reasons().stream().filter(y -> y.ruleId().equals(r)).findFirst().ifPresent(y ->
                    failures.add(where + "expected no reason " + r + ", but it fired: " + y.messageEn()));
              }
            }
          }
        }
      }
      return new Result(file, pack.ref(), description, failures);
    }

    private static String because(Outcome o) {
      return "; its reasons: " + String.join("; ", o.reasons().stream()
          .filter(r -> !r.ruleId().equals(RuleBook.LAW_RULE_ID)).map(r -> r.ruleId() + " (" + r.messageEn() + ")").toList());
    }
  }

  private static List<String> list(String v) {
    return Stream.of(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Case parse(Path path, RulePack pack, List<Problem> problems) {
    String file = path.toString();
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(new Problem(file, 0, "cannot read: " + e.getMessage()));
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    String[] rows = text.split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].strip();
      if (i == 0 && row.startsWith("\uFEFF")) {
        row = row.substring(1);
      }
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      int eq = row.indexOf('=');
      if (eq <= 0) {
        problems.add(new Problem(file, i + 1, "expected key=value, found '" + row + "'"));
        continue;
      }
      String key = row.substring(0, eq).strip();
      if (lines.containsKey(key)) {
        problems.add(new Problem(file, i + 1, "key '" + key + "' is given twice (first on line " + lines.get(key) + ")"));
        continue;
      }
      lines.put(key, i + 1);
      values.put(key, row.substring(eq + 1).strip());
    }
    int before = problems.size();
    Map<String, Map<String, String>> products = new LinkedHashMap<>();
    Map<String, Map<String, String>> expect = new LinkedHashMap<>();
    for (var e : values.entrySet()) {
      String key = e.getKey();
      int line = lines.get(key);
      String[] parts = key.split("\\.", 3);
      if (parts.length == 1 && CASE_KEYS.contains(key)) {
        continue;
      }
      if (parts.length == 3 && (parts[0].equals("product") || parts[0].equals("expect")) && ID.matcher(parts[1]).matches()) {
        boolean product = parts[0].equals("product");
        String sub = parts[2];
        boolean known = product ? (PRODUCT_KEYS.contains(sub) && !sub.equals("member") && !sub.equals("sheet"))
            || (sub.startsWith("member.") && MEMBER.matcher(sub.substring(7)).matches())
            || (sub.startsWith("sheet.") && MEMBER.matcher(sub.substring(6)).matches())
            : EXPECT_KEYS.contains(sub);
        if (known) {
          (product ? products : expect).computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(sub, e.getValue());
          continue;
        }
      }
      problems.add(new Problem(file, line, "unknown key '" + key + "'; the keys are " + String.join(", ", CASE_KEYS.stream()
          .sorted().toList()) + ", product.<id>.{" + String.join(",", PRODUCT_KEYS.stream().filter(k -> !k.equals("member")
          && !k.equals("sheet")).sorted().toList()) + ",member.<m1…>,sheet.<m1…>} and expect.<id>.{" + String.join(",", EXPECT_KEYS.stream().sorted().toList()) + "}"));
    }
    for (String k : List.of("description", "date", "level")) {
      if (values.getOrDefault(k, "").isEmpty()) {
        problems.add(new Problem(file, lines.getOrDefault(k, 0), "missing required key '" + k + "'"));
      }
    }
    LocalDate date = null;
    if (values.containsKey("date")) {
      try {
        date = LocalDate.parse(values.get("date"));
      } catch (DateTimeParseException e) {
        problems.add(new Problem(file, lines.get("date"), "date should read like 2024-10-15, was '" + values.get("date") + "'"));
      }
    }
    CouncilLevel level = null;
    if (values.containsKey("level")) {
      level = enumOf(CouncilLevel.class, values.get("level"), file, lines.get("level"), problems);
    }
    String province = values.getOrDefault("province", pack.province().orElse(""));
    if (province.isEmpty()) {
      problems.add(new Problem(file, lines.getOrDefault("province", 0), "a case of a national pack names its province=<slug>"));
    }
    int sequence = intOf(values.getOrDefault("sequence", "1"), 1, 9, file, lines.getOrDefault("sequence", 0), problems);
    int councilSize = intOf(values.getOrDefault("council", "3"), 1, 99, file, lines.getOrDefault("council", 0), problems);
    if (products.isEmpty()) {
      problems.add(new Problem(file, 0, "a case needs at least one product: product.<id>.parts=A,B,C or product.<id>.member.m1=A,B,C"));
    }
    for (String id : expect.keySet()) {
      if (!products.containsKey(id)) {
        problems.add(new Problem(file, lines.get("expect." + id + "." + expect.get(id).keySet().iterator().next()),
            "expectation for product '" + id + "', which the case does not define"));
      }
    }
    for (var e : expect.entrySet()) {
      for (var x : e.getValue().entrySet()) {
        int line = lines.get("expect." + e.getKey() + "." + x.getKey());
        switch (x.getKey()) {
          case "stars" -> {
            if (!x.getValue().matches("[1-5]|none")) {
              problems.add(new Problem(file, line, "stars should be 1 to 5 or none, was '" + x.getValue() + "'"));
            }
          }
          case "decision" -> enumOf(vn.ocop.evaluation.Decision.class, x.getValue(), file, line, problems);
          case "forward" -> {
            if (!x.getValue().equals("none")) {
              enumOf(CouncilLevel.class, x.getValue(), file, line, problems);
            }
          }
          default -> { }
        }
      }
    }
    if (problems.size() > before || date == null || level == null) {
      return null;
    }
    AdministrativeUnit prov;
    try {
      prov = Places.province(province, date);
    } catch (RuntimeException e) {
      problems.add(new Problem(file, lines.getOrDefault("province", 0), e.getMessage()));
      return null;
    }
    String roundDistrict = values.getOrDefault("district", "");
    if (level == CouncilLevel.DISTRICT && roundDistrict.isEmpty()) {
      problems.add(new Problem(file, lines.getOrDefault("level", 0), "a DISTRICT round names its district=<slug>"));
      return null;
    }
    Council.Builder council = Council.builder().chair("m1", "Chủ tịch");
    for (int i = 2; i <= councilSize; i++) {
      council.member("m" + i, "Thành viên " + i);
    }
    Round.Builder round = Round.builder().province(prov).year(date.getYear()).sequence(sequence).level(level)
        .councilDate(date).council(council.build());
    if (level == CouncilLevel.DISTRICT) {
      round.district(district(prov, roundDistrict, date));
    }
    String defaultSet;
    try {
      defaultSet = Catalogues.inForceOn(date).productSets().get(0).code();
    } catch (RuntimeException e) {
      problems.add(new Problem(file, lines.get("date"), e.getMessage()));
      return null;
    }
    for (var e : products.entrySet()) {
      String id = e.getKey();
      Map<String, String> p = e.getValue();
      java.util.function.Function<String, Integer> line = k -> lines.getOrDefault("product." + id + "." + k, 0);
      ProducerKind kind = enumOf(ProducerKind.class, p.getOrDefault("kind", "COOPERATIVE"), file, line.apply("kind"), problems);
      boolean registered = !p.getOrDefault("registered", "true").equals("false");
      if (!p.getOrDefault("registered", "true").matches("true|false")) {
        problems.add(new Problem(file, line.apply("registered"), "registered should be true or false"));
      }
      Set<DossierItem> dossier = EnumSet.noneOf(DossierItem.class);
      String items = p.getOrDefault("dossier", "ALL");
      if (items.equals("ALL")) {
        dossier.addAll(EnumSet.allOf(DossierItem.class));
      } else {
        for (String item : list(items)) {
          DossierItem d = enumOf(DossierItem.class, item, file, line.apply("dossier"), problems);
          if (d != null) {
            dossier.add(d);
          }
        }
      }
      String pd = p.getOrDefault("district", level == CouncilLevel.DISTRICT ? roundDistrict : "");
      AdministrativeUnit place = pd.isEmpty() ? prov : district(prov, pd, date);
      if (p.containsKey("commune")) {
        String slug = p.get("commune");
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
          problems.add(new Problem(file, line.apply("commune"), "commune should be a lowercase slug, e.g. son-kien; was '" + slug + "'"));
        } else {
          place = commune(place, slug, date);
        }
      }
      Producer.Builder producer = Producer.builder().id("producer-" + id).name("Chủ thể " + id).kind(kind == null ? ProducerKind.COOPERATIVE : kind);
      if (registered) {
        producer.registration("REG-" + id);
      }
      Product product = Product.builder().id(id).name("Sản phẩm " + id).productSet(p.getOrDefault("set", defaultSet))
          .producer(producer.build()).place(place).build();
      Submission.Builder s = Submission.builder().product(product).addAllDossier(dossier);
      if (p.containsKey("filed")) {
        try {
          s.filedOn(LocalDate.parse(p.get("filed")));
        } catch (DateTimeParseException ex) {
          problems.add(new Problem(file, line.apply("filed"), "filed should read like 2024-10-01"));
        }
      } else {
        s.filedOn(date);
      }
      if (p.containsKey("dossier-kind")) {
        vn.ocop.law.DossierKind dk = enumOf(vn.ocop.law.DossierKind.class, p.get("dossier-kind"), file, line.apply("dossier-kind"), problems);
        if (dk != null) {
          s.dossierKind(dk);
        }
      }
      if (p.containsKey("disqualified")) {
        s.addAllDisqualifications(list(p.get("disqualified")));
      }
      boolean scored = false;
      for (var x : p.entrySet()) {
        if (x.getKey().startsWith("sheet.")) {
          List<String> choices = list(x.getValue());
          if (choices.isEmpty()) {
            problems.add(new Problem(file, line.apply(x.getKey()), "a sheet lists the member's chosen options, e.g. 1.1/2, 1.2/3; was empty"));
            continue;
          }
          s.scoredBy(x.getKey().substring(6), choices.toArray(String[]::new));
          scored = true;
          continue;
        }
        if (x.getKey().equals("parts") || x.getKey().startsWith("member.")) {
          List<String> abc = list(x.getValue());
          if (abc.size() != 3 || abc.stream().anyMatch(v -> !v.matches("[0-9]+(\\.[0-9]{1,2})?"))) {
            problems.add(new Problem(file, line.apply(x.getKey()), "part scores read A,B,C, e.g. 30,20,22.5; was '" + x.getValue() + "'"));
            continue;
          }
          s.addPartScores(x.getKey().equals("parts") ? PartScores.of(abc.get(0), abc.get(1), abc.get(2))
              : PartScores.byMember(x.getKey().substring(7), abc.get(0), abc.get(1), abc.get(2)));
          scored = true;
        }
      }
      if (!scored && !p.containsKey("unscored")) {
        // an unscored product is a case of its own (the rules ask for re-scoring); allowed
      }
      round.addSubmissions(s.build());
    }
    if (problems.size() > before) {
      return null;
    }
    Round built;
    try {
      built = round.build();
    } catch (RuntimeException e) {
      problems.add(new Problem(file, blame(lines, e.getMessage()), e.getMessage()));
      return null;
    }
    try {
      // option keys, member ids and disqualification grounds are checked by scoring: a bad one is a problem of the file
      Ocop.score(built);
    } catch (RuntimeException e) {
      problems.add(new Problem(file, blame(lines, e.getMessage()), e.getMessage()));
      return null;
    }
    return new Case(file, values.get("description"), built, expect, lines);
  }

  /** The line of the first key starting {@code prefix}, or 0. */
  private static int firstLine(Map<String, Integer> lines, String prefix) {
    return lines.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(Map.Entry::getValue).min().orElse(0);
  }

  /**
   * The line a scoring error is about: the sheet or disqualification line of the product (and member)
   * the message names, else the product's first line, else 0.
   */
  private static int blame(Map<String, Integer> lines, String message) {
    String m = message == null ? "" : message;
    int best = firstLine(lines, "product.");
    int bestScore = 0;
    for (var e : lines.entrySet()) {
      String[] k = e.getKey().split("\\.", 4);
      if (k.length < 3 || !k[0].equals("product") || !word(m, k[1])) {
        continue;
      }
      int score = 1;
      if (k[2].equals("sheet") && k.length == 4 && word(m, k[3])) {
        score = 3;
      } else if (k[2].equals("disqualified") && m.toLowerCase(Locale.ROOT).contains("disqualif")) {
        score = 3;
      } else if (k[2].equals("sheet")) {
        score = 2;
      }
      if (score > bestScore || score == bestScore && e.getValue() < best) {
        best = e.getValue();
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean word(String text, String word) {
    return Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(word) + "(?![A-Za-z0-9_-])").matcher(text).find();
  }

  private static AdministrativeUnit commune(AdministrativeUnit parent, String slug, LocalDate date) {
    try {
      return Places.commune(parent, slug, date);
    } catch (RuntimeException e) {
      return AdministrativeUnit.builder().id(slug).name(slug).kind("Xã").level(vn.ocop.place.AdministrativeLevel.COMMUNE)
          .parent(parent).build();
    }
  }

  private static AdministrativeUnit district(AdministrativeUnit province, String slug, LocalDate date) {
    try {
      return Places.district(province, slug, date);
    } catch (RuntimeException e) {
      return AdministrativeUnit.district(province, slug, slug);
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String file, int line, List<Problem> problems) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(file, line, "'" + value + "' is not one of " + List.of(type.getEnumConstants())));
      return null;
    }
  }

  private static int intOf(String value, int min, int max, String file, int line, List<Problem> problems) {
    try {
      int v = Integer.parseInt(value.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    problems.add(new Problem(file, line, "should be a whole number from " + min + " to " + max + ", was '" + value + "'"));
    return min;
  }
}
