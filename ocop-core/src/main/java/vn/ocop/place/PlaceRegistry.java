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
import java.util.stream.Collectors;

/**
 * The registry read from {@code units.txt} (format {@code ocop-places/1}): every unit, the merger
 * derived from the commune codes, and the lookups behind {@link Places}. Immutable and thread-safe
 * once built.
 */
final class PlaceRegistry {
  static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
  static final LocalDate FIRST_NEW_DAY = LocalDate.of(2025, 7, 1);

  private static final Comparator<AdministrativeUnit> BY_CODE_THEN_DATE = Comparator
      .comparing((AdministrativeUnit u) -> u.officialCode().orElse(""))
      .thenComparing(u -> u.existsFrom().orElse(LocalDate.MIN));

  private final List<AdministrativeUnit> all;
  private final Map<String, List<AdministrativeUnit>> byCode;
  private final Map<AdministrativeUnit, List<AdministrativeUnit>> children;
  private final List<AdministrativeUnit> provinces;
  private final Map<AdministrativeUnit, AdministrativeUnit> provinceSuccessor;
  private final Map<AdministrativeUnit, List<AdministrativeUnit>> provincePredecessors;

  private PlaceRegistry(List<AdministrativeUnit> all, Map<AdministrativeUnit, AdministrativeUnit> provinceSuccessor,
      Map<AdministrativeUnit, List<AdministrativeUnit>> provincePredecessors) {
    this.all = List.copyOf(all);
    Map<String, List<AdministrativeUnit>> codes = new HashMap<>();
    Map<AdministrativeUnit, List<AdministrativeUnit>> kids = new HashMap<>();
    List<AdministrativeUnit> provs = new ArrayList<>();
    for (AdministrativeUnit u : all) {
      codes.computeIfAbsent(u.officialCode().orElseThrow(), k -> new ArrayList<>()).add(u);
      u.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
      if (u.level() == AdministrativeLevel.PROVINCE) {
        provs.add(u);
      }
    }
    codes.replaceAll((k, v) -> v.stream().sorted(BY_CODE_THEN_DATE).toList());
    kids.replaceAll((k, v) -> v.stream().sorted(BY_CODE_THEN_DATE).toList());
    this.byCode = Map.copyOf(codes);
    this.children = Map.copyOf(kids);
    this.provinces = provs.stream().sorted(BY_CODE_THEN_DATE).toList();
    this.provinceSuccessor = Map.copyOf(provinceSuccessor);
    this.provincePredecessors = Map.copyOf(provincePredecessors);
  }

  /** A line of the file: a unit of one section, with its parent line. */
  private record Line(int number, boolean current, String code, String fullName, Line parent) {
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
      if (l.equals("@ until " + LAST_OLD_DAY) || l.equals("@ from " + FIRST_NEW_DAY)) {
        current = l.startsWith("@ from");
        stack.clear();
        continue;
      }
      int sp = l.indexOf(' ');
      String code = sp < 0 ? l : l.substring(0, sp);
      if (current == null || sp < 0 || !code.matches("\\d{2}|\\d{3}|\\d{5}")) {
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
      AdministrativeUnit now = unit(p, null, PlaceNames.slug(PlaceNames.withoutKind(p.fullName())), !unchanged);
      units.put(p, now);
      if (unchanged) {
        units.put(old, now);
      }
    }
    for (Line p : oldProvinces.values()) {
      if (!units.containsKey(p)) {
        units.put(p, unit(p, null, PlaceNames.slug(PlaceNames.withoutKind(p.fullName())), true));
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
    // districts and communes, parents first; slugs unique among the children of a parent in a section
    Map<Line, List<Line>> byParent = lines.stream().filter(l -> l.parent() != null)
        .collect(Collectors.groupingBy(Line::parent, LinkedHashMap::new, Collectors.toList()));
    for (Line l : lines) {
      List<Line> kids = byParent.getOrDefault(l, List.of());
      Map<String, Long> slugs = kids.stream()
          .collect(Collectors.groupingBy(k -> PlaceNames.slug(PlaceNames.withoutKind(k.fullName())), Collectors.counting()));
      for (Line k : kids) {
        String slug = PlaceNames.slug(PlaceNames.withoutKind(k.fullName()));
        units.put(k, unit(k, units.get(l), slugs.get(slug) > 1 ? slug + "-" + k.code() : slug, true));
      }
    }
    List<AdministrativeUnit> all = units.values().stream().distinct().toList();
    return new PlaceRegistry(all, successor, predecessors);
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

  List<AdministrativeUnit> all() {
    return all;
  }

  List<AdministrativeUnit> provinces() {
    return provinces;
  }

  List<AdministrativeUnit> withCode(String code) {
    return byCode.getOrDefault(code, List.of());
  }

  List<AdministrativeUnit> children(AdministrativeUnit parent) {
    return children.getOrDefault(parent, List.of());
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
