package vn.ocop.place;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A province, district or commune that the registry ({@link Places}) does not know, or that did not
 * exist on the date asked. The message names the value and the date and, where it can, the nearest
 * known place and what became of the unit ("kien-giang did not exist on 2026-11-05: merged into
 * an-giang on 2025-07-01"); the same facts are fields, for a program to use. Immutable.
 *
 * @since 0.1
 */
public final class UnknownPlaceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String value;
  private final AdministrativeLevel level;
  private final transient LocalDate date;
  private final transient AdministrativeUnit nearest;
  private final transient AdministrativeUnit counterpart;

  UnknownPlaceException(String message, String value, AdministrativeLevel level, LocalDate date,
      AdministrativeUnit nearest, AdministrativeUnit counterpart) {
    super(message);
    this.value = value;
    this.level = level;
    this.date = date;
    this.nearest = nearest;
    this.counterpart = counterpart;
  }

  /** {@return the id, code, path or name that was asked for, as given} */
  public String value() {
    return value;
  }

  /** {@return the level that was asked for} */
  public AdministrativeLevel level() {
    return level;
  }

  /** {@return the date on which the place was asked for} */
  public LocalDate date() {
    return date;
  }

  /** {@return the known place nearest to {@link #value()} on {@link #date()} (by edit distance), if any} */
  public Optional<AdministrativeUnit> nearest() {
    return Optional.ofNullable(nearest);
  }

  /**
   * When {@link #value()} names a unit that existed on other dates: the unit that stood for it on
   * {@link #date()} (its successor after the 2025 merger, or its predecessor before it), if known.
   *
   * @return the counterpart unit, if known
   */
  public Optional<AdministrativeUnit> counterpart() {
    return Optional.ofNullable(counterpart);
  }
}
