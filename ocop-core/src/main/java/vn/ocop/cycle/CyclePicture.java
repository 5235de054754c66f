package vn.ocop.cycle;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.ocop.place.AdministrativeUnit;

/**
 * How many products stand at each step of the cycle on a date, province-wide and per province,
 * district and commune as the products were recorded (keys are unit paths, e.g.
 * {@code kien-giang/hon-dat}). Products recorded at a district are counted in their district and
 * province, not in any commune. Immutable.
 */
public final class CyclePicture {
  private final LocalDate date;
  private final Map<CycleStep, Integer> total;
  private final Map<String, Map<CycleStep, Integer>> byProvince;
  private final Map<String, Map<CycleStep, Integer>> byDistrict;
  private final Map<String, Map<CycleStep, Integer>> byCommune;

  private CyclePicture(LocalDate date, Collection<Journey> journeys) {
    this.date = date;
    Map<CycleStep, Integer> t = new EnumMap<>(CycleStep.class);
    Map<String, Map<CycleStep, Integer>> p = new TreeMap<>();
    Map<String, Map<CycleStep, Integer>> d = new TreeMap<>();
    Map<String, Map<CycleStep, Integer>> c = new TreeMap<>();
    for (Journey j : journeys) {
      Optional<CycleStep> step = j.stepOn(date);
      if (step.isEmpty()) {
        continue;
      }
      AdministrativeUnit place = j.product().place();
      t.merge(step.get(), 1, Integer::sum);
      add(p, place.province().path(), step.get());
      place.district().ifPresent(u -> add(d, u.path(), step.get()));
      place.commune().ifPresent(u -> add(c, u.path(), step.get()));
    }
    this.total = t;
    this.byProvince = p;
    this.byDistrict = d;
    this.byCommune = c;
  }

  private static void add(Map<String, Map<CycleStep, Integer>> m, String key, CycleStep step) {
    m.computeIfAbsent(key, k -> new EnumMap<>(CycleStep.class)).merge(step, 1, Integer::sum);
  }

  /**
   * {@return the picture on {@code date}; journeys not yet begun are left out}
   *
   * @param date the date
   * @param journeys the journeys to count
   */
  public static CyclePicture on(LocalDate date, Collection<Journey> journeys) {
    return new CyclePicture(date, journeys);
  }

  /**
   * {@return the picture at the end of {@code year} (31 December)}
   *
   * @param year the year
   * @param journeys the journeys to count
   */
  public static CyclePicture yearEnd(int year, Collection<Journey> journeys) {
    return on(LocalDate.of(year, 12, 31), journeys);
  }

  /** {@return the date of the picture} */
  public LocalDate date() {
    return date;
  }

  /**
   * {@return products at {@code step} overall}
   *
   * @param step the step
   */
  public int count(CycleStep step) {
    return total.getOrDefault(step, 0);
  }

  /** {@return products at each step overall (steps with none left out)} */
  public Map<CycleStep, Integer> counts() {
    return unmodifiable(total);
  }

  /** {@return products at each step per province path} */
  public Map<String, Map<CycleStep, Integer>> byProvince() {
    return nested(byProvince);
  }

  /** {@return products at each step per district path} */
  public Map<String, Map<CycleStep, Integer>> byDistrict() {
    return nested(byDistrict);
  }

  /** {@return products at each step per commune path} */
  public Map<String, Map<CycleStep, Integer>> byCommune() {
    return nested(byCommune);
  }

  private static Map<CycleStep, Integer> unmodifiable(Map<CycleStep, Integer> m) {
    return java.util.Collections.unmodifiableMap(new EnumMap<>(m.isEmpty() ? new EnumMap<>(CycleStep.class) : m));
  }

  private static Map<String, Map<CycleStep, Integer>> nested(Map<String, Map<CycleStep, Integer>> m) {
    Map<String, Map<CycleStep, Integer>> copy = new TreeMap<>();
    m.forEach((k, v) -> copy.put(k, unmodifiable(v)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  @Override
  public String toString() {
    return "CyclePicture[" + date + ", " + total + "]";
  }
}
