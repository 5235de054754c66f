package vn.ocop.result;

import java.math.BigDecimal;
import java.util.Arrays;
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
  /**
   * Per entry, a number shared exactly by the entries equal on merit (stars, score, part C) and
   * increasing down the ranking: a sub-ranking ({@link #subRanking}) finds its ties from it without
   * reading the results again.
   */
  private final int[] meritGroup;
  /**
   * Per entry, its index in the list {@link #of} was given, or null where that is not known (the
   * general path, a sub-ranking): lets {@link RoundResult} read what it groups by in the list's order,
   * the order the results lie in memory, rather than in ranking order (docs/performance.md).
   */
  private final int[] inputIndex;

  private Ranking(List<RankedProduct> entries, int[] meritGroup, int[] inputIndex) {
    this.entries = entries;
    this.meritGroup = meritGroup;
    this.inputIndex = inputIndex;
  }

  /**
   * Ranks the given results: by stars, then score, then the mean of part C; products equal on all three
   * share a rank and are marked tied.
   *
   * @param results the products' results, in any order
   * @return the ranking, best first
   */
  public static Ranking of(List<ProductResult> results) {
    ProductResult[] sorted = results.toArray(new ProductResult[0]);
    int n = sorted.length;
    // Each result's merit is read once into a primitive key and the keys are sorted; the comparator
    // path read stars, score and part C through each product's sheet at every comparison (n log n
    // walks over objects spread across the heap, and an Optional per read): the sort grew faster
    // than the round (docs/performance.md, "National scale").
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      int merit = meritKey(sorted[i]);
      if (merit < 0) {
        return ofComparing(sorted);
      }
      keys[i] = ((long) merit << 32) | i;
    }
    Arrays.sort(keys);
    ProductResult[] byIndex = sorted.clone();
    int[] group = new int[n];
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = (int) keys[i];
      sorted[i] = byIndex[index[i]];
      group[i] = (int) (keys[i] >>> 32);
    }
    // equal merit: the product id fixes the listing order (stable, so equal ids keep their input order);
    // each tied product's id is read once, not at every comparison (a walk through its sheet each time)
    for (int start = 0, end; start < n; start = end) {
      end = start + 1;
      while (end < n && group[end] == group[start]) {
        end++;
      }
      if (end - start > 1) {
        Tied[] tied = new Tied[end - start];
        for (int i = start; i < end; i++) {
          tied[i - start] = new Tied(sorted[i].product().id(), sorted[i], index[i]);
        }
        Arrays.sort(tied, BY_ID);
        for (int i = start; i < end; i++) {
          sorted[i] = tied[i - start].result();
          index[i] = tied[i - start].index();
        }
      }
    }
    return ofSorted(sorted, group, index);
  }

  /** A tied result with its id read once and its index in the input. */
  private record Tied(String id, ProductResult result, int index) {}

  private static final Comparator<Tied> BY_ID = (a, b) -> a.id().compareTo(b.id());

  /** Largest score or part mean, in hundredths, that {@link #meritKey} packs: 163.83. */
  private static final int MAX_HUNDREDTHS = (1 << 14) - 1;
  private static final BigDecimal MAX_PACKED = BigDecimal.valueOf(MAX_HUNDREDTHS, 2);

  /**
   * The result's merit packed in 31 bits, smaller for better: (7 − stars) in 3 bits, then (16383 −
   * score in hundredths) and (16383 − part C in hundredths) in 14 bits each. Ordering keys orders as
   * {@link #ORDER} does before the id, and equal keys are exactly {@link #tiedOnMerit}. −1 when a value
   * does not fit (negative, finer than hundredths, or above 163.83): the caller then sorts with
   * {@link #ORDER}.
   */
  private static int meritKey(ProductResult r) {
    int stars = stars(r);
    int score = hundredths(r.score());
    int partC = hundredths(r.partC());
    if (stars < 0 || stars > 7 || score < 0 || partC < 0) {
      return -1;
    }
    return ((7 - stars) << 28) | ((MAX_HUNDREDTHS - score) << 14) | (MAX_HUNDREDTHS - partC);
  }

  private static int hundredths(BigDecimal v) {
    if (v.signum() < 0 || v.scale() > 2 || v.compareTo(MAX_PACKED) > 0) {
      return -1;
    }
    return v.scale() == 2 ? v.unscaledValue().intValue() : v.setScale(2).unscaledValue().intValue();
  }

  /** The general path, for merits {@link #meritKey} cannot pack; package-private for its test. */
  static Ranking ofComparing(ProductResult[] sorted) {
    Arrays.sort(sorted, ORDER);
    int[] group = new int[sorted.length];
    for (int i = 1; i < sorted.length; i++) {
      group[i] = tiedOnMerit(sorted[i - 1], sorted[i]) ? group[i - 1] : group[i - 1] + 1;
    }
    return ofSorted(sorted, group, null);
  }

  /**
   * Ranks results already in {@link #ORDER}, {@code group} numbering their merits, {@code inputIndex}
   * their indexes in the input (or null).
   */
  private static Ranking ofSorted(ProductResult[] sorted, int[] group, int[] inputIndex) {
    int n = sorted.length;
    RankedProduct[] entries = new RankedProduct[n];
    int rank = 0;
    for (int i = 0; i < n; i++) {
      boolean tiedAbove = i > 0 && group[i - 1] == group[i];
      if (!tiedAbove) {
        rank = i + 1;
      }
      boolean tied = tiedAbove || (i + 1 < n && group[i + 1] == group[i]);
      entries[i] = new RankedProduct(rank, tied, sorted[i]);
    }
    return new Ranking(List.of(entries), group, inputIndex);
  }

  /**
   * The ranking of some of this ranking's entries alone (a district's, a product group's): since a part
   * of a ranking is in ranking order, it needs no sort, and ties are read from the merit groups.
   *
   * @param positions positions of entries in this ranking, ascending
   * @param count how many of {@code positions} to use
   */
  Ranking subRanking(int[] positions, int count) {
    ProductResult[] sorted = new ProductResult[count];
    int[] group = new int[count];
    for (int i = 0; i < count; i++) {
      sorted[i] = entries.get(positions[i]).result();
      group[i] = meritGroup[positions[i]];
    }
    return ofSorted(sorted, group, null);
  }

  /** Per entry, its index in the list {@link #of} ranked; null where not known. Not a copy: do not change it. */
  int[] inputIndexes() {
    return inputIndex;
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
