package vn.ocop.catalog;

import java.time.LocalDate;

/** Placeholder until the catalogue branch lands: no catalogue covers a date. */
public class NoCatalogueInForceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public NoCatalogueInForceException(LocalDate date) {
    super("No criteria catalogue is in force on " + date);
  }
}
