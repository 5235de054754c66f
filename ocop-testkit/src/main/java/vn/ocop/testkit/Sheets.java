package vn.ocop.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.Selection;
import vn.ocop.law.StarRating;

/**
 * The machinery behind the sheet generators: a scorecard prepared once for drawing ({@link Form}), a
 * product's profile (how good it is, whether it meets the star gates of the level it aims at, which
 * conditions the council judged met, which case of each one-case group it is scored on) and the
 * members' sheets drawn around it. Every draw goes through the {@link RandomnessSource}, so
 * QuickTheories shrinks a sheet towards the option with the fewest points on every criterion, every
 * gate of the aimed level met, every condition met and the first case.
 */
final class Sheets {
  private Sheets() {}

  private static final Gen<Integer> QUALITY = integers().between(0, 100);
  private static final Gen<Integer> QUARTER = integers().between(0, 3);
  private static final Gen<Integer> NOISE = integers().between(0, 2);

  /** What the council judged about one product, shared by its members' sheets. */
  record Profile(int quality, boolean meetsGates, Set<Condition> conditionsNotMet, Map<String, Criterion> caseOfGroup) {

    /** The star level whose band the product's quality aims at, if it meets that level's gates. */
    Optional<StarRating> aim() {
      if (!meetsGates || quality < 50) {
        return Optional.empty();
      }
      return Optional.of(quality >= 90 ? StarRating.FIVE_STARS : quality >= 70 ? StarRating.FOUR_STARS : StarRating.THREE_STARS);
    }
  }

  /** One criterion ready for drawing: its group, its options by points, its gate requirement per level. */
  private record Item(CriterionGroup group, Criterion criterion, List<Option> byPoints, int[] requiredByStars) {}

  /** A scorecard prepared once: its criteria in table order, the conditions on it, its one-case groups. */
  static final class Form {
    final Scorecard card;
    private final List<Item> items = new ArrayList<>();
    private final Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    private final List<CriterionGroup> oneCaseGroups = new ArrayList<>();

    Form(Scorecard card) {
      this.card = card;
      card.groups().forEach(g -> {
        if (g.selection() == Selection.ONE_CASE) {
          oneCaseGroups.add(g);
        }
        for (Criterion c : g.criteria()) {
          c.condition().ifPresent(conditions::add);
          int[] required = new int[6];
          for (StarRating s : StarRating.values()) {
            required[s.stars()] = c.requiredPoints(s).orElse(-1);
          }
          items.add(new Item(g, c, c.options().stream().sorted(Comparator.comparingInt(Option::points)).toList(), required));
        }
      });
    }

    Profile profile(RandomnessSource in, Conditions mode) {
      int quality = QUALITY.generate(in);
      boolean meetsGates = QUARTER.generate(in) != 3; // three products in four; shrinks to meeting them
      Set<Condition> notMet = EnumSet.noneOf(Condition.class);
      for (Condition c : conditions) {
        boolean met = switch (mode) {
          case MET -> true;
          case NOT_MET -> false;
          case EITHER -> QUARTER.generate(in) != 3; // met three times in four
        };
        if (!met) {
          notMet.add(c);
        }
      }
      Map<String, Criterion> cases = new HashMap<>();
      for (CriterionGroup g : oneCaseGroups) {
        List<Criterion> answerable = g.criteria().stream()
            .filter(c -> c.condition().map(k -> !notMet.contains(k)).orElse(true)).toList();
        if (!answerable.isEmpty()) {
          cases.put(g.key(), answerable.get(integers().between(0, answerable.size() - 1).generate(in)));
        }
      }
      return new Profile(quality, meetsGates, notMet, cases);
    }

    /**
     * One member's choices around the profile: on each criterion answered, the option whose points
     * come closest to the profile's quality as a share of the criterion's maximum (0 = the option with
     * the fewest points, 100 = the most), moved by at most one option either way in order of points,
     * so that the product's score follows its quality across every star band. A product that meets
     * its gates (three in four) has every member choose at least the option each gate of the level its
     * quality aims at requires; the others are left to chance, and often miss one.
     */
    List<String> choices(RandomnessSource in, Profile p) {
      List<String> out = new ArrayList<>(items.size());
      int aim = p.aim().map(StarRating::stars).orElse(0);
      for (Item item : items) {
        if (!answered(item.group(), item.criterion(), p)) {
          continue;
        }
        List<Option> byPoints = item.byPoints();
        double target = p.quality() * item.criterion().maxPoints() / 100.0;
        int centre = 0;
        for (int i = 1; i < byPoints.size(); i++) {
          if (Math.abs(byPoints.get(i).points() - target) < Math.abs(byPoints.get(centre).points() - target)) {
            centre = i;
          }
        }
        int noise = switch (NOISE.generate(in)) {
          case 1 -> -1;
          case 2 -> 1;
          default -> 0;
        };
        Option chosen = byPoints.get(Math.max(0, Math.min(byPoints.size() - 1, centre + noise)));
        int gate = aim == 0 ? -1 : item.requiredByStars()[aim];
        if (chosen.points() < gate) {
          for (Option o : byPoints) {
            if (o.points() >= gate) {
              chosen = o;
              break;
            }
          }
        }
        out.add(chosen.key());
      }
      return out;
    }
  }

  static boolean answered(CriterionGroup g, Criterion c, Profile p) {
    if (c.condition().isPresent() && p.conditionsNotMet().contains(c.condition().get())) {
      return false;
    }
    if (g.selection() == Selection.ONE_CASE) {
      Criterion chosen = p.caseOfGroup().get(g.key());
      return chosen != null && chosen.key().equals(c.key());
    }
    return true;
  }
}
