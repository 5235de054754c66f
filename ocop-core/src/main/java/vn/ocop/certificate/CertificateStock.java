package vn.ocop.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ocop.NullArgumentException;
import vn.ocop.catalog.Catalogue;
import vn.ocop.law.StarRating;
import vn.ocop.place.Places;

/**
 * The certificates in force (valid or expiring) on a date, with counts. Immutable.
 *
 * @param date the date
 * @param certificates those in force, in number order
 */
public record CertificateStock(LocalDate date, List<Certificate> certificates) {
  /**
   * Creates the record, checking its components.
   *
   * @param date the date
   * @param certificates those in force, in number order
   * @throws NullArgumentException if a required component is null
   */
  public CertificateStock {
    NullArgumentException.check(date, "date");
    certificates = List.copyOf(certificates);
  }

  /** {@return the number of certificates in force} */
  public int total() {
    return certificates.size();
  }

  /** {@return the counts per star level} */
  public Map<StarRating, Integer> countByStars() {
    return Counts.byStars(certificates);
  }

  /** {@return counts by product set code, e.g. {@code 148/03}} */
  public Map<String, Integer> countByProductSet() {
    return Counts.by(certificates, c -> c.product().productSet());
  }

  /**
   * Counts by product group code (e.g. {@code 148/1}) as {@code catalogue} groups the product sets.
   *
   * @param catalogue the catalogue whose groups count
   * @return the counts per product group code
   * @throws CertificateException naming a certificate whose product set is not in the catalogue
   */
  public Map<String, Integer> countByProductGroup(Catalogue catalogue) {
    return Counts.byProductGroup(certificates, catalogue);
  }

  /**
   * Counts by the province each product's place belongs to on {@link #date()}: a product recorded
   * under a province merged on 1 July 2025 counts under the province it merged into ({@link
   * Places#provinceIdOn}).
   *
   * @return the counts per province id
   * @throws vn.ocop.place.UnknownPlaceException naming a product's province that no province of the
   *     registry ever had as id
   *
   */
  public Map<String, Integer> countByProvince() {
    return Counts.by(certificates, c -> Places.provinceIdOn(c.product().place().province().id(), date));
  }

  /** {@return counts by the district path the product was recorded under (its province's path if none)} */
  public Map<String, Integer> countByDistrict() {
    return Counts.by(certificates, Counts::districtKey);
  }

  /**
   * {@return counts by any key}
   *
   * @param <K> the key's type
   * @param key the key of a certificate
   */
  public <K extends Comparable<? super K>> Map<K, Integer> countBy(Function<Certificate, K> key) {
    return Counts.by(certificates, key);
  }
}
