package vn.ocop.cli.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people write them: {@code 05/06/2024} in Vietnamese, {@code 5 June 2024} in English. */
final class Dates {
  private Dates() {}

  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

  static String format(LocalDate date, Lang lang) {
    return date == null ? "" : date.format(lang == Lang.VI ? VI : EN);
  }
}
