package vn.ocop.scoring;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;
import vn.ocop.catalog.Selection;
import vn.ocop.internal.ChoiceSymbols;
import vn.ocop.law.StarRating;

/**
 * A {@link Scorecard} precomputed for scoring: criteria, groups and options numbered densely in table
 * order, points as whole numbers, every option key and code resolved to its criterion and option by
 * one hash lookup, the checks of a member's sheet as bit masks over the criteria (which must be
 * answered, the one-case groups, the criteria sharing a condition), and the star gates of each level. Built once per scorecard (held weakly, so a
 * catalogue that is dropped takes its index with it) and shared by every round and thread. Immutable
 * and thread-safe.
 *
 * <p>Every option of Decision 148 (and 26/2026) carries whole points, which is all a {@link Option}
 * can carry, so the sums stay exact in {@code int}.
 */
final class ScorecardIndex {
  private static final LoadingCache<Scorecard, ScorecardIndex> CACHE = CacheBuilder.newBuilder().weakKeys()
      .build(CacheLoader.from(ScorecardIndex::new));

  /** Gate levels 3★, 4★, 5★ at indexes 0–2 of the per-level arrays. */
  static final StarRating[] GATE_LEVELS = {StarRating.THREE_STARS, StarRating.FOUR_STARS, StarRating.FIVE_STARS};

  final Scorecard card;
  final String setCode;
  /** Criteria in table order. */
  final Criterion[] criteria;
  final String[] criterionKeys;
  /** Per criterion: the index of its group. */
  final int[] groupOf;
  /** Per criterion: its part's ordinal. */
  final int[] partOf;
  /** Per criterion: its condition, or null. */
  final Condition[] conditionOf;
  /** Per criterion, per option (table order): the option and its points. */
  final Option[][] options;
  final int[][] points;
  /** Per group: its key, its first criterion and the one after its last, whether one case only. */
  final String[] groupKeys;
  final int[] groupStart;
  final int[] groupEnd;
  final boolean[] oneCase;
  /** Option key ({@code A1a/3}) and full code ({@code 148/01/A1a/3}) to criterion × 256 + option. */
  private final Map<String, Integer> choices;
  private final Map<String, Integer> criterionByKey;
  /**
   * Whether a member's sheet can be checked on bit masks ({@link #entry}, {@link #requiredMask}...):
   * at most 64 criteria, each with fewer than 128 options of fewer than 8,192 points (every scorecard of
   * 148 and 26/2026). Otherwise {@link Scoring} checks criterion by criterion.
   */
  final boolean masks;
  /**
   * With {@link #masks}: per {@link ChoiceSymbols} number, the {@link #entry} + 1 of the option key or
   * code with that number, or 0 where the number names none of this scorecard's options (or lies past
   * the array's end). Scoring a sheet that carries its choices as numbers reads this array instead of
   * hashing each choice; {@code null} without masks.
   */
  final int[] bySymbol;
  /** With {@link #masks}: the criteria that must be answered (no condition, not in a one-case group). */
  final long requiredMask;
  /** With {@link #masks}: per one-case group, its criteria. */
  final long[] oneCaseMasks;
  /** With {@link #masks}: per one-case group, whether leaving it all unanswered is an error (a criterion without condition). */
  final boolean[] oneCaseNeedsAnswer;
  /** With {@link #masks}: per condition used on the card, the criteria that share it. */
  final long[] conditionMasks;
  /** Per gate level (3★–5★), the gated criteria in table order, with what each needs. */
  final int[][] gatedCriteria;
  final int[][] requiredPoints;
  final Option[][] requiredOptions;
  final StarRating[][] gateLevels;

  private ScorecardIndex(Scorecard card) {
    this(card, true);
  }

  /** An index; {@code useMasks} false forces the criterion-by-criterion checks (tests of that path). */
  ScorecardIndex(Scorecard card, boolean useMasks) {
    this.card = card;
    this.setCode = card.productSet().code();
    List<Criterion> all = card.criteria();
    int n = all.size();
    this.criteria = all.toArray(new Criterion[0]);
    this.criterionKeys = new String[n];
    this.groupOf = new int[n];
    this.partOf = new int[n];
    this.conditionOf = new Condition[n];
    this.options = new Option[n][];
    this.points = new int[n][];
    List<CriterionGroup> groups = card.groups().toList();
    Map<CriterionGroup, Part> partOfGroup = new java.util.IdentityHashMap<>();
    for (ScorecardPart part : card.parts()) {
      part.groups().forEach(g -> partOfGroup.put(g, part.part()));
    }
    this.groupKeys = new String[groups.size()];
    this.groupStart = new int[groups.size()];
    this.groupEnd = new int[groups.size()];
    this.oneCase = new boolean[groups.size()];
    this.choices = new HashMap<>();
    this.criterionByKey = new HashMap<>();
    int c = 0;
    for (int g = 0; g < groups.size(); g++) {
      CriterionGroup group = groups.get(g);
      groupKeys[g] = group.key();
      groupStart[g] = c;
      oneCase[g] = group.selection() == Selection.ONE_CASE;
      for (Criterion criterion : group.criteria()) {
        criterionKeys[c] = criterion.key();
        criterionByKey.put(criterion.key(), c);
        groupOf[c] = g;
        partOf[c] = partOfGroup.get(group).ordinal();
        conditionOf[c] = criterion.condition().orElse(null);
        options[c] = criterion.options().toArray(new Option[0]);
        points[c] = new int[options[c].length];
        if (options[c].length > Byte.MAX_VALUE) {
          throw new IllegalArgumentException("Criterion " + criterion.code() + " has more than " + Byte.MAX_VALUE
              + " options");
        }
        for (int o = 0; o < options[c].length; o++) {
          Option option = options[c][o];
          points[c][o] = option.points();
          choices.put(option.key(), c * 256 + o);
          choices.put(option.code(), c * 256 + o);
        }
        c++;
      }
      groupEnd[g] = c;
    }
    this.masks = useMasks && masksFit(n, points);
    this.bySymbol = masks ? symbolTable() : null;
    long required = 0;
    List<Long> oneCaseGroups = new java.util.ArrayList<>();
    List<Boolean> needs = new java.util.ArrayList<>();
    Map<Condition, Long> byCondition = new java.util.EnumMap<>(Condition.class);
    if (masks) {
      for (int g = 0; g < groupKeys.length; g++) {
        long group = 0;
        boolean need = false;
        for (int i = groupStart[g]; i < groupEnd[g]; i++) {
          long bit = 1L << i;
          group |= bit;
          if (conditionOf[i] != null) {
            byCondition.merge(conditionOf[i], bit, (x, y) -> x | y);
          } else if (oneCase[g]) {
            need = true;
          } else {
            required |= bit;
          }
        }
        if (oneCase[g]) {
          oneCaseGroups.add(group);
          needs.add(need);
        }
      }
    }
    this.requiredMask = required;
    this.oneCaseMasks = oneCaseGroups.stream().mapToLong(Long::longValue).toArray();
    this.oneCaseNeedsAnswer = new boolean[needs.size()];
    for (int i = 0; i < needs.size(); i++) {
      oneCaseNeedsAnswer[i] = needs.get(i);
    }
    this.conditionMasks = byCondition.values().stream().mapToLong(Long::longValue).toArray();
    this.gatedCriteria = new int[GATE_LEVELS.length][];
    this.requiredPoints = new int[GATE_LEVELS.length][];
    this.requiredOptions = new Option[GATE_LEVELS.length][];
    this.gateLevels = new StarRating[GATE_LEVELS.length][];
    for (int l = 0; l < GATE_LEVELS.length; l++) {
      StarRating level = GATE_LEVELS[l];
      int[] gated = new int[n];
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (criteria[i].requiredPoints(level).isPresent()) {
          gated[count++] = i;
        }
      }
      gatedCriteria[l] = java.util.Arrays.copyOf(gated, count);
      requiredPoints[l] = new int[count];
      requiredOptions[l] = new Option[count];
      gateLevels[l] = new StarRating[count];
      for (int k = 0; k < count; k++) {
        Criterion criterion = criteria[gatedCriteria[l][k]];
        int need = criterion.requiredPoints(level).orElseThrow();
        requiredPoints[l][k] = need;
        requiredOptions[l][k] = criterion.requiredOption(level).orElseThrow();
        gateLevels[l][k] = gateLevelOf(criterion, level, need);
      }
    }
  }

  /** The index of {@code card}, built on first use. */
  static ScorecardIndex of(Scorecard card) {
    return CACHE.getUnchecked(card);
  }

  /** The number of criteria. */
  int size() {
    return criteria.length;
  }

  /**
   * The criterion × 256 + option an option key or code names, or -1 when it names none of this
   * scorecard's options (the caller then reports what is wrong with it).
   */
  int choice(String keyOrCode) {
    Integer packed = choices.get(keyOrCode);
    return packed == null ? -1 : packed;
  }

  /**
   * A choice ({@link #choice}) with what scoring it needs, packed in one {@code int} (only with {@link
   * #masks}): criterion in bits 0–7, option in bits 8–15, part ordinal in bits 16–17, points from bit 18.
   */
  int entry(int packed) {
    int c = packed >>> 8;
    int o = packed & 0xff;
    return c | o << 8 | partOf[c] << 16 | points[c][o] << 18;
  }

  /** {@link #bySymbol}: every option key and code numbered in the process's table. */
  private int[] symbolTable() {
    ChoiceSymbols symbols = ChoiceSymbols.global();
    int[] table = new int[64];
    for (int c = 0; c < options.length; c++) {
      for (int o = 0; o < options[c].length; o++) {
        int entry = entry(c * 256 + o);
        for (String name : new String[] {options[c][o].key(), options[c][o].code()}) {
          int number = symbols.number(name);
          if (number == 0) {
            continue; // the table is full or the name too long: this choice is scored by its text
          }
          if (number >= table.length) {
            table = java.util.Arrays.copyOf(table, Math.max(number + 1, table.length * 2));
          }
          table[number] = entry + 1;
        }
      }
    }
    return table;
  }

  private static boolean masksFit(int n, int[][] points) {
    if (n > Long.SIZE) {
      return false;
    }
    for (int[] p : points) {
      if (p.length >= 128) {
        return false;
      }
      for (int x : p) {
        if (x >= 1 << 13) {
          return false;
        }
      }
    }
    return true;
  }

  /** The index of the criterion with the given key ({@code A1a}, not the full code), or -1. */
  int criterion(String key) {
    Integer c = criterionByKey.get(key);
    return c == null ? -1 : c;
  }

  /** The index of a gate level in the per-level arrays, or -1 for 1★ and 2★ (no gates). */
  static int gateLevelIndex(StarRating level) {
    return level.stars() - 3;
  }

  /** The parts in ordinal order. */
  static final Part[] PARTS = Part.values();

  /** The lowest level at or below {@code level} whose gates already set the requirement found at {@code level}. */
  private static StarRating gateLevelOf(Criterion c, StarRating level, int need) {
    for (StarRating l : StarRating.values()) {
      if (l.stars() > level.stars()) {
        break;
      }
      if (c.requiredPoints(l).map(p -> p == need).orElse(false)) {
        return l;
      }
    }
    return level;
  }
}
