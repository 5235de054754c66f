package vn.ocop.result;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ocop.catalog.Part;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.scoring.ScoreSheet;

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
   * @param ids every result's product id, in input order; or null, to read the ids of the tied products here
   */
  static Ranking of(ProductResult[] input, int[] merit, Ids ids) {
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
    // The ids are in one array of characters, copied in input order (the order the results, sheets and
    // products lie in memory): by RoundResult as it pairs, or here for the tied products only, and the ties
    // are sorted there. Read in ranking order instead, every tied product was a walk of four objects
    // scattered across the heap (result, sheet, submission, product) and every comparison two more (the id
    // and its bytes); a larger round has more of its products tied (docs/performance.md, "National scale").
    Ids tiedIds = ids != null ? ids : Ids.ofTied(input, group, index);
    if (tiedIds == null) {
      return ofSorted(sorted, group, index);
    }
    Comparator<Tied> byId = (a, b) -> tiedIds.compare(a.index(), b.index());
    for (int start = 0, end; start < n; start = end) {
      end = start + 1;
      while (end < n && group[end] == group[start]) {
        end++;
      }
      if (end - start > 1 && !inIdOrder(tiedIds, index, start, end)) {
        Tied[] tied = new Tied[end - start];
        for (int i = start; i < end; i++) {
          tied[i - start] = new Tied(sorted[i], index[i]);
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
   * Whether a group of tied entries, in input order, is already in id order: often so, when a round's ids
   * follow the order the products were submitted in, and then the group needs no sort (nor an object per
   * entry to sort it with).
   */
  private static boolean inIdOrder(Ids ids, int[] index, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (ids.compare(index[i - 1], index[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Product ids as ranges of one array of characters, in input order: input index {@code j}'s id is
   * {@code chars[start[j], start[j + 1])} (an empty range for a result whose id was not copied).
   * {@link Arrays#compare(char[], int, int, char[], int, int)} orders these ranges as {@link
   * String#compareTo} orders the ids.
   */
  static final class Ids {
    char[] chars;
    final int[] start;
    private int length;
    private int count;

    /** Room for {@code n} ids, copied with {@link #add} in input order. */
    Ids(int n) {
      chars = new char[8 * Math.max(1, n)];
      start = new int[n + 1];
    }

    /** Copies the next input index's id; null for an empty range. */
    void add(String id) {
      if (id != null) {
        int l = id.length();
        if (length + l > chars.length) {
          chars = Arrays.copyOf(chars, Math.max(2 * chars.length, length + l));
        }
        id.getChars(0, l, chars, length);
        length += l;
      }
      start[++count] = length;
    }

    int compare(int a, int b) {
      return Arrays.compare(chars, start[a], start[a + 1], chars, start[b], start[b + 1]);
    }

    /**
     * The ids of the results tied on merit with another, read here in input order (the order the results,
     * sheets and products lie in memory); null when no result is tied.
     */
    static Ids ofTied(ProductResult[] input, int[] group, int[] index) {
      int n = input.length;
      boolean[] tied = new boolean[n];
      boolean any = false;
      for (int i = 1; i < n; i++) {
        if (group[i] == group[i - 1]) {
          tied[index[i - 1]] = true;
          tied[index[i]] = true;
          any = true;
        }
      }
      if (!any) {
        return null;
      }
      Ids ids = new Ids(n);
      for (int j = 0; j < n; j++) {
        ids.add(tied[j] ? input[j].product().id() : null);
      }
      return ids;
    }
  }

  /** A tied result and its index in the input. */
  private record Tied(ProductResult result, int index) {}

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
    return meritKey(r.sheet(), r.outcome());
  }

  /** {@link #meritKey(ProductResult)} of the result a sheet and its outcome make, before it is made. */
  static int meritKey(ScoreSheet sheet, Outcome outcome) {
    Optional<StarRating> given = outcome.stars();
    int stars = given.isPresent() ? given.get().stars() : 0;
    int score = hundredths(sheet.score());
    int partC = hundredths(sheet.partMean(Part.C));
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
