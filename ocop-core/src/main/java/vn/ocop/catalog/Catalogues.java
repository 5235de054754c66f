package vn.ocop.catalog;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.NullArgumentException;
import vn.ocop.law.Instrument;

/**
 * The criteria catalogues bundled with the library, loaded lazily from the class path on first use
 * and validated by {@link CatalogueReader}; thread-safe (a catalogue is read at most once unless
 * reading fails, in which case the next call tries again and fails the same way).
 *
 * <ul>
 *   <li>Decision 1048/QĐ-TTg (as amended by Decision 781/QĐ-TTg): part level only (A 35, B 25, C
 *       40), its six product groups; in force from 21/08/2019 to 23/02/2023.
 *   <li>Decision 148/QĐ-TTg, Appendix I (6 groups, 17 sub-groups, 26 product sets) and III (each set's
 *       option-level scorecard, A 40, B 25, C 35); in force from 24/02/2023. Decision 1489/QĐ-TTg
 *       (06/07/2025) changed the procedure, not the scorecards, so 148's catalogue stays in force.
 *   <li>Decision 26/2026/QĐ-TTg, Phụ lục I and II: 6 groups, 17 groups (nhóm), 26 product sets with
 *       the ministry in charge of each and their option-level scorecards and disqualifications (A 40,
 *       B 25, C 35); in force from 22/05/2026. Which catalogue a round uses is chosen by {@link
 *       #inForceOn(LocalDate)}.
 * </ul>
 *
 * <pre>{@code
 * Catalogue c = Catalogues.inForceOn(LocalDate.of(2024, 5, 10));   // Decision 148
 * Catalogue now = Catalogues.inForceOn(LocalDate.of(2026, 11, 20));  // Decision 26/2026
 * Scorecard honey = c.scorecard(c.productSet("04")).orElseThrow();
 * }</pre>
 *
 * @since 0.1
 */
public final class Catalogues {
  private static final String BASE = "/vn/ocop/catalog/";

  private static final Supplier<Catalogue> D148 = Suppliers.memoize(() -> load("148"));
  private static final Supplier<Catalogue> D1048 = Suppliers.memoize(() -> load("1048"));
  private static final Supplier<Catalogue> D26_2026 = Suppliers.memoize(() -> load("26-2026"));

  private Catalogues() {}

  /** {@return the catalogue of Decision 148/QĐ-TTg: 26 product sets with option-level scorecards} */
  public static Catalogue decision148() {
    return D148.get();
  }

  /** {@return the part-level catalogue of Decision 1048/QĐ-TTg (as amended by 781/QĐ-TTg): no scorecards} */
  public static Catalogue decision1048() {
    return D1048.get();
  }

  /**
   * The catalogue of Decision 26/2026/QĐ-TTg: Phụ lục I (6 product groups, 17 groups, 26 product sets
   * with the ministry in charge of each) and Phụ lục II (the 26 option-level scorecards, A 40 / B 25
   * / C 35, with their disqualifications). Codes keep the law's numbering ({@code 26-2026/03/1.1}).
   *
   * @return the catalogue of Decision 26/2026/QĐ-TTg
   * @since 0.1
   */
  public static Catalogue decision26of2026() {
    return D26_2026.get();
  }

  /** {@return every bundled catalogue, oldest first: 1048, 148, 26/2026} */
  public static List<Catalogue> all() {
    return List.of(decision1048(), decision148(), decision26of2026());
  }

  /**
   * The catalogue of an instrument.
   *
   * @param instrument 1048, 148 or 26/2026 (781 amends 1048 and gives its catalogue); not null
   * @return the instrument's catalogue
   * @throws IllegalArgumentException naming the instrument if it has no catalogue of its own
   *     (490, 919 and 1489 set no scorecards)
   *
   */
  public static Catalogue forInstrument(Instrument instrument) {
    NullArgumentException.check(instrument, "instrument");
    return switch (instrument) {
      case D148 -> decision148();
      case D26_2026 -> decision26of2026();
      case D1048, D781 -> decision1048();
      default -> throw new IllegalArgumentException(instrument + " sets no criteria catalogue of its own; "
          + "catalogues exist for " + Instrument.D1048 + " (amended by " + Instrument.D781 + "), " + Instrument.D148
          + " and " + Instrument.D26_2026);
    };
  }

  /**
   * The catalogue for a dossier filed on a date: 1048 from 21/08/2019 to 23/02/2023, 148 from
   * 24/02/2023 to 21/05/2026, 26/2026 from 22/05/2026 on. Rounds are judged by the law in force on their
   * date, not today's; during the transition of Decision 26/2026/QĐ-TTg (Article 12.2) a dossier filed
   * before 22/05/2026 is still scored with 148's catalogue until 21/07/2026 — the catalogue of a
   * product is chosen by {@link vn.ocop.round.Round#law}, which this method does not know.
   *
   * @param date the date; not null
   * @return the catalogue for a dossier filed on that date
   * @throws NoCatalogueInForceException if the date is before 21/08/2019
   */
  public static Catalogue inForceOn(LocalDate date) {
    NullArgumentException.check(date, "date");
    if (!date.isBefore(Instrument.D26_2026.inForceFrom())) {
      return decision26of2026();
    }
    if (!date.isBefore(Instrument.D148.inForceFrom())) {
      return decision148();
    }
    if (!date.isBefore(Instrument.D1048.inForceFrom())) {
      return decision1048();
    }
    throw new NoCatalogueInForceException(date, Instrument.D1048, Instrument.D1048.inForceFrom());
  }

  private static Catalogue load(String dir) {
    String header = BASE + dir + "/catalogue.txt";
    try (Reader r = open(header)) {
      if (r == null) {
        throw new IllegalStateException("bundled catalogue " + header + " is missing from the class path");
      }
      return CatalogueReader.read(r, header, name -> open(BASE + dir + "/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled catalogue " + header, e);
    }
  }

  private static Reader open(String resource) {
    InputStream in = Catalogues.class.getResourceAsStream(resource);
    return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
