package vn.ocop.rules.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Every star gate (yêu cầu tối thiểu, options marked {@code ***}, {@code ****}, {@code *****} in
 * Decision 148/QĐ-TTg, Appendix III; Decision 26/2026/QĐ-TTg, Phụ lục II) that one product misses, in
 * one fact: the same {@link GateMiss}es the host inserts one by one, judged with the pack's {@code
 * gate.judgement}, in the same order. A rule that caps a product's stars joins this one fact instead
 * of one fact per missed gate, which on a national round is most of the engine's work on gates. A
 * product that misses no gate has none (as it has no {@code GateMiss}).
 *
 * @param productId the product
 * @param misses the missed gates, each once per criterion and level, in the order the host judged them; not empty
 * @since 0.3
 */
public record MissedGates(String productId, List<GateMiss> misses) {

  /**
   * Checks the components.
   *
   * @param productId the product
   * @param misses the missed gates, each about {@code productId}
   * @throws vn.ocop.NullArgumentException if {@code productId} or {@code misses} (or one of them) is null
   * @throws IllegalArgumentException if {@code misses} is empty or one is about another product
   */
  public MissedGates {
    vn.ocop.NullArgumentException.check(productId, "productId");
    vn.ocop.NullArgumentException.check(misses, "misses").forEach(m -> vn.ocop.NullArgumentException.check(m, "miss"));
    misses = List.copyOf(misses);
    if (misses.isEmpty()) {
      throw new IllegalArgumentException("Product " + productId + ": a MissedGates fact holds at least one missed gate");
    }
    for (GateMiss m : misses) {
      if (!m.productId().equals(productId)) {
        throw new IllegalArgumentException("Product " + productId + ": missed gate " + m.criterionKey() + " of level "
            + m.level() + " is about product " + m.productId());
      }
    }
  }

  /**
   * The lowest star level of which the product misses a gate.
   *
   * @return 3, 4 or 5
   */
  public int lowestLevel() {
    int lowest = Integer.MAX_VALUE;
    for (GateMiss m : misses) {
      lowest = Math.min(lowest, m.level());
    }
    return lowest;
  }

  /**
   * Whether the product misses a gate of {@code level}.
   *
   * @param level a star level
   * @return true if one of the misses is of that level
   */
  public boolean missesLevel(int level) {
    for (GateMiss m : misses) {
      if (m.level() == level) {
        return true;
      }
    }
    return false;
  }

  /**
   * The misses of the levels up to {@code level}, in the order of {@link #misses()}: those that keep a
   * product in the band of {@code level} below it.
   *
   * @param level a star level
   * @return the misses of levels {@code <= level}, unmodifiable; empty if none
   */
  public List<GateMiss> upTo(int level) {
    List<GateMiss> out = new ArrayList<>(misses.size());
    for (GateMiss m : misses) {
      if (m.level() <= level) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }
}
