package vn.ocop.catalog;

import java.time.LocalDate;
import vn.ocop.NullArgumentException;
import vn.ocop.law.Instrument;

/**
 * No criteria catalogue was in force on the date asked for: the date lies before the first
 * scorecards of the OCOP programme (Decision 1048/QĐ-TTg, in force from 21/08/2019). Asking for such
 * a date is an error, never a silent default (DESIGN.md, decision 1). Carries the date and the
 * nearest catalogue, the first one in force after it.
 *
 * @since 0.1
 */
public class NoCatalogueInForceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private final Instrument nearestInstrument;
  private final LocalDate nearestFrom;

  /**
   * No catalogue was in force on {@code date}; names the nearest one.
   *
   * @param date the date asked for; not null
   * @param nearestInstrument the instrument of the nearest catalogue; not null
   * @param nearestFrom the date from which the nearest catalogue is in force; not null
   */
  public NoCatalogueInForceException(LocalDate date, Instrument nearestInstrument, LocalDate nearestFrom) {
    super("No OCOP criteria catalogue was in force on " + NullArgumentException.check(date, "date")
        + "; the nearest is the catalogue of " + NullArgumentException.check(nearestInstrument, "nearestInstrument")
        + ", in force from " + NullArgumentException.check(nearestFrom, "nearestFrom"));
    this.date = date;
    this.nearestInstrument = nearestInstrument;
    this.nearestFrom = nearestFrom;
  }

  /** {@return the date asked for} */
  public LocalDate date() {
    return date;
  }

  /** {@return the instrument of the nearest catalogue in time} */
  public Instrument nearestInstrument() {
    return nearestInstrument;
  }

  /** {@return the first day the nearest catalogue is in force} */
  public LocalDate nearestFrom() {
    return nearestFrom;
  }
}
