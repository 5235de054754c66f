package vn.ocop.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.law.Instrument;

/**
 * The code scheme of the catalogue. Full codes read instrument / product set / entry; the key is
 * the code within its product set. Codes are ASCII. Two schemes for criteria:
 *
 * <ul>
 *   <li><b>lettered</b> (Decision 148/QĐ-TTg, whose tables letter criteria a, b, c… within numbered
 *       groups): {@code 148/01} a product set, {@code 148/01/A1} a criterion group, {@code 148/01/A1a}
 *       a criterion (đ is written {@code dd}), {@code 148/01/A1a/3} an option;
 *   <li><b>law-numbered</b> (Decision 26/2026/QĐ-TTg, Phụ lục II, whose sheets number criteria
 *       {@code 1.1}, {@code 6.2.1}): {@code 26-2026/03/A1} a criterion group (part letter + the
 *       law's group number), {@code 26-2026/03/1.1} a criterion, {@code 26-2026/03/6.2.1} a
 *       sub-criterion, {@code 26-2026/03/7} a group that is its own single criterion, {@code
 *       26-2026/26/8a} case a) of a one-case group, {@code 26-2026/03/1.1/2} an option. A council
 *       member's sheet chooses {@code 1.1/2}.
 * </ul>
 */
final class Codes {
  private Codes() {}

  /** A law-numbered criterion label: {@code 1.1}, {@code 6.2.1}, {@code 7}, or a case {@code 8a}. */
  private static final Pattern NUMBERED_LABEL = Pattern.compile("([1-9][0-9]*)((?:\\.[1-9][0-9]*){1,2}|[a-z])?");

  /** Whether the instrument's criteria keep the law's numbering ({@code 1.1}) rather than letters. */
  static boolean lawNumbered(Instrument instrument) {
    return instrument == Instrument.D26_2026;
  }

  /**
   * The group number a law-numbered label belongs to ({@code 6} for {@code 6.2.1}, {@code 8} for
   * {@code 8a}), or -1 if {@code label} is not a law-numbered label.
   */
  static int groupNumberOfLabel(String label) {
    Matcher m = NUMBERED_LABEL.matcher(label);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** The part of a full code after instrument and product set. */
  static String key(String code) {
    int first = code.indexOf('/');
    int second = first < 0 ? -1 : code.indexOf('/', first + 1);
    return second < 0 ? code : code.substring(second + 1);
  }

  /** The instrument/product-set prefix of a full code, e.g. {@code 148/01}. */
  static String setCode(String code) {
    int first = code.indexOf('/');
    int second = first < 0 ? -1 : code.indexOf('/', first + 1);
    return second < 0 ? code : code.substring(0, second);
  }
}
