package vn.ocop.result;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.ProductGroup;
import vn.ocop.evaluation.Outcome;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.product.Product;
import vn.ocop.round.Round;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/**
 * What an evaluated round gives: every product's score sheet and outcome, the province-wide ranking,
 * rankings by district and by product group, and statistics. Immutable and thread-safe.
 */
public final class RoundResult {
  private final ScoredRound scored;
  private final String policy;
  private final List<ProductResult> results;
  /** Per result, in the same order, its product's place: read once while pairing, so grouping need not walk the sheets again. */
  private final AdministrativeUnit[] places;
  private final Ranking ranking;
  private final RoundStatistics statistics;

  private RoundResult(ScoredRound scored, String policy, Pairing pairing) {
    this.scored = scored;
    this.policy = policy;
    this.results = List.of(pairing.results);
    this.places = pairing.places;
    this.ranking = Ranking.of(pairing.results, pairing.merit, pairing.ids);
    this.statistics = pairing.counter.statistics();
  }

  /**
   * Pairs a scored round with a policy's outcomes.
   *
   * @param scored the scored round
   * @param outcomes exactly one outcome per submission
   * @param policy the policy's description, for reports
   * @return the round's result, one product result per submission in submission order
   * @throws IllegalStateException naming the product if an outcome is missing, repeated, or for a
   *     product not in the round
   *
   */
  public static RoundResult of(ScoredRound scored, List<Outcome> outcomes, String policy) {
    List<ScoreSheet> sheets = scored.sheets();
    // A policy that gives its outcomes in the order of the sheets (the rule books and the hand-written
    // policies do) pairs them by position: one id comparison per product, no map. The round's ids are
    // distinct, so a pairing that matches at every position has no outcome missing, repeated or foreign.
    if (outcomes.size() == sheets.size()) {
      Pairing pairing = Pairing.inOrder(sheets.toArray(new ScoreSheet[0]), outcomes.toArray(new Outcome[0]));
      if (pairing != null) {
        return new RoundResult(scored, policy, pairing);
      }
    }
    // One map of the outcomes by product, then one lookup per sheet: linear in the round's size (a scan
    // of the sheets per outcome made a national round of 20,000 products take minutes). Anything amiss
    // (an outcome repeated, missing, or for a product not in the round) is named by check(), which
    // looks for the first fault in the order a reader would: outcomes first, then sheets.
    Map<String, Outcome> byProduct = new HashMap<>(outcomes.size() * 2);
    boolean repeated = false;
    for (Outcome o : outcomes) {
      repeated |= byProduct.putIfAbsent(o.productId(), o) != null;
    }
    Pairing pairing = new Pairing(sheets.size());
    for (ScoreSheet sheet : sheets) {
      Outcome o = byProduct.get(sheet.product().id());
      if (o == null) {
        throw check(scored, outcomes, policy);
      }
      pairing.add(sheet, o);
    }
    if (repeated || pairing.size != byProduct.size()) {
      IllegalStateException fault = check(scored, outcomes, policy);
      if (fault != null) {
        throw fault; // else a product submitted twice (which a Round refuses) took its outcome twice, as before
      }
    }
    return new RoundResult(scored, policy, pairing);
  }

  /**
   * The results as they are paired, and what the ranking, the statistics and the groupings need of each,
   * read while its sheet, outcome and product are being read anyway. On a national round each product's
   * objects lie apart on the heap; reading them again in one pass per need (merit, ties, district,
   * statistics) was a cache miss per object per pass, and cost more per product at 50,000 products than at
   * 20,000 (docs/performance.md, "National scale").
   */
  private static final class Pairing {
    /** Products read ahead at a time by {@link #inOrder}: their objects fit in the processor's first caches. */
    private static final int BLOCK = 64;

    final ProductResult[] results;
    final AdministrativeUnit[] places;
    /** Every product's id, copied as it is read: the ties are ordered from these characters. */
    final Ranking.Ids ids;
    final int[] merit;
    final RoundStatistics.Counter counter = new RoundStatistics.Counter();
    int size;

    Pairing(int capacity) {
      results = new ProductResult[capacity];
      places = new AdministrativeUnit[capacity];
      ids = new Ranking.Ids(capacity);
      merit = new int[capacity];
    }

    /**
     * Pairs outcomes given in the order of the sheets by position; null at the first position whose
     * outcome is for another product. Works in blocks: first a loop so small that the processor runs many
     * of its iterations at once reads what each product of the block gives the ranking — through its sheet
     * (sheet, submission, product: a chain of loads, each a cache miss on a national round) its id's
     * characters and its place, from its sheet's sums and its outcome its merit key, and its outcome's id —
     * overlapping the misses of many products; then the block is paired with its objects in the cache. One
     * loop doing both waited on each product's chain in turn, and the ids' characters, read later for the
     * ties, were a miss per product again (docs/performance.md, "National scale").
     */
    static Pairing inOrder(ScoreSheet[] sheets, Outcome[] outcomes) {
      int n = sheets.length;
      Pairing pairing = new Pairing(n);
      String[] own = new String[BLOCK];
      String[] decided = new String[BLOCK];
      for (int base = 0; base < n; base += BLOCK) {
        int end = Math.min(n, base + BLOCK);
        for (int i = base; i < end; i++) {
          Product p = sheets[i].product();
          String id = p.id();
          own[i - base] = id;
          pairing.ids.add(id); // its characters, for the ties: read here with the product's other objects
          pairing.places[i] = p.place();
          decided[i - base] = outcomes[i].productId();
          pairing.merit[i] = Ranking.meritKey(sheets[i], outcomes[i]);
        }
        for (int i = base; i < end; i++) {
          String id = own[i - base];
          if (!decided[i - base].equals(id)) {
            return null;
          }
          pairing.pair(sheets[i], outcomes[i]); // id, place and merit read above
        }
      }
      return pairing;
    }

    void add(ScoreSheet sheet, Outcome outcome) {
      Product p = sheet.product();
      places[size] = p.place();
      ids.add(p.id());
      merit[size] = Ranking.meritKey(sheet, outcome);
      pair(sheet, outcome);
    }

    /** Pairs the next sheet with its outcome, its product's id, place and merit already noted. */
    private void pair(ScoreSheet sheet, Outcome outcome) {
      ProductResult r = new ProductResult(sheet, outcome);
      results[size] = r;
      counter.add(outcome);
      size++;
    }
  }

  /** The first fault of a pairing: an outcome outside the round, repeated, or missing; null if none. */
  private static IllegalStateException check(ScoredRound scored, List<Outcome> outcomes, String policy) {
    Set<String> submitted = new HashSet<>(scored.sheets().size() * 2);
    for (ScoreSheet sheet : scored.sheets()) {
      submitted.add(sheet.product().id());
    }
    Set<String> decided = new HashSet<>(outcomes.size() * 2);
    for (Outcome o : outcomes) {
      if (!submitted.contains(o.productId())) {
        return new IllegalStateException("Policy " + policy + " decided on product '" + o.productId()
            + "', which is not in round " + scored.round().id());
      }
      if (!decided.add(o.productId())) {
        return new IllegalStateException("Policy " + policy + " gave two outcomes for product '" + o.productId() + "'");
      }
    }
    for (ScoreSheet sheet : scored.sheets()) {
      if (!decided.contains(sheet.product().id())) {
        return new IllegalStateException("Policy " + policy + " gave no outcome for product '" + sheet.product().id()
            + "' (" + sheet.product().name() + ")");
      }
    }
    return null;
  }

  /** {@return the round} */
  public Round round() {
    return scored.round();
  }

  /** {@return the catalogue the round was scored with} */
  public Catalogue catalogue() {
    return scored.catalogue();
  }

  /** {@return the scored round the policy decided on} */
  public ScoredRound scoredRound() {
    return scored;
  }

  /** {@return the policy's description (packs and versions)} */
  public String policy() {
    return policy;
  }

  /** {@return every product's result, in submission order} */
  public List<ProductResult> results() {
    return results;
  }

  /**
   * {@return the result of the product with the given id, if submitted}
   *
   * @param productId the product's id
   */
  public Optional<ProductResult> result(String productId) {
    return results.stream().filter(r -> r.product().id().equals(productId)).findFirst();
  }

  /** {@return the round-wide ranking} */
  public Ranking ranking() {
    return ranking;
  }

  /**
   * A ranking per district, districts in path order. Products recorded without a district (e.g.
   * after 1 July 2025) are ranked under their province.
   *
   * @return the rankings by district (or province)
   */
  public Map<AdministrativeUnit, Ranking> rankingByDistrict() {
    AdministrativeUnit[] places = this.places;
    return rankBy(i -> places[i].district().orElse(places[i].province()),
        Comparator.comparing(AdministrativeUnit::path));
  }

  /** {@return a ranking per product group of the catalogue, groups in catalogue order} */
  public Map<ProductGroup, Ranking> rankingByProductGroup() {
    Catalogue c = catalogue();
    return rankBy(i -> c.groupOf(results.get(i).sheet().productSet()), Comparator.comparing(ProductGroup::number));
  }

  /**
   * Groups the round-wide ranking by a key of each result.
   *
   * @param keyOf the key of the result at an index of {@link #results}
   * @param order the order of the keys
   */
  private <K> Map<K, Ranking> rankBy(IntFunction<K> keyOf, Comparator<K> order) {
    // Walk the round-wide ranking once, noting each entry's position under its key (a hash lookup per
    // product), then order the few keys: a key's positions are ascending, so its entries are already in
    // ranking order and its ranking needs no sort (sorting every district again, reading each product's
    // merit through its sheet at each comparison, grew faster than the round). The order's keys (a
    // district's path) are costly to compare, so they are compared once per key, not per product.
    // Each product's key is read in the order of the results (the order they were built in, and lie in
    // memory), not in ranking order, which jumps across the heap from product to product: on a national
    // round that walk was a cache miss per object and grew faster than the round (docs/performance.md).
    int[] inputIndex = ranking.inputIndexes();
    Object[] keyOfResult = new Object[results.size()];
    for (int i = 0; i < keyOfResult.length; i++) {
      keyOfResult[i] = keyOf.apply(i);
    }
    Map<K, Positions> byKey = new LinkedHashMap<>();
    for (int i = 0; i < inputIndex.length; i++) {
      @SuppressWarnings("unchecked")
      K k = (K) keyOfResult[inputIndex[i]];
      byKey.computeIfAbsent(k, x -> new Positions()).add(i);
    }
    Map<K, Positions> groups = new TreeMap<>(order);
    for (Map.Entry<K, Positions> e : byKey.entrySet()) {
      Positions merged = groups.putIfAbsent(e.getKey(), e.getValue());
      if (merged != null) {
        merged.addAll(e.getValue()); // two keys equal in the order: one ranking, positions sorted again
      }
    }
    Map<K, Ranking> rankings = new LinkedHashMap<>();
    for (Map.Entry<K, Positions> e : groups.entrySet()) {
      rankings.put(e.getKey(), ranking.subRanking(e.getValue().sorted(), e.getValue().size));
    }
    return rankings;
  }

  /** Positions in the round-wide ranking, in a growable int array. */
  private static final class Positions {
    private int[] at = new int[8];
    private int size;
    private boolean unsorted;

    void add(int position) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      at[size++] = position;
    }

    void addAll(Positions other) {
      for (int i = 0; i < other.size; i++) {
        add(other.at[i]);
      }
      unsorted = true;
    }

    int[] sorted() {
      if (unsorted) {
        Arrays.sort(at, 0, size);
        unsorted = false;
      }
      return at;
    }
  }

  /** {@return the counts per star level and per decision} */
  public RoundStatistics statistics() {
    return statistics;
  }

  @Override
  public String toString() {
    return "RoundResult[" + round().id() + ", " + results.size() + " products, " + policy + "]";
  }
}
