package vn.ocop.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.NullArgumentException;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.place.Places;
import vn.ocop.place.UnknownPlaceException;
import vn.ocop.product.ProductCodeException.Part;

/**
 * The product code of the score sheet of Decision 26/2026/QĐ-TTg: every Phụ lục II sheet begins
 * "Mã số sản phẩm.(T).-.(X).-.(STT).-20…", that is {@code T-X-STT-year}: T the province's code and
 * X the commune's code (the administrative codes of Decision 19/2025/QĐ-TTg), STT the commune's
 * serial number of the product, and the evaluation year; e.g. {@code 91-30817-12-2026}. Immutable
 * and thread-safe.
 *
 * <p>The code is checked against the place registry ({@link Places}): the commune must belong to
 * the province on 1 January of the year or on a later day of that year — so a code of 2025 may use
 * the codes in force from 1 July 2025 (Resolution 202/2025/QH15), and a code of 2026 may not use a
 * province merged away in 2025. The canonical text has no leading zeros in STT ({@code 12}, not
 * {@code 012}): the law does not fix a width, and one written form keeps codes comparable as
 * text; {@link #parse(String)} is strict and {@code toString()} gives back exactly what it read.
 *
 * <pre>{@code
 * ProductCode c = ProductCode.parse("91-30817-12-2026");
 * c.commune().fullName();   // "Xã Hòn Đất", of An Giang
 * }</pre>
 *
 * @since 0.1
 */
public final class ProductCode {
  private final AdministrativeUnit province;
  private final AdministrativeUnit commune;
  private final int serial;
  private final int year;

  private ProductCode(AdministrativeUnit province, AdministrativeUnit commune, int serial, int year) {
    this.province = province;
    this.commune = commune;
    this.serial = serial;
    this.year = year;
  }

  /**
   * The code of a product of {@code commune} in {@code province}, identified by their official codes.
   *
   * @param province a province with its official code; not null
   * @param commune a commune with its official code; not null
   * @param serial the commune's serial number of the product, from 1
   * @param year the evaluation year
   * @return the product code
   * @throws ProductCodeException naming the part at fault: a unit without an official code, a
   *     commune not in the province in that year, a serial below 1, a year not of four digits
   *
   */
  public static ProductCode of(AdministrativeUnit province, AdministrativeUnit commune, int serial, int year) {
    NullArgumentException.check(province, "province");
    NullArgumentException.check(commune, "commune");
    String text = province.officialCode().orElse("?") + "-" + commune.officialCode().orElse("?") + "-" + serial + "-" + year;
    if (province.level() != AdministrativeLevel.PROVINCE || province.officialCode().isEmpty()) {
      throw new ProductCodeException(text, Part.PROVINCE, "Product code " + text + ": T must be a province with its"
          + " official code; " + province.path() + " is a " + province.level().nameEn()
          + province.officialCode().map(c -> "").orElse(" without code"), null);
    }
    if (commune.level() != AdministrativeLevel.COMMUNE || commune.officialCode().isEmpty()) {
      throw new ProductCodeException(text, Part.COMMUNE, "Product code " + text + ": X must be a commune with its"
          + " official code; " + commune.path() + " is a " + commune.level().nameEn()
          + commune.officialCode().map(c -> "").orElse(" without code"), null);
    }
    return check(text, province.officialCode().get(), commune.officialCode().get(), serial, year);
  }

  /**
   * Reads a code written {@code T-X-STT-year}, e.g. {@code 91-30817-12-2026}.
   *
   * @param text the code; not null
   * @return the product code
   * @throws ProductCodeException naming the part at fault
   */
  public static ProductCode parse(String text) {
    NullArgumentException.check(text, "text");
    String[] p = text.split("-", -1);
    if (p.length != 4) {
      throw new ProductCodeException(text, Part.FORMAT, "Product code '" + text + "' should read T-X-STT-year (province"
          + " code, commune code, serial number, year), e.g. 91-30817-12-2026", null);
    }
    if (!p[0].matches("\\d{2}")) {
      throw new ProductCodeException(text, Part.PROVINCE, "Product code '" + text + "': T '" + p[0]
          + "' should be a province's two-digit code, e.g. 91", null);
    }
    if (!p[1].matches("\\d{5}")) {
      throw new ProductCodeException(text, Part.COMMUNE, "Product code '" + text + "': X '" + p[1]
          + "' should be a commune's five-digit code, e.g. 30817", null);
    }
    if (!p[2].matches("[1-9]\\d{0,8}")) {
      throw new ProductCodeException(text, Part.SERIAL, "Product code '" + text + "': STT '" + p[2]
          + "' should be a serial number from 1, written without leading zeros", null);
    }
    if (!p[3].matches("\\d{4}")) {
      throw new ProductCodeException(text, Part.YEAR, "Product code '" + text + "': year '" + p[3]
          + "' should have four digits, e.g. 2026", null);
    }
    return check(text, p[0], p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]));
  }

  private static ProductCode check(String text, String t, String x, int serial, int year) {
    if (serial < 1) {
      throw new ProductCodeException(text, Part.SERIAL, "Product code " + text + ": STT " + serial
          + " should be a serial number from 1", null);
    }
    if (year < 1000 || year > 9999) {
      throw new ProductCodeException(text, Part.YEAR, "Product code " + text + ": year " + year
          + " should have four digits", null);
    }
    List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(year, 1, 1)));
    if (Places.REORGANISATION_2025.getYear() == year) {
      days.add(Places.REORGANISATION_2025);
    }
    AdministrativeUnit province = null;
    UnknownPlaceException provinceError = null;
    AdministrativeUnit elsewhere = null;
    UnknownPlaceException communeError = null;
    for (LocalDate d : days) {
      try {
        province = Places.province(t, d);
      } catch (UnknownPlaceException e) {
        provinceError = provinceError == null ? e : provinceError;
        continue;
      }
      try {
        AdministrativeUnit commune = Places.commune(x, d);
        if (commune.province().equals(province)) {
          return new ProductCode(province, commune, serial, year);
        }
        elsewhere = commune;
      } catch (UnknownPlaceException e) {
        communeError = communeError == null ? e : communeError;
      }
    }
    if (province == null) {
      throw new ProductCodeException(text, Part.PROVINCE, "Product code " + text + ": T " + t
          + " is not a province in " + year + ": " + provinceError.getMessage(), provinceError);
    }
    if (elsewhere != null) {
      throw new ProductCodeException(text, Part.COMMUNE, "Product code " + text + ": X " + x + " is "
          + elsewhere.fullName() + " of " + elsewhere.province().fullName() + " (" + elsewhere.province().officialCode()
              .orElse("?") + ") in " + year + ", not a commune of " + province.fullName() + " (" + t + ")", null);
    }
    throw new ProductCodeException(text, Part.COMMUNE, "Product code " + text + ": X " + x + " is not a commune in "
        + year + ": " + communeError.getMessage(), communeError);
  }

  /** {@return the province (T), as the registry has it in {@link #year()}} */
  public AdministrativeUnit province() {
    return province;
  }

  /** {@return the commune (X), as the registry has it in {@link #year()}} */
  public AdministrativeUnit commune() {
    return commune;
  }

  /** {@return the commune's serial number of the product (STT), from 1} */
  public int serial() {
    return serial;
  }

  /** {@return the evaluation year} */
  public int year() {
    return year;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProductCode c && c.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The code as written on the score sheet: {@code T-X-STT-year}, e.g. {@code 91-30817-12-2026}. */
  @Override
  public String toString() {
    return province.officialCode().orElseThrow() + "-" + commune.officialCode().orElseThrow() + "-" + serial + "-" + year;
  }
}
