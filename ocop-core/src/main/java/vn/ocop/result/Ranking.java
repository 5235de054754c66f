package vn.ocop.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ocop.law.StarRating;

/**
 * Products in rank order. The order is total: stars (unranked products last), then score, then
 * part C (product quality), then product id — so the same results give the same order whatever
 * order they came in. Products equal on stars, score and part C share a rank: the id only fixes
 * their listing order, it does not hide the tie (DESIGN.md, decision 7). Immutable and thread-safe.
 */
public final class Ranking {

  /** The ranking order: best first. */
  public static final Comparator<ProductResult> ORDER = Ranking::compare;

  /** Stars (more first, none last), score (higher first), part C (higher first), product id; no boxing. */
  private static int compare(ProductResult a, ProductResult b) {
    int c = Integer.compare(stars(b), stars(a));
    if (c == 0) {
      c = b.score().compareTo(a.score());
    }
    if (c == 0) {
      c = b.partC().compareTo(a.partC());
    }
    return c != 0 ? c : a.product().id().compareTo(b.product().id());
  }

  private static int stars(ProductResult r) {
    Optional<StarRating> stars = r.stars();
    return stars.isPresent() ? stars.get().stars() : 0;
  }

  private final List<RankedProduct> entries;

  private Ranking(List<RankedProduct> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Ranks the given results: by stars, then score, then the mean of part C; products equal on all three
   * share a rank and are marked tied.
   *
   * @param results the products' results, in any order
   * @return the ranking, best first
   */
  public static Ranking of(List<ProductResult> results) {
    List<ProductResult> sorted = new ArrayList<>(results);
    sorted.sort(ORDER);
    List<RankedProduct> entries = new ArrayList<>(sorted.size());
    int rank = 0;
    for (int i = 0; i < sorted.size(); i++) {
      ProductResult r = sorted.get(i);
      if (i == 0 || !tiedOnMerit(sorted.get(i - 1), r)) {
        rank = i + 1;
      }
      boolean tied = (i > 0 && tiedOnMerit(sorted.get(i - 1), r))
          || (i + 1 < sorted.size() && tiedOnMerit(r, sorted.get(i + 1)));
      entries.add(new RankedProduct(rank, tied, r));
    }
    return new Ranking(entries);
  }

  private static boolean tiedOnMerit(ProductResult a, ProductResult b) {
    return a.stars().equals(b.stars()) && a.score().compareTo(b.score()) == 0 && a.partC().compareTo(b.partC()) == 0;
  }

  /** {@return every product, best first} */
  public List<RankedProduct> entries() {
    return entries;
  }

  /** {@return the number of products ranked} */
  public int size() {
    return entries.size();
  }

  /**
   * {@return the entry of the product with the given id, if ranked here}
   *
   * @param productId the product's id
   */
  public Optional<RankedProduct> entry(String productId) {
    return entries.stream().filter(e -> e.result().product().id().equals(productId)).findFirst();
  }

  /**
   * {@return the rank of the product with the given id}
   *
   * @param productId the product's id
   */
  public Optional<Integer> rankOf(String productId) {
    return entry(productId).map(RankedProduct::rank);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Ranking[");
    for (RankedProduct e : entries) {
      sb.append(e.rank()).append(e.tied() ? "=" : "").append(' ').append(e.result().product().id()).append(' ')
          .append(e.result().score().toPlainString()).append("; ");
    }
    return sb.append(']').toString();
  }
}
