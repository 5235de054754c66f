package vn.ocop.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.ocop.place.AdministrativeUnit;

/**
 * Which of today's provinces an old province's records belong to after a reorganisation. Records
 * keep the unit they were made under; this mapping only answers "under which province do they
 * appear when we ask on a date". A province the mapping does not name maps to itself. Immutable
 * and thread-safe.
 *
 * <p>{@link #REORGANISATION_2025}: from 1 July 2025 provinces were merged (63 → 34; Resolution
 * 202/2025/QH15 of the National Assembly on arranging provincial-level units — the citation is given
 * for orientation and should be checked against the official text). For the four seed provinces
 * and their partners:
 *
 * <table>
 *   <caption>Seed provinces from 1 July 2025</caption>
 *   <tr><th>province (slug)</th><th>from 1 July 2025 under</th></tr>
 *   <tr><td>Kiên Giang ({@code kien-giang})</td><td>An Giang ({@code an-giang})</td></tr>
 *   <tr><td>An Giang ({@code an-giang})</td><td>An Giang, unchanged name, now including Kiên Giang</td></tr>
 *   <tr><td>Quảng Nam ({@code quang-nam})</td><td>Đà Nẵng city ({@code da-nang})</td></tr>
 *   <tr><td>Đà Nẵng ({@code da-nang})</td><td>Đà Nẵng city, now including Quảng Nam</td></tr>
 *   <tr><td>Hà Tĩnh ({@code ha-tinh})</td><td>Hà Tĩnh, unchanged</td></tr>
 * </table>
 *
 * Other provinces are not mapped here; a host adds them with {@link #of(LocalDate, Map)}.
 */
public final class ProvinceMapping {

  /** The day the 2025 reorganisation took effect. */
  public static final LocalDate JULY_1_2025 = LocalDate.of(2025, 7, 1);

  /** The 2025 reorganisation for the seed provinces (see the class comment). */
  public static final ProvinceMapping REORGANISATION_2025 =
      of(JULY_1_2025, Map.of("kien-giang", "an-giang", "quang-nam", "da-nang"));

  /** No reorganisation: every province maps to itself. */
  public static final ProvinceMapping NONE = of(LocalDate.MAX, Map.of());

  private final LocalDate effective;
  private final Map<String, String> merges;

  private ProvinceMapping(LocalDate effective, Map<String, String> merges) {
    this.effective = effective;
    this.merges = Map.copyOf(new TreeMap<>(merges));
  }

  /**
   * A mapping from old province slugs to the slug of the province they belong to from {@code effective}.
   *
   * @throws IllegalArgumentException if a target is itself merged away (mappings must be one step)
   */
  public static ProvinceMapping of(LocalDate effective, Map<String, String> merges) {
    Objects.requireNonNull(effective, "effective");
    for (Map.Entry<String, String> e : merges.entrySet()) {
      if (merges.containsKey(e.getValue()) && !merges.get(e.getValue()).equals(e.getValue())) {
        throw new IllegalArgumentException("Province '" + e.getKey() + "' maps to '" + e.getValue()
            + "', which is itself merged into '" + merges.get(e.getValue()) + "'");
      }
    }
    return new ProvinceMapping(effective, merges);
  }

  /** The day the mapping takes effect. */
  public LocalDate effective() {
    return effective;
  }

  /** The slug of the province {@code provinceId}'s records appear under on {@code date}. */
  public String provinceOn(String provinceId, LocalDate date) {
    return date.isBefore(effective) ? provinceId : merges.getOrDefault(provinceId, provinceId);
  }

  /** The slug of the province a record made at {@code place} appears under on {@code date}. */
  public String provinceOn(AdministrativeUnit place, LocalDate date) {
    return provinceOn(place.province().id(), date);
  }

  /** The old provinces merged into {@code provinceId} (not counting itself), in slug order. */
  public List<String> mergedInto(String provinceId) {
    return merges.entrySet().stream().filter(e -> e.getValue().equals(provinceId) && !e.getKey().equals(provinceId))
        .map(Map.Entry::getKey).sorted().toList();
  }

  @Override
  public String toString() {
    return "ProvinceMapping[from " + effective + ": " + merges + "]";
  }
}
