package vn.ocop.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;

/**
 * Counts over a round's results: products per star level, unranked products, per decision, and the
 * share at 3★ or more. Counts per star plus unranked always add up to the round's size. Immutable
 * and thread-safe.
 */
public final class RoundStatistics {
  private final int size;
  private final Map<StarRating, Integer> perStars;
  private final int unranked;
  private final Map<Decision, Integer> perDecision;

  private RoundStatistics(int size, Map<StarRating, Integer> perStars, int unranked, Map<Decision, Integer> perDecision) {
    this.size = size;
    this.perStars = Collections.unmodifiableMap(perStars);
    this.unranked = unranked;
    this.perDecision = Collections.unmodifiableMap(perDecision);
  }

  /**
   * Counts the given results.
   *
   * @param results the products' results
   * @return the counts per star level and per decision
   */
  public static RoundStatistics of(List<ProductResult> results) {
    Counter counter = new Counter();
    for (ProductResult r : results) {
      counter.add(r.outcome());
    }
    return counter.statistics();
  }

  /**
   * Counts outcomes one at a time, in arrays (no boxing per product), then hands them out as maps:
   * lets {@link RoundResult} count each outcome while it pairs it with its sheet.
   */
  static final class Counter {
    private final int[] stars = new int[StarRating.values().length];
    private final int[] decisions = new int[Decision.values().length];
    private int unranked;
    private int size;

    void add(Outcome outcome) {
      Optional<StarRating> s = outcome.stars();
      if (s.isPresent()) {
        stars[s.get().ordinal()]++;
      } else {
        unranked++;
      }
      decisions[outcome.decision().ordinal()]++;
      size++;
    }

    RoundStatistics statistics() {
      Map<StarRating, Integer> perStars = new EnumMap<>(StarRating.class);
      for (StarRating s : StarRating.values()) {
        perStars.put(s, stars[s.ordinal()]);
      }
      Map<Decision, Integer> perDecision = new EnumMap<>(Decision.class);
      for (Decision d : Decision.values()) {
        perDecision.put(d, decisions[d.ordinal()]);
      }
      return new RoundStatistics(size, perStars, unranked, perDecision);
    }
  }

  /** {@return the number of products in the round} */
  public int size() {
    return size;
  }

  /**
   * {@return the number of products at exactly {@code stars}}
   *
   * @param stars the star level
   */
  public int count(StarRating stars) {
    return perStars.get(stars);
  }

  /** {@return products per star level (every level present, 0 where none)} */
  public Map<StarRating, Integer> perStars() {
    return perStars;
  }

  /** {@return the number of products that got no stars (ineligible, or returned for re-scoring)} */
  public int unranked() {
    return unranked;
  }

  /**
   * {@return the number of products at {@code stars} or above}
   *
   * @param stars the lowest star level counted
   */
  public int countAtLeast(StarRating stars) {
    return perStars.entrySet().stream().filter(e -> e.getKey().isAtLeast(stars)).mapToInt(Map.Entry::getValue).sum();
  }

  /**
   * {@return the number of products with the given decision}
   *
   * @param decision the decision
   */
  public int count(Decision decision) {
    return perDecision.get(decision);
  }

  /** {@return the percentage of the round's products at 3★ or more, scale 2, half up; 0.00 for an empty round} */
  public BigDecimal shareAtLeastThreeStars() {
    if (size == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(countAtLeast(StarRating.THREE_STARS) * 100L)
        .divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP);
  }

  @Override
  public String toString() {
    return "RoundStatistics[size=" + size + ", perStars=" + perStars + ", unranked=" + unranked + "]";
  }
}
