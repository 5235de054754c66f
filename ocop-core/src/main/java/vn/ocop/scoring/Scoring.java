package vn.ocop.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;
import vn.ocop.catalog.Selection;
import vn.ocop.internal.SheetAccess;
import vn.ocop.law.ApplicableLaw;
import vn.ocop.law.DossierKind;
import vn.ocop.law.Instrument;
import vn.ocop.law.LegalReference;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * Turns members' choices into points: per criterion, group, part and total for each member, and the
 * product's score as the mean of the members' totals ({@link ScoreSheet}). Scoring never consults
 * the rules. Stateless and thread-safe.
 *
 * <p>A sheet is checked against the catalogue as it is scored; the first problem raises a {@link
 * ScoringException} naming the product, member, criterion and option:
 * <ul>
 *   <li>an option that is not one of its criterion's, or a criterion not on the product's scorecard;
 *   <li>two options for one criterion, or none for a criterion that has no condition
 *       ({@link Condition}) and is not an unchosen case of a one-case group ({@link Selection#ONE_CASE});
 *   <li>criteria sharing a condition answered in part (the member must judge the condition once);
 *   <li>a sheet for another product set than the product's;
 *   <li>option-level sheets under a part-level catalogue (Decision 1048/QĐ-TTg);
 *   <li>part scores above the instrument's part maxima.
 * </ul>
 */
public final class Scoring {
  /** Submissions whose objects {@link #touch} reads ahead at once. */
  private static final int BATCH = 8;
  /** Written once per call so that the compiler keeps {@link #touch}'s reads. */
  @SuppressWarnings("unused")
  private static long lastTouch;

  private Scoring() {}

  /**
   * Scores every submission of a round, each with the catalogue of the law that judges it
   * ({@link Round#law}: the council date and, across the change of law of 2026, the dossier's filing
   * date), or with the round's own catalogue when the host chose one.
   *
   * @param round the round to score
   * @return the round with one sheet per submission, in submission order
   * @throws vn.ocop.catalog.NoCatalogueInForceException if no catalogue covers the council date
   * @throws ScoringException if a sheet cannot be scored
   */
  public static ScoredRound score(Round round) {
    Catalogue catalogue = roundCatalogue(round);
    if (!round.submissions().isEmpty()) {
      Catalogues.inForceOn(round.councilDate()); // no law before 21/08/2019: NoCatalogueInForceException
    }
    List<Submission> submissions = round.submissions();
    int n = submissions.size();
    List<ScoreSheet> sheets = new ArrayList<>(n);
    RoundMemo memo = new RoundMemo();
    long touched = 0;
    Object[][] scratch = {new Object[BATCH], new Object[BATCH * 8], new Object[BATCH * 8], new Object[BATCH]};
    for (int i = 0; i < n; i++) {
      if ((i & (BATCH - 1)) == 0) {
        touched += touch(submissions, i, Math.min(n, i + BATCH), scratch);
      }
      Submission s = submissions.get(i);
      ApplicableLaw law = memo.law(round, s);
      Catalogue c = round.catalogue().orElseGet(() -> Catalogues.forInstrument(law.criteria()));
      sheets.add(scoreSubmission(s, c, law, memo));
    }
    lastTouch = touched;
    return new ScoredRound(round, catalogue, sheets);
  }

  /**
   * Reads ahead, for submissions {@code from} to {@code to}, the objects that scoring them reads first,
   * and nothing else: each submission's product and its product set's code, its list of sheets, each
   * sheet, and the sheet's choices as numbers (first and last: the lines of the array). A round's objects
   * lie scattered over the heap and each is reached through the one before, so scoring one member at a
   * time waits on several cache misses in a row, one after the other. Read here stage by stage for a
   * few submissions at once, the misses of one stage are independent of each other and the processor
   * overlaps them; scoring then finds the objects in the cache (docs/performance.md). Returns a sum of
   * what it read so that the reads are kept. Reads only: the sheets are scored, and checked, exactly as
   * without it.
   *
   * @param scratch four arrays reused across calls: submissions' sheet lists, sheets, their numbers,
   *     submissions' products
   */
  @SuppressWarnings("unchecked")
  private static long touch(List<Submission> submissions, int from, int to, Object[][] scratch) {
    long sum = 0;
    Object[] outer = scratch[0];
    int k = 0;
    Object[] products = scratch[3];
    for (int i = from; i < to; i++) {
      Submission s = submissions.get(i);
      products[k] = s.product();
      outer[k++] = s.scorecards();
    }
    int count = 0;
    for (int i = 0; i < k; i++) {
      count += ((List<?>) outer[i]).size();
      sum += ((vn.ocop.product.Product) products[i]).productSet().length();
    }
    Object[] cards = scratch[1];
    if (cards.length < count) {
      cards = scratch[1] = new Object[count];
      scratch[2] = new Object[count];
    }
    int j = 0;
    for (int i = 0; i < k; i++) {
      List<MemberScorecard> list = (List<MemberScorecard>) outer[i];
      for (int m = 0, size = list.size(); m < size; m++) {
        cards[j++] = list.get(m);
      }
    }
    Object[] lists = scratch[2];
    for (int i = 0; i < j; i++) {
      lists[i] = SheetAccess.numbers((MemberScorecard) cards[i]);
    }
    for (int i = 0; i < j; i++) {
      char[] numbers = (char[]) lists[i];
      if (numbers != null && numbers.length > 0) {
        sum += numbers[0] + numbers[numbers.length - 1];
      }
    }
    return sum;
  }

  /**
   * The catalogue a round is presented with: the host's choice, else the one in force on its council
   * date for a dossier filed that day ({@link Catalogues#inForceOn}). Individual products may be scored
   * with another ({@link ScoreSheet#law()}) during a transition.
   *
   * @param round the round
   * @return the host's catalogue, or the one in force on the council date
   * @throws vn.ocop.catalog.NoCatalogueInForceException if no catalogue covers the council date
   * @since 0.2
   */
  public static Catalogue roundCatalogue(Round round) {
    return round.catalogue().orElseGet(() -> Catalogues.inForceOn(round.councilDate()));
  }

  /**
   * Scores one submission of a round with the catalogue of the law that judges it (or the round's own
   * catalogue when the host chose one).
   *
   * @param round the round the submission belongs to
   * @param submission the submission to score
   * @return the submission's score sheet
   * @throws vn.ocop.catalog.NoCatalogueInForceException if no catalogue covers the council date
   * @throws ScoringException if a sheet cannot be scored
   * @since 0.2
   */
  public static ScoreSheet score(Round round, Submission submission) {
    Catalogues.inForceOn(round.councilDate()); // no law before 21/08/2019: NoCatalogueInForceException
    ApplicableLaw law = round.law(submission);
    Catalogue catalogue = round.catalogue().orElseGet(() -> Catalogues.forInstrument(law.criteria()));
    return score(submission, catalogue, law);
  }

  /**
   * Scores one submission against a catalogue chosen by the host; the sheet's law is the
   * catalogue's instrument, for criteria and procedure alike.
   *
   * @param submission the submission to score
   * @param catalogue the catalogue to score it with
   * @return the submission's score sheet
   * @throws ScoringException if a sheet cannot be scored
   */
  public static ScoreSheet score(Submission submission, Catalogue catalogue) {
    Instrument i = catalogue.instrument();
    return score(submission, catalogue, new ApplicableLaw(i, i, LegalReference.of(i, ""),
        "Bộ tiêu chí do ứng dụng chọn: Quyết định " + i.number(), "Criteria chosen by the host: Decision " + i.number()));
  }

  /**
   * Scores one submission against a catalogue, recording the law that judges it.
   *
   * @param submission the submission to score
   * @param catalogue the catalogue to score it with
   * @param law the law that judges the submission, recorded on the sheet
   * @return the submission's score sheet
   * @throws ScoringException if a sheet cannot be scored
   * @since 0.2
   */
  public static ScoreSheet score(Submission submission, Catalogue catalogue, ApplicableLaw law) {
    return score(submission, catalogue, law, null);
  }

  /** Scores one submission with a memo of the caller's ({@link RoundMemo#RoundMemo(boolean)}: tests). */
  static ScoreSheet score(Submission submission, Catalogue catalogue, ApplicableLaw law, RoundMemo memo) {
    return scoreSubmission(submission, catalogue, law, memo);
  }

  /**
   * What scoring a whole round looks up once rather than once per submission: the law of each
   * (filing date, dossier kind), the product set of each code per catalogue, and per scorecard its
   * index and a {@link ChoiceTable}. Every value is what the lookup it replaces returns (the same
   * immutable objects), so the sheets are the same. Lives for one call of {@link #score(Round)}: nothing
   * of a round is kept once it is scored.
   */
  static final class RoundMemo {
    private final Map<List<Object>, ApplicableLaw> laws = new HashMap<>();
    private final Map<Catalogue, Map<String, ProductSet>> sets = new IdentityHashMap<>();
    private final Map<Scorecard, ChoiceTable> tables = new IdentityHashMap<>();
    private final Map<Catalogue, Map<ProductSet, Optional<Scorecard>>> cards = new IdentityHashMap<>();
    private Catalogue lastCatalogue;
    private ProductSet lastSet;
    private Optional<Scorecard> lastCard;
    private final boolean useMasks;
    private Optional<LocalDate> lastFiledOn;
    private DossierKind lastKind;
    private ApplicableLaw lastLaw;

    private final boolean useNumbers;

    RoundMemo() {
      this(true, true);
    }

    /** A memo; {@code useMasks} false scores every sheet criterion by criterion (tests of that path). */
    RoundMemo(boolean useMasks) {
      this(useMasks, true);
    }

    /**
     * A memo; {@code useNumbers} false looks every choice up by its text, never by the number the sheet
     * carries (tests that the two agree).
     */
    RoundMemo(boolean useMasks, boolean useNumbers) {
      this.useMasks = useMasks;
      this.useNumbers = useNumbers;
    }

    ApplicableLaw law(Round round, Submission s) {
      Optional<LocalDate> filedOn = s.filedOn();
      DossierKind kind = s.dossierKind();
      if (lastLaw != null && kind == lastKind && filedOn.equals(lastFiledOn)) {
        return lastLaw;
      }
      List<Object> key = List.of(filedOn, kind);
      ApplicableLaw law = laws.get(key);
      if (law == null) {
        law = round.law(s); // throws for a dossier the law cannot judge: never memoised
        laws.put(key, law);
      }
      lastFiledOn = filedOn;
      lastKind = kind;
      lastLaw = law;
      return law;
    }

    Optional<ProductSet> productSet(Catalogue catalogue, String code) {
      Map<String, ProductSet> byCode = sets.computeIfAbsent(catalogue, c -> new HashMap<>());
      ProductSet set = byCode.get(code);
      if (set == null) {
        Optional<ProductSet> found = catalogue.findProductSet(code);
        found.ifPresent(f -> byCode.put(code, f));
        return found;
      }
      return Optional.of(set);
    }

    /**
     * {@link Catalogue#scorecard} of a product set, found by identity once per round (the catalogue's
     * map hashes the whole {@link ProductSet} value on every lookup).
     */
    Optional<Scorecard> scorecard(Catalogue catalogue, ProductSet set) {
      if (catalogue == lastCatalogue && set == lastSet) {
        return lastCard;
      }
      Map<ProductSet, Optional<Scorecard>> byCatalogue = cards.computeIfAbsent(catalogue, c -> new IdentityHashMap<>());
      Optional<Scorecard> card = byCatalogue.computeIfAbsent(set, catalogue::scorecard);
      lastCatalogue = catalogue;
      lastSet = set;
      lastCard = card;
      return card;
    }

    ChoiceTable table(Scorecard card) {
      ChoiceTable table = tables.get(card);
      if (table == null) {
        table = new ChoiceTable(useMasks ? ScorecardIndex.of(card) : new ScorecardIndex(card, false), useNumbers);
        tables.put(card, table);
      }
      return table;
    }
  }

  /**
   * The choices of one scoring call resolved by identity, for the choices a sheet carries no usable
   * number for ({@link #bySymbol} first; a sheet built by {@code MemberScorecard}'s builder has one for
   * every choice of up to {@link vn.ocop.internal.ChoiceSymbols#MAX_LENGTH} characters while the
   * process's table has room). A round's sheets mostly repeat the same few
   * thousand {@code String} instances (a round built in code, or read by a reader that shares its
   * strings), so each instance is looked up in the {@link ScorecardIndex} (hash and {@code equals})
   * once and then found by {@code ==} in an open-addressing table keyed on the string's cached hash.
   * A string not seen before takes the index's lookup, as every choice did before, and is remembered
   * while the table has room ({@link #MAX_ENTRIES}): a round whose every choice is a fresh instance costs
   * the same as without the table. Not thread-safe; one per call, never kept across calls.
   */
  static final class ChoiceTable {
    /** At most this many instances remembered; beyond, choices are looked up in the index only. */
    static final int MAX_ENTRIES = 4096;

    final ScorecardIndex index;
    /**
     * The index's {@link ScorecardIndex#bySymbol}, or an empty array when choices are to be looked up by
     * their text only (or the index has no masks).
     */
    final int[] bySymbol;
    private String[] keys = new String[64];
    private int[] entries = new int[64];
    /** 32 − log2 of the table's length: {@link #slot} takes the hash's top bits. */
    private int shift = 32 - 6;
    private int size;

    ChoiceTable(ScorecardIndex index, boolean useNumbers) {
      this.index = index;
      this.bySymbol = useNumbers && index.bySymbol != null ? index.bySymbol : new int[0];
    }

    /** The {@link ScorecardIndex#entry} of a choice, or -1 when it names none of the scorecard's options. */
    int entry(String choice) {
      String[] k = keys;
      int shift = this.shift;
      int mask = k.length - 1;
      int slot = slot(choice, shift);
      String found;
      while ((found = k[slot]) != null) {
        if (found == choice) {
          return entries[slot];
        }
        slot = (slot + 1) & mask;
      }
      return miss(choice, slot);
    }

    /** A choice not in the table: looked up in the index, and remembered if there is room. */
    private int miss(String choice, int slot) {
      int packed = index.choice(choice);
      if (packed < 0) {
        return -1;
      }
      int entry = index.entry(packed);
      if (size < MAX_ENTRIES) {
        if (4 * (size + 1) > keys.length) {
          grow();
          slot = free(choice);
        }
        keys[slot] = choice;
        entries[slot] = entry;
        size++;
      }
      return entry;
    }

    /**
     * The home slot of a string: its (cached) hash spread by Fibonacci hashing, since option keys of a
     * criterion hash to consecutive numbers.
     */
    private static int slot(String s, int shift) {
      return (s.hashCode() * 0x9E3779B9) >>> shift;
    }

    private int free(String s) {
      int mask = keys.length - 1;
      int slot = slot(s, shift);
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldEntries = entries;
      keys = new String[oldKeys.length * 2];
      entries = new int[oldKeys.length * 2];
      shift--;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          int slot = free(oldKeys[i]);
          keys[slot] = oldKeys[i];
          entries[slot] = oldEntries[i];
        }
      }
    }
  }

  private static ScoreSheet scoreSubmission(Submission submission, Catalogue catalogue, ApplicableLaw law,
      RoundMemo memo) {
    String product = submission.product().id();
    String setCode = submission.product().productSet();
    ProductSet set = (memo == null ? catalogue.findProductSet(setCode) : memo.productSet(catalogue, setCode)).orElseThrow(() ->
        new ScoringException(product, null, null, null, "Product '" + product + "' names product set '"
            + submission.product().productSet() + "', which is not in the catalogue of " + catalogue.instrument()));
    ScoreSheet.Builder sheet = ScoreSheet.builder().submission(submission).productSet(set).law(law);
    if (!submission.disqualifications().isEmpty()) {
      Optional<Scorecard> grounds = catalogue.scorecard(set);
      for (String key : submission.disqualifications()) {
        sheet.addDisqualifications(grounds.flatMap(c -> c.findDisqualification(key)).orElseThrow(() ->
            new ScoringException(product, null, null, null, "Product '" + product + "' names the ground for disqualification '"
                + key + "', but the score sheet of " + set.code() + " lists " + grounds.map(c -> c.disqualifications().isEmpty()
                    ? "none" : c.disqualifications().stream().map(d -> d.key()).collect(java.util.stream.Collectors.joining(", ")))
                    .orElse("none (the catalogue of " + catalogue.instrument() + " has no score sheets)"))));
      }
    }
    if (!submission.scorecards().isEmpty()) {
      Scorecard card = (memo == null ? catalogue.scorecard(set) : memo.scorecard(catalogue, set)).orElseThrow(() -> new ScoringException(product, null, null, null,
          "Product '" + product + "' has option-level scorecards, but the catalogue of " + catalogue.instrument()
              + " is held at part level; give part scores (A, B, C) instead"));
      sheet.scorecard(card).granularity(Granularity.OPTION_LEVEL);
      ChoiceTable table = memo != null ? memo.table(card) : new ChoiceTable(ScorecardIndex.of(card), true);
      ScorecardIndex index = table.index;
      List<MemberScorecard> given = submission.scorecards();
      int n = index.size();
      byte[] chosen = new byte[given.size() * n];
      MemberScore[] members = new MemberScore[given.size()];
      for (int m = 0; m < members.length; m++) {
        MemberScorecard s = given.get(m);
        members[m] = index.masks ? scoreMember(product, s, card, table, chosen, m * n)
            : scoreMemberByCriterion(product, s, card, index, chosen, m * n);
      }
      sheet.addMembers(members);
    } else if (!submission.partScores().isEmpty()) {
      sheet.granularity(Granularity.PART_LEVEL);
      for (PartScores p : submission.partScores()) {
        sheet.addMembers(scoreParts(product, p, catalogue));
      }
    } else {
      sheet.granularity(Granularity.UNSCORED);
    }
    return sheet.build();
  }

  private static MemberScore scoreParts(String product, PartScores p, Catalogue catalogue) {
    Map<Part, BigDecimal> parts = new EnumMap<>(Part.class);
    parts.put(Part.A, p.partA());
    parts.put(Part.B, p.partB());
    parts.put(Part.C, p.partC());
    for (Map.Entry<Part, BigDecimal> e : parts.entrySet()) {
      int max = catalogue.partMaximum(e.getKey());
      if (e.getValue().compareTo(BigDecimal.valueOf(max)) > 0) {
        throw new ScoringException(product, p.member().orElse(null), null, null, "Product '" + product + "'"
            + p.member().map(m -> ", member '" + m + "'").orElse("") + ": part " + e.getKey() + " scores "
            + e.getValue().toPlainString() + " but " + catalogue.instrument() + " allows at most " + max);
      }
    }
    return new PartLevelScore(p.member(), parts);
  }

  /**
   * Scores one member's sheet on the scorecard's index and a {@link ChoiceTable}: one lookup per choice,
   * in an array by the number the sheet carries for it ({@link vn.ocop.internal.ChoiceSymbols}), else by
   * its text (by identity for a string seen before); the sheet's checks on bit masks of its answered criteria,
   * sums in {@code int}, no object per choice. Writes the chosen options into {@code chosen} from
   * {@code base}. Anything out of the ordinary is handed to {@link #rejectMember}, which finds the first
   * problem in the sheet and names it. Accepts exactly the sheets {@link #scoreMemberByCriterion} accepts.
   */
  private static MemberScore scoreMember(String product, MemberScorecard sheet, Scorecard card, ChoiceTable table,
      byte[] chosen, int base) {
    ScorecardIndex index = table.index;
    if (sheet.productSet().isPresent() && !sheet.productSet().get().equals(index.setCode)) {
      throw rejectMember(product, sheet, card);
    }
    List<String> given = sheet.choices();
    char[] numbers = SheetAccess.numbers(sheet);
    int[] bySymbol = table.bySymbol;
    long answered = 0;
    // the three part sums in 21 bits each: at most 64 criteria of under 8,192 points
    long sums = 0;
    // with numbers (one per choice), the list of strings is read only for a choice that has none
    for (int i = 0, size = numbers != null ? numbers.length : given.size(); i < size; i++) {
      // the choice's number looked up in an array; by its text when it has none or names no option here
      int number = numbers == null ? 0 : numbers[i];
      int entry = number < bySymbol.length ? bySymbol[number] - 1 : -1;
      if (entry < 0) {
        entry = table.entry(given.get(i));
      }
      if (entry < 0) {
        throw rejectMember(product, sheet, card);
      }
      int c = entry & 0xff;
      long bit = 1L << c;
      if ((answered & bit) != 0) {
        throw rejectMember(product, sheet, card);
      }
      answered |= bit;
      chosen[base + c] = (byte) (((entry >>> 8) & 0xff) + 1);
      sums += (long) (entry >>> 18) << (21 * ((entry >>> 16) & 3));
    }
    // a criterion with no condition outside one-case groups left blank
    if ((answered & index.requiredMask) != index.requiredMask) {
      throw rejectMember(product, sheet, card);
    }
    // a one-case group: more than one case answered, or none where a case has no condition
    long[] oneCase = index.oneCaseMasks;
    for (int g = 0; g < oneCase.length; g++) {
      long cases = answered & oneCase[g];
      if (cases != 0 ? (cases & (cases - 1)) != 0 : index.oneCaseNeedsAnswer[g]) {
        throw rejectMember(product, sheet, card);
      }
    }
    // criteria sharing a condition answered in part
    long[] conditions = index.conditionMasks;
    for (int k = 0; k < conditions.length; k++) {
      long some = answered & conditions[k];
      if (some != 0 && some != conditions[k]) {
        throw rejectMember(product, sheet, card);
      }
    }
    int mask = (1 << 21) - 1;
    return new OptionLevelScore(sheet.member(), index, given, chosen, base, (int) (sums & mask),
        (int) ((sums >>> 21) & mask), (int) (sums >>> 42));
  }

  /**
   * Scores one member's sheet criterion by criterion, for a scorecard too large for {@link #scoreMember}'s
   * bit masks: one hash lookup per choice, sums in {@code int}. Writes the chosen options into {@code
   * chosen} from {@code base}; anything out of the ordinary is handed to {@link #rejectMember}.
   */
  private static MemberScore scoreMemberByCriterion(String product, MemberScorecard sheet, Scorecard card,
      ScorecardIndex index, byte[] chosen, int base) {
    if (sheet.productSet().isPresent() && !sheet.productSet().get().equals(index.setCode)) {
      throw rejectMember(product, sheet, card);
    }
    List<String> given = sheet.choices();
    for (int i = 0, size = given.size(); i < size; i++) {
      int packed = index.choice(given.get(i));
      if (packed < 0) {
        throw rejectMember(product, sheet, card);
      }
      int c = packed >>> 8;
      if (chosen[base + c] != 0) {
        throw rejectMember(product, sheet, card);
      }
      chosen[base + c] = (byte) ((packed & 0xff) + 1);
    }
    int[] parts = new int[3];
    int met = 0;
    int notMet = 0;
    for (int g = 0; g < index.groupKeys.length; g++) {
      int start = index.groupStart[g];
      int end = index.groupEnd[g];
      int answered = 0;
      for (int c = start; c < end; c++) {
        answered += chosen[base + c] != 0 ? 1 : 0;
      }
      boolean oneCase = index.oneCase[g];
      if (oneCase && answered > 1) {
        throw rejectMember(product, sheet, card);
      }
      for (int c = start; c < end; c++) {
        int o = chosen[base + c] - 1;
        Condition condition = index.conditionOf[c];
        if (o >= 0) {
          if (condition != null) {
            met |= 1 << condition.ordinal();
          }
          parts[index.partOf[c]] += index.points[c][o];
        } else if (condition != null) {
          notMet |= 1 << condition.ordinal();
        } else if (!(oneCase && answered == 1)) {
          throw rejectMember(product, sheet, card);
        }
      }
    }
    if ((met & notMet) != 0) {
      throw rejectMember(product, sheet, card);
    }
    return new OptionLevelScore(sheet.member(), index, given, chosen, base, parts[0], parts[1], parts[2]);
  }

  /**
   * The exception for a sheet that cannot be scored: checks the sheet against the scorecard in the
   * order a reader would and names the first problem (product, member, criterion, option).
   */
  private static ScoringException rejectMember(String product, MemberScorecard sheet, Scorecard card) {
    try {
      checkMember(product, sheet, card);
    } catch (ScoringException e) {
      return e;
    }
    return new ScoringException(product, sheet.member(), null, null, "Scorecard of product '" + product
        + "', member '" + sheet.member() + "' cannot be scored on scorecard " + card.productSet().code());
  }

  static void checkMember(String product, MemberScorecard sheet, Scorecard card) {
    String member = sheet.member();
    String setCode = card.productSet().code();
    String where = "product '" + product + "', member '" + member + "'";
    if (sheet.productSet().isPresent() && !sheet.productSet().get().equals(setCode)) {
      throw new ScoringException(product, member, null, null, "Scorecard of " + where + " is for product set "
          + sheet.productSet().get() + ", but the product is scored under " + setCode);
    }
    Map<String, Option> chosen = new LinkedHashMap<>();
    for (String given : sheet.choices()) {
      String key = given;
      int slashes = (int) given.chars().filter(ch -> ch == '/').count();
      if (slashes == 3) {
        String prefix = given.substring(0, given.indexOf('/', given.indexOf('/') + 1));
        if (!prefix.equals(setCode)) {
          throw new ScoringException(product, member, null, given, "Scorecard of " + where + " chooses option "
              + given + " of product set " + prefix + ", but the product is scored under " + setCode);
        }
        key = given.substring(prefix.length() + 1);
      } else if (slashes != 1) {
        throw new ScoringException(product, member, null, given, "Scorecard of " + where + ": '" + given
            + "' is not an option code; write the criterion and the option's number, e.g. "
            + card.criteria().get(0).option(card.criteria().get(0).options().size()).key());
      }
      String criterionKey = key.substring(0, key.indexOf('/'));
      Criterion criterion = card.findCriterion(criterionKey).orElseThrow(() -> new ScoringException(product, member,
          null, given, "Scorecard of " + where + " chooses " + given + ", but scorecard " + setCode
              + " has no criterion " + criterionKey));
      Option option = criterion.findOption(key).orElseThrow(() -> new ScoringException(product, member,
          criterion.code(), given, "Scorecard of " + where + ": option " + given + " does not belong to criterion "
              + criterion.key() + " (" + criterion.title() + "), whose options are " + criterion.key() + "/1 to "
              + criterion.key() + "/" + criterion.options().size()));
      Option previous = chosen.putIfAbsent(criterion.key(), option);
      if (previous != null) {
        throw new ScoringException(product, member, criterion.code(), given, "Scorecard of " + where
            + " chooses two options for criterion " + criterion.key() + " (" + criterion.title() + "): "
            + previous.key() + " and " + option.key() + "; choose one");
      }
    }

    Map<String, Integer> criterionPoints = new LinkedHashMap<>();
    Map<String, Integer> groupPoints = new LinkedHashMap<>();
    Map<String, Condition> notApplicable = new LinkedHashMap<>();
    Set<Condition> met = EnumSet.noneOf(Condition.class);
    Map<Part, BigDecimal> partPoints = new EnumMap<>(Part.class);
    for (ScorecardPart part : card.parts()) {
      int partSum = 0;
      for (CriterionGroup group : part.groups()) {
        int groupSum = 0;
        long answeredCases = group.criteria().stream().filter(c -> chosen.containsKey(c.key())).count();
        if (group.selection() == Selection.ONE_CASE && answeredCases > 1) {
          throw new ScoringException(product, member, group.code(), null, "Scorecard of " + where
              + " answers more than one case of group " + group.key() + " (" + group.title()
              + "); the council scores one case only");
        }
        for (Criterion c : group.criteria()) {
          Option o = chosen.get(c.key());
          if (o != null) {
            c.condition().ifPresent(met::add);
            criterionPoints.put(c.key(), o.points());
            groupSum += o.points();
          } else if (c.condition().isPresent()) {
            notApplicable.put(c.key(), c.condition().get());
            criterionPoints.put(c.key(), 0);
          } else if (group.selection() == Selection.ONE_CASE && answeredCases == 1) {
            criterionPoints.put(c.key(), 0);
          } else {
            throw new ScoringException(product, member, c.code(), null, "Scorecard of " + where
                + " chooses no option for criterion " + c.key() + " (" + c.title() + "); choose one of "
                + c.key() + "/1 to " + c.key() + "/" + c.options().size());
          }
        }
        groupPoints.put(group.key(), groupSum);
        partSum += groupSum;
      }
      partPoints.put(part.part(), BigDecimal.valueOf(partSum));
    }
    Set<Condition> notMet = EnumSet.noneOf(Condition.class);
    notMet.addAll(notApplicable.values());
    for (Condition condition : notMet) {
      if (met.contains(condition)) {
        String answered = firstKey(chosen.keySet(), card, condition).orElse("?");
        String blank = notApplicable.entrySet().stream().filter(e -> e.getValue() == condition)
            .map(Map.Entry::getKey).findFirst().orElse("?");
        throw new ScoringException(product, member, card.findCriterion(blank).map(Criterion::code).orElse(blank), null,
            "Scorecard of " + where + " answers criterion " + answered + " but leaves criterion " + blank
                + " blank; both apply only when: " + condition.noteVi() + " (" + condition.descriptionEn()
                + "). Answer both, or neither if the condition is not met");
      }
    }
  }

  private static Optional<String> firstKey(Set<String> answered, Scorecard card, Condition condition) {
    return answered.stream()
        .filter(k -> card.findCriterion(k).flatMap(Criterion::condition).map(c -> c == condition).orElse(false))
        .findFirst();
  }
}
