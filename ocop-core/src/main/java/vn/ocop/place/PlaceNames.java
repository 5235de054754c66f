package vn.ocop.place;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.ocop.NullArgumentException;

/**
 * How the names of Viet Nam's administrative units are compared, split and turned into ids.
 *
 * <p>Official names carry the unit's kind ("Tỉnh Kiên Giang", "Huyện Hòn Đất", "Phường Ba Đình",
 * "Đặc khu Phú Quốc"), and the same name is written with two tone-mark conventions: the older one
 * puts the mark on the second vowel of {@code oa}, {@code oe}, {@code uy} ("Thanh Hoá", "Khánh Hoà",
 * "Thuỷ"), the newer one on the first ("Thanh Hóa", "Khánh Hòa", "Thủy"); both occur in the official
 * lists (General Statistics Office; Decision 19/2025/QĐ-TTg). {@link #key(String)} makes the two
 * compare equal; nothing here changes how a name is displayed. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PlaceNames {

  /**
   * The kind words that begin official names, longest first so that "Thị xã" is not read as "Thị".
   * "Thành phố" is both a province-level city and a provincial city (a district-level unit).
   */
  static final List<String> KINDS = List.of("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện",
      "Quận", "Tỉnh", "Xã");

  private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

  // compiled once: slug runs for every unit of the registry (about 14,000) when it is first read
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private PlaceNames() {}

  /**
   * The name in Unicode NFC, the form names are kept in.
   *
   * @param name a name; not null
   * @return the name in NFC
   */
  public static String nfc(String name) {
    return Normalizer.normalize(NullArgumentException.check(name, "name"), Normalizer.Form.NFC);
  }

  /**
   * A key under which two spellings of the same name are equal: NFC, lower case, spaces collapsed,
   * and in every syllable the tone mark (huyền, sắc, hỏi, ngã, nặng) moved after the syllable's
   * letters, so that "Thanh Hoá" and "Thanh Hóa" have the same key while "Minh Quán" and "Minh
   * Quân" (different vowels) and "Sa Pa" and "Sa Pả" (different tones) do not. The key is for
   * comparison only, never for display.
   *
   * @param name a name, with or without its kind word; not null
   * @return the comparison key
   */
  public static String key(String name) {
    String d = Normalizer.normalize(NullArgumentException.check(name, "name").trim().toLowerCase(Locale.ROOT),
        Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    StringBuilder syllable = new StringBuilder();
    char tone = 0;
    for (int i = 0; i <= d.length(); i++) {
      char c = i < d.length() ? d.charAt(i) : ' ';
      if (TONE_MARKS.indexOf(c) >= 0) {
        tone = c;
      } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        syllable.append(c);
      } else {
        if (syllable.length() > 0) {
          out.append(syllable);
          if (tone != 0) {
            out.append(tone);
          }
          syllable.setLength(0);
          tone = 0;
        }
        if (!Character.isWhitespace(c)) {
          out.append(c);
        } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && i < d.length()) {
          out.append(' ');
        }
      }
    }
    return Normalizer.normalize(out.toString().strip(), Normalizer.Form.NFC);
  }

  /**
   * A lowercase ASCII slug of a name: diacritics removed, {@code đ} read as {@code d}, apostrophes
   * dropped ("Ea H'leo" → {@code ea-hleo}), every other run of non-alphanumerics a hyphen ("Bà Rịa -
   * Vũng Tàu" → {@code ba-ria-vung-tau}).
   *
   * @param name a name; not null
   * @return the slug
   */
  public static String slug(String name) {
    String s = NullArgumentException.check(name, "name").replace('đ', 'd').replace('Đ', 'D');
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    String quick = asciiSlug(d);
    if (quick != null) {
      return quick;
    }
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    s = s.replace("'", "").replace("’", "");
    return EDGE_HYPHENS.matcher(NON_ALPHANUMERIC.matcher(s).replaceAll("-")).replaceAll("");
  }

  /**
   * {@link #slug} of a decomposed name made only of ASCII and combining marks (every Vietnamese name
   * once {@code đ} is replaced), in one pass; null for any other name, which takes the general way.
   * Same result: marks dropped, ASCII lower-cased, apostrophes dropped, runs of anything else one
   * hyphen, no hyphen at either end.
   */
  private static String asciiSlug(String nfd) {
    StringBuilder out = new StringBuilder(nfd.length());
    boolean gap = false;
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (c >= 0x80) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
            || type == Character.ENCLOSING_MARK) {
          continue;
        }
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c == '\'') {
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * The kind word an official name begins with ("Tỉnh", "Thành phố", "Quận", "Huyện", "Thị xã",
   * "Phường", "Xã", "Thị trấn", "Đặc khu"), if any.
   *
   * @param fullName an official name such as "Huyện Hòn Đất"; not null
   * @return the kind word, if the name begins with one
   */
  public static Optional<String> kindOf(String fullName) {
    String n = nfc(fullName).strip();
    for (String k : KINDS) {
      if (n.startsWith(k + " ") && n.length() > k.length() + 1) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * The name without its kind word: "Huyện Hòn Đất" → "Hòn Đất", "Thành phố Hồ Chí Minh" → "Hồ Chí
   * Minh", "Phường 1" → "1"; a name without a kind word is returned as it is (NFC).
   *
   * @param fullName an official name; not null
   * @return the name without its kind word, in NFC
   */
  public static String withoutKind(String fullName) {
    String n = nfc(fullName).strip();
    return kindOf(n).map(k -> n.substring(k.length() + 1).strip()).orElse(n);
  }

  /** The Levenshtein distance between two strings, for suggesting the nearest name. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
