package vn.ocop.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.Selection;
import vn.ocop.law.StarRating;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilMember;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;

/**
 * "Near-miss" generators: scores that sit on a star band's boundary, and sheets that meet every star
 * gate of a level but one. These are the cases where a policy that is almost right goes wrong (the
 * half-open bands of Decision 148/QĐ-TTg against 1048's integer bands: 69.50; a gate judged on one
 * member instead of the members' mean).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class NearMiss {
  private NearMiss() {}

  /** The least scores of 2★ to 5★ on every bundled catalogue (Decision 148/QĐ-TTg, 26/2026/QĐ-TTg Art. 3.3). */
  public static final List<BigDecimal> BAND_BOUNDARIES = List.of(
      new BigDecimal("30.00"), new BigDecimal("50.00"), new BigDecimal("70.00"), new BigDecimal("90.00"));

  private static final BigDecimal CENT = new BigDecimal("0.01");
  private static final BigDecimal HALF = new BigDecimal("0.50");

  /**
   * Council-level part scores whose total sits on a band boundary: exactly the boundary, one
   * hundredth below it, or half a point below it (69.50: 3★ under half-open bands, 4★ when rounded to
   * a whole number first), spread over parts A, B and C within the catalogue's maxima.
   *
   * @param catalogue the catalogue whose part maxima bound the parts; not null
   * @return a generator of part scores whose total is on, 0.01 below or 0.50 below a band boundary
   */
  public static Gen<PartScores> bandBoundaryScores(Catalogue catalogue) {
    vn.ocop.NullArgumentException.check(catalogue, "catalogue");
    Gen<PartScores> gen = in -> {
      BigDecimal boundary = BAND_BOUNDARIES.get(integers().between(0, BAND_BOUNDARIES.size() - 1).generate(in));
      BigDecimal total = switch (integers().between(0, 2).generate(in)) {
        case 1 -> boundary.subtract(CENT);
        case 2 -> boundary.subtract(HALF);
        default -> boundary;
      };
      return split(in, catalogue, total);
    };
    return gen.describedAs(Describe::parts);
  }

  private static PartScores split(org.quicktheories.core.RandomnessSource in, Catalogue catalogue, BigDecimal total) {
    BigDecimal maxA = BigDecimal.valueOf(catalogue.partMaximum(Part.A));
    BigDecimal maxB = BigDecimal.valueOf(catalogue.partMaximum(Part.B));
    BigDecimal maxC = BigDecimal.valueOf(catalogue.partMaximum(Part.C));
    // C takes what A and B leave, so A and B must leave no more than C's maximum
    BigDecimal restAfterC = total.subtract(maxC).max(BigDecimal.ZERO);
    BigDecimal lowA = restAfterC.subtract(maxB).max(BigDecimal.ZERO);
    BigDecimal highA = total.min(maxA);
    int steps = highA.subtract(lowA).movePointRight(2).intValueExact();
    BigDecimal a = lowA.add(BigDecimal.valueOf(integers().between(0, steps).generate(in), 2));
    BigDecimal lowB = total.subtract(a).subtract(maxC).max(BigDecimal.ZERO);
    BigDecimal highB = total.subtract(a).min(maxB);
    int stepsB = highB.subtract(lowB).movePointRight(2).intValueExact();
    BigDecimal b = lowB.add(BigDecimal.valueOf(integers().between(0, stepsB).generate(in), 2));
    BigDecimal c = total.subtract(a).subtract(b);
    return PartScores.builder().partA(a.setScale(2)).partB(b.setScale(2)).partC(c.setScale(2)).build();
  }

  /**
   * Sheets of every member of a council that meet every star gate up to {@code level} but one: every
   * member chooses the best option of every criterion (every condition met; in a one-case group the
   * case holding the missed criterion, else the first), except on one drawn gate criterion of
   * {@code level}, where every member chooses the best option that still meets the gates below
   * {@code level} but not the gate of {@code level}. The product's score stays in a high band, so a
   * policy must cap its stars below {@code level} for that gate alone.
   *
   * @param card the scorecard; not null
   * @param level the star level whose gate is missed (3★ to 5★); not null
   * @param council the council whose members fill the sheets; not null
   * @return a generator of one sheet per council member, all alike, missing exactly one gate of {@code level}
   * @throws IllegalArgumentException naming the scorecard if no gate of {@code level} on it can be
   *     missed alone (no gate at that level, or none with an option between its requirement and the
   *     level below's)
   */
  public static Gen<List<MemberScorecard>> sheetsMissingOneGate(Scorecard card, StarRating level, Council council) {
    vn.ocop.NullArgumentException.check(card, "card");
    vn.ocop.NullArgumentException.check(level, "level");
    vn.ocop.NullArgumentException.check(council, "council");
    List<Criterion> candidates = gateCriteriaMissableAlone(card, level);
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("Scorecard " + card.productSet().code() + " has no " + level.stars()
          + "★ gate that can be missed while the gates below " + level.stars() + "★ are met");
    }
    Gen<List<MemberScorecard>> gen = in -> {
      Criterion missed = candidates.get(integers().between(0, candidates.size() - 1).generate(in));
      List<String> choices = bestChoices(card, missed);
      Option shortOf = optionShortOf(missed, level).orElseThrow();
      choices.replaceAll(k -> k.startsWith(missed.key() + "/") ? shortOf.key() : k);
      List<MemberScorecard> sheets = new ArrayList<>();
      for (CouncilMember m : council.members()) {
        sheets.add(MemberScorecard.builder().member(m.id()).addAllChoices(choices).build());
      }
      return sheets;
    };
    return gen.describedAs(Describe::sheets);
  }

  /**
   * The gate criteria of {@code level} on a scorecard that a sheet can miss while meeting every
   * other gate up to {@code level} (see {@link #sheetsMissingOneGate}).
   *
   * @param card the scorecard; not null
   * @param level the star level; not null
   * @return those criteria, in the scorecard's order; empty if there are none
   */
  public static List<Criterion> gateCriteriaMissableAlone(Scorecard card, StarRating level) {
    List<Criterion> out = new ArrayList<>();
    for (Criterion c : card.criteria()) {
      if (gatedAt(c, level) && optionShortOf(c, level).isPresent() && allOtherGatesMet(card, c, level)) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean gatedAt(Criterion c, StarRating level) {
    Optional<Integer> here = c.requiredPoints(level);
    if (here.isEmpty()) {
      return false;
    }
    Optional<Integer> below = level.stars() > 1 ? c.requiredPoints(StarRating.of(level.stars() - 1)) : Optional.empty();
    return below.map(b -> b < here.get()).orElse(true);
  }

  /** The best option of {@code c} that scores less than the gate of {@code level} but meets the gates below. */
  private static Optional<Option> optionShortOf(Criterion c, StarRating level) {
    int need = c.requiredPoints(level).orElseThrow();
    int floor = level.stars() > 1 ? c.requiredPoints(StarRating.of(level.stars() - 1)).orElse(0) : 0;
    return c.options().stream().filter(o -> o.points() < need && o.points() >= floor)
        .max(Comparator.comparingInt(Option::points));
  }

  private static boolean allOtherGatesMet(Scorecard card, Criterion missed, StarRating level) {
    List<String> best = bestChoices(card, missed);
    for (Criterion c : card.criteria()) {
      if (c.key().equals(missed.key())) {
        continue;
      }
      Optional<Integer> need = c.requiredPoints(level);
      if (need.isPresent()) {
        int points = best.stream().filter(k -> k.startsWith(c.key() + "/")).findFirst()
            .flatMap(c::findOption).map(Option::points).orElse(0);
        if (points < need.get()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The best option of every criterion; in a one-case group, the case holding {@code keep}, else the first. */
  static List<String> bestChoices(Scorecard card, Criterion keep) {
    List<String> out = new ArrayList<>();
    card.groups().forEach(g -> {
      Criterion chosenCase = chosenCase(g, keep);
      for (Criterion c : g.criteria()) {
        if (chosenCase == null || chosenCase.key().equals(c.key())) {
          out.add(c.options().stream().max(Comparator.comparingInt(Option::points)).orElseThrow().key());
        }
      }
    });
    return out;
  }

  private static Criterion chosenCase(CriterionGroup g, Criterion keep) {
    if (g.selection() != Selection.ONE_CASE) {
      return null;
    }
    return g.criteria().stream().filter(c -> c.key().equals(keep.key())).findFirst().orElse(g.criteria().get(0));
  }
}
