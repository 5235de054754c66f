package vn.ocop.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.ocop.catalog.Catalogue;
import vn.ocop.law.StarRating;

/**
 * The certificates in force (valid or expiring) on a date, with counts. Immutable.
 *
 * @param date the date
 * @param certificates those in force, in number order
 */
public record CertificateStock(LocalDate date, List<Certificate> certificates) {
  public CertificateStock {
    Objects.requireNonNull(date, "date");
    certificates = List.copyOf(certificates);
  }

  public int total() {
    return certificates.size();
  }

  public Map<StarRating, Integer> countByStars() {
    return Counts.byStars(certificates);
  }

  /** Counts by product set code, e.g. {@code 148/03}. */
  public Map<String, Integer> countByProductSet() {
    return Counts.by(certificates, c -> c.product().productSet());
  }

  /**
   * Counts by product group code (e.g. {@code 148/1}) as {@code catalogue} groups the product sets.
   *
   * @throws CertificateException naming a certificate whose product set is not in the catalogue
   */
  public Map<String, Integer> countByProductGroup(Catalogue catalogue) {
    return Counts.byProductGroup(certificates, catalogue);
  }

  /** Counts by the province each product's place belongs to on {@link #date()} under {@code mapping}. */
  public Map<String, Integer> countByProvince(ProvinceMapping mapping) {
    return Counts.by(certificates, c -> mapping.provinceOn(c.product().place(), date));
  }

  /** Counts by the district path the product was recorded under (its province's path if none). */
  public Map<String, Integer> countByDistrict() {
    return Counts.by(certificates, Counts::districtKey);
  }

  /** Counts by any key. */
  public <K extends Comparable<? super K>> Map<K, Integer> countBy(Function<Certificate, K> key) {
    return Counts.by(certificates, key);
  }
}
