package vn.ocop.law;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.ocop.NullArgumentException;

/**
 * A legal instrument of the OCOP programme, with the date it came into force.
 *
 * <p>Rounds are judged by the instruments in force on their date, never today's (see {@code
 * DOMAIN.md} §1). Sources: the decisions of the Prime Minister (Thủ tướng Chính phủ) named by
 * {@link #number()}.
 */
public enum Instrument {
  /** Decision 490/QĐ-TTg of 07/05/2018: the national programme 2018–2020 and its six product groups. */
  D490("490/QĐ-TTg", LocalDate.of(2018, 5, 7),
      "Phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2018-2020",
      "Approves the One Commune One Product programme 2018–2020"),
  /** Decision 1048/QĐ-TTg of 21/08/2019: the first scorecards (A 35 / B 25 / C 40) and procedure. */
  D1048("1048/QĐ-TTg", LocalDate.of(2019, 8, 21),
      "Ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
      "Issues the criteria for evaluating and ranking OCOP products"),
  /** Decision 781/QĐ-TTg of 08/06/2020: amends the tables and minimum requirements of 1048. */
  D781("781/QĐ-TTg", LocalDate.of(2020, 6, 8),
      "Sửa đổi, bổ sung một số phụ lục của Quyết định 1048/QĐ-TTg",
      "Amends appendices of Decision 1048/QĐ-TTg"),
  /** Decision 919/QĐ-TTg of 01/08/2022: the programme 2021–2025 and its funding sources. */
  D919("919/QĐ-TTg", LocalDate.of(2022, 8, 1),
      "Phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021-2025",
      "Approves the OCOP programme 2021–2025"),
  /**
   * Decision 148/QĐ-TTg of 24/02/2023: 26 product sets with their scorecards (A 40 / B 25 / C 35)
   * and the procedure; replaces 1048 and 781.
   */
  D148("148/QĐ-TTg", LocalDate.of(2023, 2, 24),
      "Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
      "Issues the criteria and procedure for evaluating and ranking OCOP products"),
  /**
   * Decision 1489/QĐ-TTg of 06/07/2025: amends 148's procedure for two-tier local government (no
   * district level; the province certifies 3★ and 4★).
   */
  D1489("1489/QĐ-TTg", LocalDate.of(2025, 7, 6),
      "Sửa đổi, bổ sung quy trình đánh giá, phân hạng sản phẩm theo chính quyền địa phương hai cấp",
      "Amends the ranking procedure for two-tier local government"),
  /**
   * Decision 26/2026/QĐ-TTg of 22/05/2026 (in force the same day, Article 11.1): new scorecards for
   * 26 product sets (A 40 / B 25 / C 35), the procedure of two levels (province certifies 3★ and
   * 4★, the Ministry of Agriculture and Environment 5★), the dossier, re-evaluation, revocation and
   * the transition (Article 12). Replaces 148 and 1489 sixty days after it came into force
   * (Article 11.2; see {@link #inForceUntil()}).
   */
  D26_2026("26/2026/QĐ-TTg", LocalDate.of(2026, 5, 22),
      "Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm",
      "Issues the criteria and procedure for evaluating and ranking OCOP products");

  /**
   * The last day Decisions 148/QĐ-TTg and 1489/QĐ-TTg were in force: 21/07/2026.
   *
   * <p>Decision 26/2026/QĐ-TTg, Article 11.2: they "hết hiệu lực sau 60 ngày kể từ ngày Quyết định này
   * có hiệu lực thi hành" (lapse 60 days after 22/05/2026). Counted as the Civil Code 2015 counts a
   * period in days: Article 147.2–3, a period fixed in days starts on the day after the event (23/05/2026
   * is day 1); Article 148.1, it ends at the end of its last day (day 60 is 21/07/2026, 24:00). So
   * 21/07/2026 is the last day of 148 and 1489 and they are not in force from 22/07/2026.
   */
  public static final LocalDate LAST_DAY_OF_148 = D26_2026.inForceFrom.plusDays(60);

  private final String number;
  private final LocalDate inForceFrom;
  private final String titleVi;
  private final String titleEn;

  Instrument(String number, LocalDate inForceFrom, String titleVi, String titleEn) {
    this.number = number;
    this.inForceFrom = inForceFrom;
    this.titleVi = titleVi;
    this.titleEn = titleEn;
  }

  /** {@return the official number, e.g. {@code "148/QĐ-TTg"}} */
  public String number() {
    return number;
  }

  /**
   * The short number used in codes, e.g. {@code "148"}; {@code "26-2026"} for Decision 26/2026/QĐ-TTg
   * (the year is part of its number, and codes use {@code /} as a separator).
   *
   * @return the short number used in codes
   */
  public String shortCode() {
    String head = number.substring(0, number.indexOf('/'));
    return this == D26_2026 ? head + "-2026" : head;
  }

  /** {@return the date the instrument came into force} */
  public LocalDate inForceFrom() {
    return inForceFrom;
  }

  /**
   * The last day the instrument was in force, if it has been replaced: 1048 and 781 until
   * 23/02/2023, the day before Decision 148/QĐ-TTg (Article 3 of 148) replaced them; 148 and 1489
   * until 21/07/2026 ({@link #LAST_DAY_OF_148}, Decision 26/2026/QĐ-TTg, Article 11.2).
   *
   * @return the last day in force; empty while in force
   */
  public Optional<LocalDate> inForceUntil() {
    return switch (this) {
      // Decision 148/QĐ-TTg, Article 3: replaces Decisions 1048/QĐ-TTg and 781/QĐ-TTg from 24/02/2023.
      case D1048, D781 -> Optional.of(D148.inForceFrom.minusDays(1));
      // Decision 26/2026/QĐ-TTg, Article 11.2: 148 and 1489 lapse 60 days after 22/05/2026.
      case D148, D1489 -> Optional.of(LAST_DAY_OF_148);
      default -> Optional.empty();
    };
  }

  /**
   * {@return whether the instrument was in force on {@code date}}
   *
   * @param date the date
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(inForceFrom) && inForceUntil().map(until -> !date.isAfter(until)).orElse(true);
  }

  /**
   * {@return the instruments in force on {@code date}, in order of coming into force}
   *
   * @param date the date; not null
   */
  public static java.util.List<Instrument> inForceOn(LocalDate date) {
    NullArgumentException.check(date, "date");
    java.util.List<Instrument> list = new java.util.ArrayList<>();
    for (Instrument i : values()) {
      if (i.isInForceOn(date)) {
        list.add(i);
      }
    }
    return java.util.List.copyOf(list);
  }

  /** {@return the title in Vietnamese (abridged)} */
  public String titleVi() {
    return titleVi;
  }

  /** {@return the title in English (abridged)} */
  public String titleEn() {
    return titleEn;
  }

  /**
   * Finds an instrument by its short code ({@code "148"}), its number ({@code "148/QĐ-TTg"}) or its
   * constant name ({@code "D148"}).
   *
   * @param text the code; not null
   * @return the instrument, or empty if none matches
   */
  public static Optional<Instrument> find(String text) {
    NullArgumentException.check(text, "text");
    String t = text.trim();
    for (Instrument i : values()) {
      if (i.shortCode().equals(t) || i.number.equalsIgnoreCase(t) || i.name().equals(t.toUpperCase(Locale.ROOT))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Decision " + number;
  }
}
