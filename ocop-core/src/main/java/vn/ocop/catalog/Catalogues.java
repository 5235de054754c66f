package vn.ocop.catalog;

import java.time.LocalDate;

/** Placeholder until the catalogue branch lands. */
public final class Catalogues {
  private Catalogues() {}

  public static Catalogue inForceOn(LocalDate date) {
    throw new NoCatalogueInForceException(date);
  }
}
