package vn.ocop.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.ProductGroup;
import vn.ocop.evaluation.Outcome;
import vn.ocop.place.AdministrativeUnit;
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
  private final Ranking ranking;

  private RoundResult(ScoredRound scored, String policy, List<ProductResult> results) {
    this.scored = scored;
    this.policy = policy;
    this.results = List.copyOf(results);
    this.ranking = Ranking.of(this.results);
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
    // One pass over the sheets, then one lookup per outcome: linear in the round's size (a scan of the
    // sheets per outcome made a national round of 20,000 products take minutes).
    Set<String> submitted = new HashSet<>(scored.sheets().size() * 2);
    for (ScoreSheet sheet : scored.sheets()) {
      submitted.add(sheet.product().id());
    }
    Map<String, Outcome> byProduct = new HashMap<>(outcomes.size() * 2);
    for (Outcome o : outcomes) {
      if (!submitted.contains(o.productId())) {
        throw new IllegalStateException("Policy " + policy + " decided on product '" + o.productId()
            + "', which is not in round " + scored.round().id());
      }
      if (byProduct.put(o.productId(), o) != null) {
        throw new IllegalStateException("Policy " + policy + " gave two outcomes for product '" + o.productId() + "'");
      }
    }
    List<ProductResult> results = new ArrayList<>(scored.sheets().size());
    for (ScoreSheet sheet : scored.sheets()) {
      Outcome o = byProduct.get(sheet.product().id());
      if (o == null) {
        throw new IllegalStateException("Policy " + policy + " gave no outcome for product '" + sheet.product().id()
            + "' (" + sheet.product().name() + ")");
      }
      results.add(new ProductResult(sheet, o));
    }
    return new RoundResult(scored, policy, results);
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
    return rankBy(r -> r.product().place().district().orElse(r.product().place().province()),
        Comparator.comparing(AdministrativeUnit::path));
  }

  /** {@return a ranking per product group of the catalogue, groups in catalogue order} */
  public Map<ProductGroup, Ranking> rankingByProductGroup() {
    Catalogue c = catalogue();
    return rankBy(r -> c.groupOf(r.sheet().productSet()), Comparator.comparing(ProductGroup::number));
  }

  private <K> Map<K, Ranking> rankBy(Function<ProductResult, K> key, Comparator<K> order) {
    // Group by key first (a hash lookup per product), then order the few groups: the order's keys (a
    // district's path) are costly to compare, and comparing them once per product made this step slow.
    Map<K, List<ProductResult>> byKey = new LinkedHashMap<>();
    for (ProductResult r : results) {
      byKey.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
    }
    Map<K, List<ProductResult>> groups = new TreeMap<>(order);
    for (Map.Entry<K, List<ProductResult>> e : byKey.entrySet()) {
      groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
    }
    return groups.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Ranking.of(e.getValue()),
        (a, b) -> a, LinkedHashMap::new));
  }

  /** {@return the counts per star level and per decision} */
  public RoundStatistics statistics() {
    return RoundStatistics.of(results);
  }

  @Override
  public String toString() {
    return "RoundResult[" + round().id() + ", " + results.size() + " products, " + policy + "]";
  }
}
