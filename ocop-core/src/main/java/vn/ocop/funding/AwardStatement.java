package vn.ocop.funding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ocop.NullArgumentException;
import vn.ocop.law.StarRating;

/**
 * A schedule applied to a round's certified products: one line per paid product, and the certified
 * products whose stars the schedule sets no amount for (listed, never silently dropped). Immutable.
 *
 * @param scheduleId the schedule applied
 * @param roundId the round
 * @param lines one per certified product with a scheduled amount, in the round's order
 * @param unscheduled ids of certified products whose stars have no amount in the schedule
 */
public record AwardStatement(String scheduleId, String roundId, List<AwardLine> lines, List<String> unscheduled) {
  /**
   * Creates the record, checking its components.
   *
   * @param scheduleId the schedule applied
   * @param roundId the round
   * @param lines one per certified product with a scheduled amount, in the round's order
   * @param unscheduled ids of certified products whose stars have no amount in the schedule
   * @throws NullArgumentException if a required component is null
   */
  public AwardStatement {
    NullArgumentException.check(scheduleId, "scheduleId");
    NullArgumentException.check(roundId, "roundId");
    lines = List.copyOf(lines);
    unscheduled = List.copyOf(unscheduled);
  }

  /** {@return the sum of every line} */
  public Vnd total() {
    Vnd t = Vnd.ZERO;
    for (AwardLine l : lines) {
      t = t.plus(l.amount());
    }
    return t;
  }

  /** {@return products awarded per star level (a line with amount zero still counts)} */
  public Map<StarRating, Integer> countByStars() {
    Map<StarRating, Integer> m = new EnumMap<>(StarRating.class);
    for (AwardLine l : lines) {
      m.merge(l.stars(), 1, Integer::sum);
    }
    return m;
  }

  /** {@return the amount per star level} */
  public Map<StarRating, Vnd> totalByStars() {
    Map<StarRating, Vnd> m = new EnumMap<>(StarRating.class);
    for (AwardLine l : lines) {
      m.merge(l.stars(), l.amount(), Vnd::plus);
    }
    return m;
  }
}
