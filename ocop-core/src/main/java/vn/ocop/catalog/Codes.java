package vn.ocop.catalog;

/**
 * The code scheme of the catalogue. Full codes read instrument / product set / entry:
 * {@code 148/01} a product set, {@code 148/01/A1} a criterion group, {@code 148/01/A1a} a
 * criterion, {@code 148/01/A1a/3} an option. The key is the code within its product set
 * ({@code A1a/3}). Codes are ASCII: the Vietnamese letter đ of criterion {@code đ)} is written
 * {@code dd}.
 */
final class Codes {
  private Codes() {}

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
