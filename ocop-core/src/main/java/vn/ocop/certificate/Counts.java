package vn.ocop.certificate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.ocop.catalog.Catalogue;
import vn.ocop.law.StarRating;

/** Counting certificates by star, product set, product group and place; shared by stock and flow. */
final class Counts {
  private Counts() {}

  static Map<StarRating, Integer> byStars(List<Certificate> list) {
    Map<StarRating, Integer> m = new EnumMap<>(StarRating.class);
    for (Certificate c : list) {
      m.merge(c.stars(), 1, Integer::sum);
    }
    return m;
  }

  static <K extends Comparable<? super K>> Map<K, Integer> by(List<Certificate> list, Function<Certificate, K> key) {
    Map<K, Integer> m = new TreeMap<>();
    for (Certificate c : list) {
      m.merge(key.apply(c), 1, Integer::sum);
    }
    return m;
  }

  /**
   * The product group's code (e.g. {@code 148/1}) of each certificate's product set in {@code catalogue}.
   *
   * @throws CertificateException naming the certificate whose product set is not in the catalogue
   */
  static Map<String, Integer> byProductGroup(List<Certificate> list, Catalogue catalogue) {
    return by(list, c -> catalogue.findProductSet(c.product().productSet())
        .map(s -> catalogue.groupOf(s).code())
        .orElseThrow(() -> new CertificateException(c.number(), c.product().id(), "Certificate " + c.number()
            + ": product set " + c.product().productSet() + " of product '" + c.product().id() + "' is not in catalogue "
            + catalogue.instrument().number())));
  }

  /** The recorded district's path, or the province's for products recorded without a district. */
  static String districtKey(Certificate c) {
    return c.product().place().district().orElse(c.product().place().province()).path();
  }
}
