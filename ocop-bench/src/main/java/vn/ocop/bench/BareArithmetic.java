package vn.ocop.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Scorecard;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * The benchmarks' first baseline: the least work scoring a round needs. Every member's chosen options
 * are resolved to their points once, ahead of the benchmark, into flat primitive arrays; {@link
 * #score()} then only adds them up — per member total and part C, per product the mean of the totals
 * rounded half up to 2 decimals (as exact hundredths) — with no object, string or map on the way.
 */
public final class BareArithmetic {
  private final int[] points;
  private final boolean[] partC;
  /** Per member sheet: the end of its choices in {@link #points}. */
  private final int[] sheetEnd;
  /** Per product: the end of its sheets in {@link #sheetEnd}. */
  private final int[] productEnd;

  private BareArithmetic(int[] points, boolean[] partC, int[] sheetEnd, int[] productEnd) {
    this.points = points;
    this.partC = partC;
    this.sheetEnd = sheetEnd;
    this.productEnd = productEnd;
  }

  /** Resolves every choice of an option-level round to its points. */
  public static BareArithmetic of(Round round) {
    Catalogue catalogue = Catalogues.inForceOn(round.councilDate());
    Map<String, Map<String, Integer>> pointsBySet = new HashMap<>();
    int choices = 0;
    int sheets = 0;
    for (Submission s : round.submissions()) {
      for (MemberScorecard card : s.scorecards()) {
        choices += card.choices().size();
        sheets++;
      }
    }
    int[] points = new int[choices];
    boolean[] partC = new boolean[choices];
    int[] sheetEnd = new int[sheets];
    int[] productEnd = new int[round.submissions().size()];
    int choice = 0;
    int sheet = 0;
    int product = 0;
    for (Submission s : round.submissions()) {
      Map<String, Integer> byKey = pointsBySet.computeIfAbsent(s.product().productSet(), code -> {
        Scorecard card = catalogue.scorecard(catalogue.productSet(code)).orElseThrow();
        Map<String, Integer> m = new HashMap<>();
        for (Criterion c : card.criteria()) {
          for (Option o : c.options()) {
            m.put(o.key(), o.points());
          }
        }
        return m;
      });
      for (MemberScorecard card : s.scorecards()) {
        for (String key : card.choices()) {
          points[choice] = byKey.get(key);
          partC[choice] = key.charAt(0) == 'C';
          choice++;
        }
        sheetEnd[sheet++] = choice;
      }
      productEnd[product++] = sheet;
    }
    return new BareArithmetic(points, partC, sheetEnd, productEnd);
  }

  /**
   * Reads every choice of an option-level round in place — each member's {@code List<String>} and each
   * string's cached hash — and adds up the hashes: the walk over the round's objects that scoring a
   * {@link Round} cannot avoid, with no lookup and no sum of points.
   */
  public static long readChoices(Round round) {
    long checksum = 0;
    List<Submission> submissions = round.submissions();
    for (int s = 0, n = submissions.size(); s < n; s++) {
      List<MemberScorecard> cards = submissions.get(s).scorecards();
      for (int m = 0, members = cards.size(); m < members; m++) {
        List<String> choices = cards.get(m).choices();
        for (int i = 0, size = choices.size(); i < size; i++) {
          checksum += choices.get(i).hashCode();
        }
      }
    }
    return checksum;
  }

  /**
   * {@link #readChoices}, with the member lists of 8 submissions read first, stage by stage, so that
   * their cache misses overlap instead of following one another (as {@code Ocop.score} reads ahead):
   * the floor of walking a {@link Round}'s choices when the processor is given independent reads.
   */
  @SuppressWarnings("unchecked")
  public static long readChoicesAhead(Round round) {
    long checksum = 0;
    List<Submission> submissions = round.submissions();
    List<String>[] lists = new List[8 * 16];
    List<MemberScorecard>[] cardsOf = new List[8];
    for (int s0 = 0, n = submissions.size(); s0 < n; s0 += 8) {
      int end = Math.min(n, s0 + 8);
      for (int s = s0; s < end; s++) {
        cardsOf[s - s0] = submissions.get(s).scorecards();
      }
      int count = 0;
      int touch = 0;
      for (int s = s0; s < end; s++) {
        List<MemberScorecard> cards = cardsOf[s - s0];
        for (int m = 0, members = cards.size(); m < members; m++) {
          if (count == lists.length) {
            lists = java.util.Arrays.copyOf(lists, count * 2);
          }
          List<String> c = cards.get(m).choices();
          lists[count++] = c;
          touch += c.isEmpty() ? 0 : c.get(0).length();
        }
      }
      checksum += touch;
      for (int m = 0; m < count; m++) {
        List<String> choices = lists[m];
        for (int i = 0, size = choices.size(); i < size; i++) {
          checksum += choices.get(i).hashCode();
        }
      }
    }
    return checksum;
  }

  /** The number of choices. */
  public int choices() {
    return points.length;
  }

  /**
   * Sums the round: per product, the mean of its members' totals in hundredths (half up), and the
   * sum of part C. Returns a checksum so that the work cannot be optimised away.
   */
  public long score() {
    long checksum = 0;
    int choice = 0;
    int sheet = 0;
    for (int end : productEnd) {
      long sum = 0;
      long c = 0;
      int members = end - sheet;
      for (; sheet < end; sheet++) {
        int stop = sheetEnd[sheet];
        for (; choice < stop; choice++) {
          int p = points[choice];
          sum += p;
          if (partC[choice]) {
            c += p;
          }
        }
      }
      long meanHundredths = members == 0 ? 0 : (sum * 200 + members) / (2L * members);
      checksum += meanHundredths * 31 + c;
    }
    return checksum;
  }
}
