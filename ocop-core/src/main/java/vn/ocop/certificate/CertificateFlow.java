package vn.ocop.certificate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ocop.NullArgumentException;
import vn.ocop.catalog.Catalogue;
import vn.ocop.law.StarRating;
import vn.ocop.place.Places;

/**
 * What happened to certificates between two dates (both inclusive): new, renewed, upgraded and
 * downgraded certificates by their decision date; expired by their {@link Certificate#expiryDate()};
 * revoked by the revocation's date. Immutable.
 *
 * @param from the first day
 * @param to the last day
 * @param byKind the certificates of each kind (every kind present, possibly empty)
 */
public record CertificateFlow(LocalDate from, LocalDate to, Map<FlowKind, List<Certificate>> byKind) {
  /**
   * Creates the record, checking its components.
   *
   * @param from the first day
   * @param to the last day
   * @param byKind the certificates of each kind (every kind present, possibly empty)
   * @throws NullArgumentException if a required component is null
   */
  public CertificateFlow {
    NullArgumentException.check(from, "from");
    NullArgumentException.check(to, "to");
    Map<FlowKind, List<Certificate>> m = new EnumMap<>(FlowKind.class);
    for (FlowKind k : FlowKind.values()) {
      m.put(k, List.copyOf(byKind.getOrDefault(k, List.of())));
    }
    byKind = java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The certificates of a kind.
   *
   * @param kind the kind of flow
   * @return the certificates of that kind in the period
   */
  public List<Certificate> certificates(FlowKind kind) {
    return byKind.get(kind);
  }

  /**
   * The number of certificates of a kind.
   *
   * @param kind the kind of flow
   * @return the number of certificates of that kind in the period
   */
  public int count(FlowKind kind) {
    return byKind.get(kind).size();
  }

  /**
   * {@return certificates of {@code kind} per star (for expired and revoked, the stars they had)}
   *
   * @param kind the kind of flow
   */
  public Map<StarRating, Integer> countByStars(FlowKind kind) {
    return Counts.byStars(certificates(kind));
  }

  /**
   * {@return certificates of {@code kind} per product group code of {@code catalogue}}
   *
   * @param kind the kind of flow
   * @param catalogue the catalogue whose groups count
   */
  public Map<String, Integer> countByProductGroup(FlowKind kind, Catalogue catalogue) {
    return Counts.byProductGroup(certificates(kind), catalogue);
  }

  /**
   * Certificates of {@code kind} per province on {@link #to()}: a product recorded under a province
   * merged on 1 July 2025 counts under the province it merged into ({@link Places#provinceIdOn}).
   *
   * @param kind the kind of flow
   * @return the counts per province id
   * @throws vn.ocop.place.UnknownPlaceException naming a product's province that no province of the
   *     registry ever had as id
   *
   */
  public Map<String, Integer> countByProvince(FlowKind kind) {
    return Counts.by(certificates(kind), c -> Places.provinceIdOn(c.product().place().province().id(), to));
  }

  /**
   * {@return certificates of {@code kind} per recorded district path}
   *
   * @param kind the kind of flow
   */
  public Map<String, Integer> countByDistrict(FlowKind kind) {
    return Counts.by(certificates(kind), Counts::districtKey);
  }

  /**
   * Certificates of {@code kind} counted by any key.
   *
   * @param <K> the key's type
   * @param kind the kind of flow
   * @param key the key of a certificate
   * @return the counts per key, in key order
   */
  public <K extends Comparable<? super K>> Map<K, Integer> countBy(FlowKind kind, Function<Certificate, K> key) {
    return Counts.by(certificates(kind), key);
  }
}
