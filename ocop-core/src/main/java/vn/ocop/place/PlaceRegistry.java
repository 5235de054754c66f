package vn.ocop.place;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The registry read from {@code units.txt} (format {@code ocop-places/1}): every unit, the merger
 * derived from the commune codes, and the lookups behind {@link Places}. Immutable and thread-safe
 * once built.
 */
final class PlaceRegistry {
  static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
  static final LocalDate FIRST_NEW_DAY = LocalDate.of(2025, 7, 1);
  private static final String OLD_SECTION = "@ until " + LAST_OLD_DAY;
  private static final String NEW_SECTION = "@ from " + FIRST_NEW_DAY;

  private static final Comparator<AdministrativeUnit> BY_CODE_THEN_DATE = Comparator
      .comparing((AdministrativeUnit u) -> u.officialCode().orElse(""))
      .thenComparing(u -> u.existsFrom().orElse(LocalDate.MIN));

  private final List<Line> lines;
  private final Map<String, List<Line>> linesByCode;
  private final Map<Line, List<Line>> kidsOf;
  private final List<Line> provinceLines;
  private final List<AdministrativeUnit> provinces;
  private final Map<AdministrativeUnit, AdministrativeUnit> provinceSuccessor;
  private final Map<AdministrativeUnit, List<AdministrativeUnit>> provincePredecessors;
  // built on demand, under the registry's lock: the unit of each line whose parent's children were asked for
  private final Map<Line, AdministrativeUnit> units;
  private final Map<String, List<AdministrativeUnit>> byCode = new HashMap<>();
  private final Map<AdministrativeUnit, List<AdministrativeUnit>> children = new HashMap<>();
  private List<AdministrativeUnit> all;

  private PlaceRegistry(List<Line> lines, Map<Line, List<Line>> kidsOf, Map<Line, AdministrativeUnit> provinceUnits,
      Map<AdministrativeUnit, AdministrativeUnit> provinceSuccessor,
      Map<AdministrativeUnit, List<AdministrativeUnit>> provincePredecessors) {
    this.lines = List.copyOf(lines);
    this.kidsOf = kidsOf;
    Map<String, List<Line>> codes = new HashMap<>();
    for (Line l : lines) {
      codes.computeIfAbsent(l.code(), k -> new ArrayList<>(1)).add(l);
    }
    this.linesByCode = codes;
    this.units = new HashMap<>(provinceUnits);
    this.provinceLines = List.copyOf(provinceUnits.keySet());
    this.provinces = provinceUnits.values().stream().distinct().sorted(BY_CODE_THEN_DATE).toList();
    this.provinceSuccessor = Map.copyOf(provinceSuccessor);
    this.provincePredecessors = Map.copyOf(provincePredecessors);
  }

  /**
   * A line of the file: a unit of one section, with its parent line. Compared by identity (each line
   * is one object; a record's equality would hash the chain of parents at every map look-up).
   */
  private static final class Line {
    private final int number;
    private final boolean current;
    private final String code;
    private final String fullName;
    private final Line parent;
    private String slug;

    Line(int number, boolean current, String code, String fullName, Line parent) {
      this.number = number;
      this.current = current;
      this.code = code;
      this.fullName = fullName;
      this.parent = parent;
    }

    int number() {
      return number;
    }

    boolean current() {
      return current;
    }

    String code() {
      return code;
    }

    String fullName() {
      return fullName;
    }

    Line parent() {
      return parent;
    }

    /** The slug of the name without its kind word, computed once. */
    String slug() {
      if (slug == null) {
        slug = PlaceNames.slug(PlaceNames.withoutKind(fullName));
      }
      return slug;
    }

    AdministrativeLevel level() {
      return switch (code.length()) {
        case 2 -> AdministrativeLevel.PROVINCE;
        case 3 -> AdministrativeLevel.DISTRICT;
        default -> AdministrativeLevel.COMMUNE;
      };
    }
  }

  /**
   * Reads the registry.
   *
   * @param source the resource name, for messages
   * @throws IllegalStateException naming the source and line of a malformed or inconsistent entry
   */
  static PlaceRegistry parse(List<String> text, String source) {
    List<Line> lines = new ArrayList<>();
    Boolean current = null;
    Deque<Line> stack = new ArrayDeque<>();
    for (int i = 0; i < text.size(); i++) {
      String l = text.get(i);
      int n = i + 1;
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("@") && (l.equals(OLD_SECTION) || l.equals(NEW_SECTION))) {
        current = l.startsWith("@ from");
        stack.clear();
        continue;
      }
      int sp = l.indexOf(' ');
      String code = sp < 0 ? l : l.substring(0, sp);
      if (current == null || sp < 0 || !isCode(code)) {
        throw new IllegalStateException(source + ", line " + n + ": expected a section line or '<code> <name>', was '"
            + l + "'");
      }
      while (!stack.isEmpty() && stack.peek().code().length() >= code.length()) {
        stack.pop();
      }
      Line parent = stack.peek();
      if ((code.length() == 2) != (parent == null) || (current && code.length() == 3)) {
        throw new IllegalStateException(source + ", line " + n + ": unit " + code + " is not under a unit of the level above");
      }
      Line line = new Line(n, current, code, l.substring(sp + 1), parent);
      lines.add(line);
      stack.push(line);
    }
    return build(lines, source);
  }

  /** Two, three or five ASCII digits (a province, district or commune code). */
  private static boolean isCode(String code) {
    int n = code.length();
    if (n != 2 && n != 3 && n != 5) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static Line province(Line l) {
    return l.parent() == null ? l : province(l.parent());
  }

  private static PlaceRegistry build(List<Line> lines, String source) {
    // the merger, from the codes: a commune that survived 1 July 2025 kept its code
    Map<String, Line> oldCommunes = new HashMap<>();
    Map<String, Line> oldProvinces = new LinkedHashMap<>();
    Map<String, Line> newProvinces = new LinkedHashMap<>();
    for (Line l : lines) {
      if (l.level() == AdministrativeLevel.PROVINCE) {
        (l.current() ? newProvinces : oldProvinces).put(l.code(), l);
      } else if (!l.current() && l.level() == AdministrativeLevel.COMMUNE) {
        oldCommunes.put(l.code(), l);
      }
    }
    Map<String, Set<String>> intoNew = new HashMap<>();
    Map<String, Set<String>> fromOld = new HashMap<>();
    for (Line l : lines) {
      if (l.current() && l.level() == AdministrativeLevel.COMMUNE && oldCommunes.containsKey(l.code())) {
        String was = province(oldCommunes.get(l.code())).code();
        String now = l.parent().code();
        intoNew.computeIfAbsent(was, k -> new TreeSet<>()).add(now);
        fromOld.computeIfAbsent(now, k -> new TreeSet<>()).add(was);
      }
    }
    for (Line p : oldProvinces.values()) {
      Set<String> into = intoNew.getOrDefault(p.code(), Set.of());
      if (into.size() != 1) {
        throw new IllegalStateException(source + ", line " + p.number() + ": the communes of " + p.fullName()
            + " went to " + (into.isEmpty() ? "no province" : "provinces " + into) + "; a merged province goes to exactly one");
      }
    }
    // provinces: one unit for a province the merger left alone, two (old, new) otherwise
    Map<Line, AdministrativeUnit> units = new LinkedHashMap<>();
    Map<AdministrativeUnit, AdministrativeUnit> successor = new HashMap<>();
    Map<AdministrativeUnit, List<AdministrativeUnit>> predecessors = new HashMap<>();
    for (Line p : newProvinces.values()) {
      Line old = oldProvinces.get(p.code());
      boolean unchanged = old != null && fromOld.getOrDefault(p.code(), Set.of()).equals(Set.of(p.code()))
          && intoNew.get(p.code()).equals(Set.of(p.code()))
          && PlaceNames.key(PlaceNames.withoutKind(old.fullName())).equals(PlaceNames.key(PlaceNames.withoutKind(p.fullName())));
      AdministrativeUnit now = unit(p, null, p.slug(), !unchanged);
      units.put(p, now);
      if (unchanged) {
        units.put(old, now);
      }
    }
    for (Line p : oldProvinces.values()) {
      if (!units.containsKey(p)) {
        units.put(p, unit(p, null, p.slug(), true));
      }
    }
    for (Line p : oldProvinces.values()) {
      AdministrativeUnit was = units.get(p);
      AdministrativeUnit now = units.get(newProvinces.get(intoNew.get(p.code()).iterator().next()));
      if (was != now) {
        successor.put(was, now);
        predecessors.computeIfAbsent(now, k -> new ArrayList<>()).add(was);
      }
    }
    predecessors.replaceAll((k, v) -> v.stream().sorted(BY_CODE_THEN_DATE).toList());
    // districts and communes are made when first asked for (makeKids): a command needs a few of the 14,000
    Map<Line, List<Line>> kidsOf = new HashMap<>();
    for (Line l : lines) {
      if (l.parent() != null) {
        kidsOf.computeIfAbsent(l.parent(), k -> new ArrayList<>()).add(l);
      }
    }
    return new PlaceRegistry(lines, kidsOf, units, successor, predecessors);
  }

  /**
   * Makes the units of the children of {@code parent} (whose unit exists), once: slugs unique among
   * the children of a parent in a section ({@code slug-code} where two share one).
   */
  private void makeKids(Line parent) {
    List<Line> kids = kidsOf.getOrDefault(parent, List.of());
    if (kids.isEmpty() || units.containsKey(kids.get(0))) {
      return;
    }
    Map<String, Integer> slugs = new HashMap<>();
    for (Line k : kids) {
      slugs.merge(k.slug(), 1, Integer::sum);
    }
    AdministrativeUnit p = units.get(parent);
    for (Line k : kids) {
      String slug = k.slug();
      units.put(k, unit(k, p, slugs.get(slug) > 1 ? slug + "-" + k.code() : slug, true));
    }
  }

  /** The unit of a line, made with its siblings (and its parents first) if it was not yet. */
  private AdministrativeUnit unitOf(Line l) {
    AdministrativeUnit u = units.get(l);
    if (u == null) {
      unitOf(l.parent());
      makeKids(l.parent());
      u = units.get(l);
    }
    return u;
  }

  private static AdministrativeUnit unit(Line l, AdministrativeUnit parent, String slug, boolean dated) {
    AdministrativeUnit.Builder b = AdministrativeUnit.builder().id(slug).name(PlaceNames.withoutKind(l.fullName()))
        .kind(PlaceNames.kindOf(l.fullName()).orElseThrow()).level(l.level()).officialCode(l.code());
    if (parent != null) {
      b.parent(parent);
    }
    if (dated && l.current()) {
      b.existsFrom(FIRST_NEW_DAY);
    } else if (dated) {
      b.existsUntil(LAST_OLD_DAY);
    }
    return b.build();
  }

  /** Every unit: the provinces, then the children of each line in the file's order (all are made). */
  synchronized List<AdministrativeUnit> all() {
    if (all == null) {
      List<AdministrativeUnit> every = new ArrayList<>(lines.size());
      for (Line p : provinceLines) {
        every.add(units.get(p));
      }
      for (Line l : lines) {
        for (Line k : kidsOf.getOrDefault(l, List.of())) {
          every.add(unitOf(k));
        }
      }
      all = every.stream().distinct().toList();
    }
    return all;
  }

  List<AdministrativeUnit> provinces() {
    return provinces;
  }

  synchronized List<AdministrativeUnit> withCode(String code) {
    return byCode.computeIfAbsent(code, c -> linesByCode.getOrDefault(c, List.of()).stream().map(this::unitOf)
        .distinct().sorted(BY_CODE_THEN_DATE).toList());
  }

  synchronized List<AdministrativeUnit> children(AdministrativeUnit parent) {
    List<AdministrativeUnit> known = children.get(parent);
    if (known != null) {
      return known;
    }
    List<AdministrativeUnit> kids = new ArrayList<>();
    for (Line l : parent.officialCode().map(c -> linesByCode.getOrDefault(c, List.of())).orElse(List.of())) {
      if (unitOf(l).equals(parent)) {
        for (Line k : kidsOf.getOrDefault(l, List.of())) {
          kids.add(unitOf(k));
        }
      }
    }
    List<AdministrativeUnit> sorted = kids.stream().sorted(BY_CODE_THEN_DATE).toList();
    children.put(parent, sorted);
    return sorted;
  }

  boolean contains(AdministrativeUnit unit) {
    return unit.officialCode().map(c -> withCode(c).contains(unit)).orElse(false);
  }

  Optional<AdministrativeUnit> successorProvince(AdministrativeUnit oldProvince) {
    return Optional.ofNullable(provinceSuccessor.get(oldProvince));
  }

  List<AdministrativeUnit> predecessorProvinces(AdministrativeUnit newProvince) {
    return provincePredecessors.getOrDefault(newProvince, List.of());
  }

  /** The unit with {@code code} that exists on {@code date} and passes {@code filter}. */
  Optional<AdministrativeUnit> byCode(String code, LocalDate date, Predicate<AdministrativeUnit> filter) {
    return withCode(code).stream().filter(u -> u.existsOn(date) && filter.test(u)).findFirst();
  }
}
