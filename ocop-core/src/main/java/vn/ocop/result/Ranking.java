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
   * Per entry, its index in the list {@link #of} was given, or null for a sub-ranking: lets {@link
   * RoundResult} read what it groups by in the list's order, the order the results lie in memory,
   * rather than in ranking order (docs/performance.md).
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
    ProductResult[] input = results.toArray(new ProductResult[0]);
    int[] merit = new int[input.length];
    for (int i = 0; i < input.length; i++) {
      merit[i] = meritKey(input[i]);
    }
    return of(input, merit, null);
  }

  /**
   * Ranks results whose merits were packed by {@link #meritKey} as they were gathered: {@link RoundResult}
   * packs each merit, and notes each product's id, while it pairs the outcome with the sheet — the one
   * time it reads every product's objects anyway — so that ranking does not walk them again.
   *
   * @param input the results, in their input order; not changed
   * @param merit per result, its {@link #meritKey}
   * @param ids per result, its product's id; or null, to read the ids of the tied products here
   */
  static Ranking of(ProductResult[] input, int[] merit, String[] ids) {
    int n = input.length;
    // Each result's merit is read once into a primitive key and the keys are sorted; the comparator
    // path read stars, score and part C through each product's sheet at every comparison (n log n
    // walks over objects spread across the heap, and an Optional per read): the sort grew faster
    // than the round (docs/performance.md, "National scale").
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      if (merit[i] < 0) {
        return ofComparing(input);
      }
      keys[i] = ((long) merit[i] << 32) | i;
    }
    Arrays.sort(keys);
    ProductResult[] sorted = new ProductResult[n];
    int[] group = new int[n];
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = (int) keys[i];
      sorted[i] = input[index[i]];
      group[i] = (int) (keys[i] >>> 32);
    }
    // Equal merit: the product id fixes the listing order (stable, so equal ids keep their input order).
    // The tied products' ids are first copied, in input order (the order the results, sheets and products
    // lie in memory), into one array of characters, and the ties are sorted there. Read in ranking order
    // instead, every tied product was a walk of four objects scattered across the heap (result, sheet,
    // submission, product) and every comparison two more (the id and its bytes); a larger round has more of
    // its products tied (docs/performance.md, "National scale").
    TiedIds tiedIds = TiedIds.of(input, group, index, ids);
    if (tiedIds == null) {
      return ofSorted(sorted, group, index);
    }
    char[] chars = tiedIds.chars;
    Comparator<Tied> byId = (a, b) -> Arrays.compare(chars, a.from(), a.to(), chars, b.from(), b.to());
    for (int start = 0, end; start < n; start = end) {
      end = start + 1;
      while (end < n && group[end] == group[start]) {
        end++;
      }
      if (end - start > 1) {
        Tied[] tied = new Tied[end - start];
        for (int i = start; i < end; i++) {
          tied[i - start] = new Tied(tiedIds.from[index[i]], tiedIds.to[index[i]], sorted[i], index[i]);
        }
        Arrays.sort(tied, byId);
        for (int i = start; i < end; i++) {
          sorted[i] = tied[i - start].result();
          index[i] = tied[i - start].index();
        }
      }
    }
    return ofSorted(sorted, group, index);
  }

  /**
   * The ids of the results tied on merit with another, copied in input order into one array: per input
   * index, its id's characters are {@code chars[from, to)} (an empty range for a result not tied); null
   * from {@link #of} when no result is tied.
   * {@link Arrays#compare(char[], int, int, char[], int, int)} orders these ranges as {@link
   * String#compareTo} orders the ids.
   */
  private static final class TiedIds {
    final char[] chars;
    final int[] from;
    final int[] to;

    private TiedIds(char[] chars, int[] from, int[] to) {
      this.chars = chars;
      this.from = from;
      this.to = to;
    }

    static TiedIds of(ProductResult[] input, int[] group, int[] index, String[] ids) {
      int n = input.length;
      boolean[] tied = new boolean[n];
      int count = 0;
      for (int i = 1; i < n; i++) {
        if (group[i] == group[i - 1]) {
          count += tied[index[i - 1]] ? 1 : 2;
          tied[index[i - 1]] = true;
          tied[index[i]] = true;
        }
      }
      if (count == 0) {
        return null;
      }
      int[] from = new int[n];
      int[] to = new int[n];
      char[] chars = new char[16 * count];
      int length = 0;
      for (int j = 0; j < n; j++) {
        from[j] = length;
        if (tied[j]) {
          String id = ids != null ? ids[j] : input[j].product().id();
          if (length + id.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + id.length()));
          }
          id.getChars(0, id.length(), chars, length);
          length += id.length();
        }
        to[j] = length;
      }
      return new TiedIds(chars, from, to);
    }
  }

  /** A tied result, its id's characters {@code [from, to)} in {@link TiedIds#chars}, and its index in the input. */
  private record Tied(int from, int to, ProductResult result, int index) {}

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
  static int meritKey(ProductResult r) {
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
  static Ranking ofComparing(ProductResult[] input) {
    Integer[] order = new Integer[input.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> ORDER.compare(input[a], input[b])); // stable: equal results keep input order
    ProductResult[] sorted = new ProductResult[input.length];
    int[] index = new int[input.length];
    int[] group = new int[input.length];
    for (int i = 0; i < sorted.length; i++) {
      index[i] = order[i];
      sorted[i] = input[index[i]];
      if (i > 0) {
        group[i] = tiedOnMerit(sorted[i - 1], sorted[i]) ? group[i - 1] : group[i - 1] + 1;
      }
    }
    return ofSorted(sorted, group, index);
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

  /** Per entry, its index in the list {@link #of} ranked; null for a sub-ranking. Not a copy: do not change it. */
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
