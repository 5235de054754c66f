package vn.ocop.place;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ocop.NullArgumentException;

/**
 * The bundled registry of Viet Nam's provinces, districts and communes with their official codes
 * (General Statistics Office codes, the codes of Decision 19/2025/QĐ-TTg), before and after the
 * reorganisation of 1 July 2025 (Resolution 202/2025/QH15: 63 provinces became 34, districts were
 * abolished), and the lookups of a place by id, code or name <em>on a date</em>. Loaded lazily from
 * {@code vn/ocop/place/units.txt} on first use (see {@code docs/places.md}); thread-safe.
 *
 * <p><b>Data.</b> Two snapshots of the open dataset "vietnamese-provinces-database" (Thang Le Quoc,
 * MIT licence, {@code LICENSE.txt} beside the data): 63 provinces, 696 districts and 10,035
 * communes in force on 1 March 2025, and 34 provinces and 3,321 communes in force on 30 April 2026.
 * Changes before 1 March 2025 (e.g. the commune mergers of 2019–2024) and between 1 July 2025 and
 * 30 April 2026 are not dated in the data: old units are taken to exist until 30 June 2025 (their
 * first day is not known), new ones from 1 July 2025.
 *
 * <p><b>Identity.</b> A unit is its code and the dates it existed, never its code alone: {@code 91}
 * is Kiên Giang until 30/06/2025 and An Giang from 01/07/2025. A province the merger left alone
 * (the 11: Hà Nội, Huế, Lai Châu, Điện Biên, Sơn La, Lạng Sơn, Quảng Ninh, Thanh Hóa, Nghệ An, Hà
 * Tĩnh, Cao Bằng) is one unit that exists on every date, with districts before and communes after.
 * A commune that kept its code is a new unit (its parent changed from a district to the province)
 * whose {@linkplain #predecessors(AdministrativeUnit) predecessor} is the old commune with that code.
 *
 * <p><b>Ids.</b> The slug of the name without its kind word: {@code an-giang}, {@code ho-chi-minh},
 * {@code hon-dat}. Where two units under the same parent in the same period would get the same
 * slug, each of them gets its code as a suffix ({@code ky-anh-447} for Huyện Kỳ Anh, {@code
 * ky-anh-449} for Thị xã Kỳ Anh). Names are kept exactly as the source writes them (NFC) and
 * compared by {@link PlaceNames#key(String)}.
 *
 * <pre>{@code
 * AdministrativeUnit kienGiang = Places.province("kien-giang", LocalDate.of(2024, 5, 28));
 * AdministrativeUnit anGiang = Places.successorOn(kienGiang, LocalDate.of(2026, 1, 1)).orElseThrow();
 * Places.predecessors(anGiang);                 // [An Giang (89), Kiên Giang (91)], both until 30/06/2025
 * Places.province("kien-giang", LocalDate.of(2026, 11, 5));
 * // UnknownPlaceException: Province kien-giang did not exist on 2026-11-05: merged into an-giang on 2025-07-01
 * }</pre>
 *
 * @since 0.1
 */
public final class Places {
  /** The first day of two-tier local government: the merged provinces and new communes exist from it. */
  public static final LocalDate REORGANISATION_2025 = PlaceRegistry.FIRST_NEW_DAY;

  /**
   * The date of the earliest list in the registry (1 March 2025): a unit dissolved before it (e.g. in
   * the commune and district mergers of 2019–2024) is not in the registry.
   */
  public static final LocalDate FIRST_LISTED = LocalDate.of(2025, 3, 1);

  private static final String RESOURCE = "/vn/ocop/place/units.txt";
  private static final Supplier<PlaceRegistry> REGISTRY = Suppliers.memoize(Places::load);

  private Places() {}

  private static PlaceRegistry load() {
    try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The place registry " + RESOURCE + " is missing from the class path");
      }
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      return PlaceRegistry.parse(lines, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  static PlaceRegistry registry() {
    return REGISTRY.get();
  }

  /** {@return every unit of the registry, provinces, districts and communes of both periods} */
  public static List<AdministrativeUnit> all() {
    return registry().all();
  }

  /**
   * The provinces that existed on {@code date}, by code: 63 until 30 June 2025, 34 from 1 July 2025.
   *
   * @param date the date; not null
   * @return the provinces on that date
   */
  public static List<AdministrativeUnit> provinces(LocalDate date) {
    NullArgumentException.check(date, "date");
    return registry().provinces().stream().filter(p -> p.existsOn(date)).toList();
  }

  /**
   * The units directly under {@code parent} that existed on {@code date}, by code: the districts of
   * a province until 30 June 2025, its communes from 1 July 2025; the communes of a district.
   *
   * @param parent a unit of the registry; not null
   * @param date the date; not null
   * @return the units directly under {@code parent} on that date
   */
  public static List<AdministrativeUnit> children(AdministrativeUnit parent, LocalDate date) {
    NullArgumentException.check(date, "date");
    return registry().children(NullArgumentException.check(parent, "parent")).stream().filter(u -> u.existsOn(date)).toList();
  }

  /**
   * {@return whether {@code unit} is a unit of the registry (not one a host built itself)}
   *
   * @param unit a unit; not null
   */
  public static boolean isRegistered(AdministrativeUnit unit) {
    return registry().contains(NullArgumentException.check(unit, "unit"));
  }

  /**
   * The province with this id, official code or name on {@code date}: {@code "kien-giang"}, {@code
   * "91"}, {@code "Kiên Giang"} or {@code "Tỉnh Kiên Giang"} (names compared by {@link
   * PlaceNames#key(String)}).
   *
   * @param idOrCode an id, a two-digit code or a name; not null
   * @param date the date; not null
   * @return the province
   * @throws UnknownPlaceException naming the value and the date, with the nearest province on that
   *     date and, for a province that existed on other dates, what became of it
   *
   */
  public static AdministrativeUnit province(String idOrCode, LocalDate date) {
    NullArgumentException.check(idOrCode, "idOrCode");
    NullArgumentException.check(date, "date");
    return find(null, idOrCode, AdministrativeLevel.PROVINCE, date, registry().provinces());
  }

  /**
   * A district of {@code province} on {@code date} (districts exist until 30 June 2025), by id, code
   * or name.
   *
   * @param province the province; not null
   * @param idOrCode an id, a three-digit code or a name; not null
   * @param date the date; not null
   * @return the district
   * @throws UnknownPlaceException naming the value, the province and the date, with the nearest match
   */
  public static AdministrativeUnit district(AdministrativeUnit province, String idOrCode, LocalDate date) {
    return child(province, idOrCode, AdministrativeLevel.DISTRICT, date);
  }

  /**
   * A commune (xã, phường, thị trấn, đặc khu) of {@code parent} on {@code date}, by id, code or name:
   * the parent is its district until 30 June 2025, its province from 1 July 2025.
   *
   * @param parent the district, or the province from 1 July 2025; not null
   * @param idOrCode an id, a five-digit code or a name; not null
   * @param date the date; not null
   * @return the commune
   * @throws UnknownPlaceException naming the value, the parent and the date, with the nearest match
   */
  public static AdministrativeUnit commune(AdministrativeUnit parent, String idOrCode, LocalDate date) {
    return child(parent, idOrCode, AdministrativeLevel.COMMUNE, date);
  }

  /**
   * The commune with this five-digit official code on {@code date}.
   *
   * @param code the five-digit official code; not null
   * @param date the date; not null
   * @return the commune
   * @throws UnknownPlaceException naming the code and the date; for a code that belonged to another
   *     commune on other dates, it names that commune
   *
   */
  public static AdministrativeUnit commune(String code, LocalDate date) {
    NullArgumentException.check(code, "code");
    NullArgumentException.check(date, "date");
    if (!code.matches("\\d{5}")) {
      throw new UnknownPlaceException("Commune code '" + code + "' is not a five-digit official code (e.g. 30817)",
          code, AdministrativeLevel.COMMUNE, date, null, null);
    }
    return find(null, code, AdministrativeLevel.COMMUNE, date, List.of());
  }

  /**
   * The unit of a slug path ({@code kien-giang/hon-dat/soc-son}, a province first) or an official code
   * ({@code 91}, {@code 903}, {@code 30820}) on {@code date}.
   *
   * @param pathOrCode a slug path from the province down, or an official code; not null
   * @param date the date; not null
   * @return the unit
   * @throws UnknownPlaceException naming the first part of the path that is not known on that date
   */
  public static AdministrativeUnit resolve(String pathOrCode, LocalDate date) {
    NullArgumentException.check(pathOrCode, "pathOrCode");
    NullArgumentException.check(date, "date");
    if (pathOrCode.matches("\\d+")) {
      return byCode(pathOrCode, date);
    }
    String[] parts = pathOrCode.split("/", -1);
    AdministrativeUnit u = province(parts[0], date);
    for (int i = 1; i < parts.length; i++) {
      u = child(u, parts[i], null, date);
    }
    return u;
  }

  /**
   * The unit under {@code parent} of a relative slug path ({@code hon-dat/soc-son} under Kiên Giang)
   * on {@code date}.
   *
   * @param parent the unit the path starts under; not null
   * @param relativePath a slug path below {@code parent}; not null
   * @param date the date; not null
   * @return the unit
   * @throws UnknownPlaceException naming the first part of the path that is not known on that date
   */
  public static AdministrativeUnit resolve(AdministrativeUnit parent, String relativePath, LocalDate date) {
    NullArgumentException.check(relativePath, "relativePath");
    AdministrativeUnit u = NullArgumentException.check(parent, "parent");
    for (String part : relativePath.split("/", -1)) {
      u = child(u, part, null, date);
    }
    return u;
  }

  /**
   * The unit with an official code (2 digits: province, 3: district, 5: commune) on {@code date}.
   *
   * @param code an official code of 2, 3 or 5 digits; not null
   * @param date the date; not null
   * @return the unit
   * @throws UnknownPlaceException naming the code and the date
   */
  public static AdministrativeUnit byCode(String code, LocalDate date) {
    NullArgumentException.check(code, "code");
    NullArgumentException.check(date, "date");
    AdministrativeLevel level = switch (code.length()) {
      case 2 -> AdministrativeLevel.PROVINCE;
      case 3 -> AdministrativeLevel.DISTRICT;
      case 5 -> AdministrativeLevel.COMMUNE;
      default -> throw new UnknownPlaceException("'" + code + "' is not an official code: provinces have 2 digits,"
          + " districts 3, communes 5", code, null, date, null, null);
    };
    return find(null, code, level, date, level == AdministrativeLevel.PROVINCE ? registry().provinces() : List.of());
  }

  /**
   * The unit that stands for {@code unit} on {@code date}: the unit itself if it existed then;
   * after 30 June 2025, for a merged province the province it merged into, for a district the
   * province its area passed to (districts were abolished), for a commune the commune that kept its
   * code. Empty if the date is before the unit began, or for a commune whose code did not survive
   * (where it went is not in the data).
   *
   * @param unit a unit of the registry; not null
   * @param date the date; not null
   * @return the unit standing for {@code unit} on that date, if known
   * @throws IllegalArgumentException if the unit is not one of the registry's
   */
  public static Optional<AdministrativeUnit> successorOn(AdministrativeUnit unit, LocalDate date) {
    NullArgumentException.check(date, "date");
    requireRegistered(unit);
    if (unit.existsOn(date)) {
      return Optional.of(unit);
    }
    if (unit.existsFrom().map(date::isBefore).orElse(false)) {
      return Optional.empty();
    }
    return switch (unit.level()) {
      case PROVINCE -> registry().successorProvince(unit);
      case DISTRICT -> successorOn(unit.province(), date);
      case COMMUNE -> registry().byCode(unit.officialCode().orElseThrow(), date, u -> u.level() == AdministrativeLevel.COMMUNE);
    };
  }

  /**
   * The units that {@code unit} continues from before 1 July 2025: for a province formed by the
   * merger, the old provinces whose communes' codes it holds, by code (An Giang: An Giang 89 and
   * Kiên Giang 91); for a commune that kept an old commune's code, that commune. Empty for a
   * province the merger left alone (it is the same unit on both sides), for an old unit, and for a
   * commune with a new code.
   *
   * @param unit a unit of the registry; not null
   * @return the units it continues from; empty when none
   * @throws IllegalArgumentException if the unit is not one of the registry's
   */
  public static List<AdministrativeUnit> predecessors(AdministrativeUnit unit) {
    requireRegistered(unit);
    return switch (unit.level()) {
      case PROVINCE -> registry().predecessorProvinces(unit);
      case DISTRICT -> List.of();
      case COMMUNE -> unit.existsFrom().isEmpty() ? List.of()
          : registry().byCode(unit.officialCode().orElseThrow(), PlaceRegistry.LAST_OLD_DAY, u -> true).stream().toList();
    };
  }

  /**
   * The id of the province whose territory held, on {@code date}, the province with id {@code
   * provinceId}: the id itself while that province existed (and for a province the merger left
   * alone), the id of the province it merged into after 30 June 2025 ({@code kien-giang} →
   * {@code an-giang}, {@code quang-nam} → {@code da-nang}). This is how records made under an old
   * province are counted under today's.
   *
   * @param provinceId a province id of the registry, of any date; not null
   * @param date the date; not null
   * @return the id of the province holding that territory on the date
   * @throws UnknownPlaceException if no province of the registry ever had this id, naming the nearest
   */
  public static String provinceIdOn(String provinceId, LocalDate date) {
    NullArgumentException.check(provinceId, "provinceId");
    NullArgumentException.check(date, "date");
    List<AdministrativeUnit> same = registry().provinces().stream().filter(p -> p.id().equals(provinceId)).toList();
    if (same.isEmpty()) {
      return province(provinceId, date).id();
    }
    for (AdministrativeUnit p : same) {
      if (p.existsOn(date)) {
        return p.id();
      }
    }
    return same.stream().map(p -> successorOn(p, date)).flatMap(Optional::stream).findFirst()
        .map(AdministrativeUnit::id).orElse(provinceId);
  }

  /**
   * The ids of the provinces merged into the province with id {@code provinceId} on 1 July 2025,
   * other than itself, by id ({@code an-giang} → {@code kien-giang}; {@code ho-chi-minh} → {@code
   * ba-ria-vung-tau}, {@code binh-duong}); empty for a province the merger left alone.
   *
   * @param provinceId the id of a province existing from 1 July 2025
   * @return the ids of the provinces merged into it, sorted; empty when none
   * @throws UnknownPlaceException if no province has this id from 1 July 2025
   */
  public static List<String> mergedInto(String provinceId) {
    AdministrativeUnit now = province(provinceId, REORGANISATION_2025);
    return predecessors(now).stream().map(AdministrativeUnit::id).filter(id -> !id.equals(provinceId)).sorted().toList();
  }

  private static void requireRegistered(AdministrativeUnit unit) {
    NullArgumentException.check(unit, "unit");
    if (!registry().contains(unit)) {
      throw new IllegalArgumentException(unit.level().nameEn() + " '" + unit.path() + "' is not a unit of the place"
          + " registry; look it up with Places.province/commune/resolve first");
    }
  }

  private static AdministrativeUnit child(AdministrativeUnit parent, String idOrCode, AdministrativeLevel level,
      LocalDate date) {
    NullArgumentException.check(parent, "parent");
    NullArgumentException.check(idOrCode, "idOrCode");
    NullArgumentException.check(date, "date");
    requireRegistered(parent);
    if (!parent.existsOn(date)) {
      throw notOnDate(parent.level(), parent.id(), parent.id(), date, parent);
    }
    return find(parent, idOrCode, level, date, registry().children(parent));
  }

  /**
   * The unit named by {@code value} among {@code candidates} (every date; by code from the whole
   * registry) that exists on {@code date}, or the exception that says why there is none.
   */
  private static AdministrativeUnit find(AdministrativeUnit parent, String value, AdministrativeLevel level,
      LocalDate date, List<AdministrativeUnit> candidates) {
    String what = level == null ? "Place" : capitalised(level.nameEn());
    String under = parent == null ? "" : " of " + parent.path();
    if (value.matches("\\d+")) {
      List<AdministrativeUnit> coded = registry().withCode(value).stream()
          .filter(u -> (level == null || u.level() == level)).toList();
      for (AdministrativeUnit u : coded) {
        if (u.existsOn(date)) {
          if (parent != null && !u.parent().map(parent::equals).orElse(false)) {
            throw new UnknownPlaceException(what + " code " + value + " is " + describe(u) + ", not a unit" + under
                + " (on " + date + ")", value, level, date, u, null);
          }
          return u;
        }
      }
      if (!coded.isEmpty()) {
        AdministrativeUnit other = coded.get(0);
        throw notOnDate(level, value, "code " + value + " (" + describe(other) + ")", date, other);
      }
      throw new UnknownPlaceException(what + " code " + value + under + " is not in the registry of "
          + "administrative units (General Statistics Office codes; Decision 19/2025/QĐ-TTg)", value, level, date, null, null);
    }
    String slug = PlaceNames.slug(value);
    String key = PlaceNames.key(value);
    Optional<AdministrativeUnit> hit = candidates.stream().filter(u -> u.existsOn(date)).filter(u -> (level == null || u.level() == level))
        .filter(u -> matches(u, value, key)).findFirst();
    if (hit.isPresent()) {
      return hit.get();
    }
    List<AdministrativeUnit> elsewhen = candidates.stream().filter(u -> !u.existsOn(date))
        .filter(u -> (level == null || u.level() == level)).filter(u -> matches(u, value, key)).toList();
    if (!elsewhen.isEmpty()) {
      throw notOnDate(level == null ? elsewhen.get(0).level() : level, value, value + under, date, elsewhen.get(0));
    }
    List<AdministrativeUnit> now = candidates.stream().filter(u -> u.existsOn(date)).toList();
    Optional<AdministrativeUnit> nearest = now.stream()
        .min(Comparator.comparingInt((AdministrativeUnit u) -> Math.min(PlaceNames.distance(slug, u.id()),
            PlaceNames.distance(key, PlaceNames.key(u.name())))).thenComparing(u -> u.officialCode().orElse("")));
    String known = now.isEmpty() ? (parent != null ? "; " + parent.path() + " has no units on that date" : "")
        : nearest.map(n -> "; nearest: " + n.id() + " (" + describe(n) + ")").orElse("");
    throw new UnknownPlaceException(what + " '" + value + "'" + under + " did not exist on " + date + known, value,
        level, date, nearest.orElse(null), null);
  }

  private static boolean matches(AdministrativeUnit u, String value, String key) {
    return u.id().equals(value) || PlaceNames.key(u.name()).equals(key) || PlaceNames.key(u.fullName()).equals(key);
  }

  private static UnknownPlaceException notOnDate(AdministrativeLevel level, String value, String shown, LocalDate date,
      AdministrativeUnit other) {
    String what = level == null ? "Place" : capitalised(level.nameEn());
    String message;
    AdministrativeUnit counterpart = null;
    if (other.existsUntil().map(date::isAfter).orElse(false)) {
      counterpart = successorOn(other, date).orElse(null);
      String became = counterpart == null ? "it ended on " + other.existsUntil().get()
          : other.level() == AdministrativeLevel.PROVINCE ? "merged into " + counterpart.id() + " on " + REORGANISATION_2025
          : other.level() == AdministrativeLevel.DISTRICT ? "districts were abolished on " + REORGANISATION_2025
              + "; its area is in " + counterpart.id()
          : "its code " + other.officialCode().orElseThrow() + " passed on " + REORGANISATION_2025 + " to "
              + counterpart.path() + " (" + counterpart.fullName() + ")";
      message = what + " " + shown + " did not exist on " + date + ": " + became;
    } else {
      List<AdministrativeUnit> before = predecessors(other);
      counterpart = before.isEmpty() ? null : before.get(0);
      message = what + " " + shown + " did not exist on " + date + ": it exists from " + other.existsFrom().orElseThrow()
          + (before.isEmpty() ? "" : "; before that: " + before.stream().map(b -> b.path() + " (" + b.fullName() + ")")
              .collect(Collectors.joining(", ")));
    }
    return new UnknownPlaceException(message, value, level, date, null, counterpart);
  }

  private static String describe(AdministrativeUnit u) {
    StringBuilder s = new StringBuilder(u.fullName()).append(", code ").append(u.officialCode().orElse("?"));
    u.parent().ifPresent(p -> s.append(", in ").append(p.path()));
    u.existsFrom().ifPresent(f -> s.append(", from ").append(f));
    u.existsUntil().ifPresent(t -> s.append(", until ").append(t));
    return s.toString();
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
