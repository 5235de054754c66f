package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
import vn.ocop.law.ApplicableLaw;
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
    List<ScoreSheet> sheets = new ArrayList<>(round.submissions().size());
    RoundMemo memo = new RoundMemo();
    for (Submission s : round.submissions()) {
      ApplicableLaw law = memo.law(round, s);
      Catalogue c = round.catalogue().orElseGet(() -> Catalogues.forInstrument(law.criteria()));
      sheets.add(score(s, c, law, memo));
    }
    return new ScoredRound(round, catalogue, sheets);
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

  /**
   * What scoring a whole round looks up once rather than once per submission: the law of each
   * (filing date, dossier kind) and the product set of each code per catalogue. Every value is what
   * the lookup it replaces returns (the same immutable objects), so the sheets are the same.
   */
  private static final class RoundMemo {
    private final Map<List<Object>, ApplicableLaw> laws = new HashMap<>();
    private final Map<Catalogue, Map<String, ProductSet>> sets = new IdentityHashMap<>();

    ApplicableLaw law(Round round, Submission s) {
      List<Object> key = List.of(s.filedOn(), s.dossierKind());
      ApplicableLaw law = laws.get(key);
      if (law == null) {
        law = round.law(s); // throws for a dossier the law cannot judge: never memoised
        laws.put(key, law);
      }
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
  }

  private static ScoreSheet score(Submission submission, Catalogue catalogue, ApplicableLaw law, RoundMemo memo) {
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
      Scorecard card = catalogue.scorecard(set).orElseThrow(() -> new ScoringException(product, null, null, null,
          "Product '" + product + "' has option-level scorecards, but the catalogue of " + catalogue.instrument()
              + " is held at part level; give part scores (A, B, C) instead"));
      sheet.scorecard(card).granularity(Granularity.OPTION_LEVEL);
      ScorecardIndex index = ScorecardIndex.of(card);
      List<MemberScorecard> given = submission.scorecards();
      MemberScore[] members = new MemberScore[given.size()];
      for (int m = 0; m < members.length; m++) {
        members[m] = scoreMember(product, given.get(m), card, index);
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
   * Scores one member's sheet on the scorecard's index: one hash lookup per choice, sums in {@code int},
   * no object per choice. Anything out of the ordinary is handed to {@link #rejectMember}, which finds
   * the first problem in the sheet and names it.
   */
  private static MemberScore scoreMember(String product, MemberScorecard sheet, Scorecard card, ScorecardIndex index) {
    if (sheet.productSet().isPresent() && !sheet.productSet().get().equals(index.setCode)) {
      throw rejectMember(product, sheet, card);
    }
    int n = index.size();
    byte[] chosen = new byte[n];
    Arrays.fill(chosen, (byte) -1);
    List<String> given = sheet.choices();
    for (int i = 0, size = given.size(); i < size; i++) {
      int packed = index.choice(given.get(i));
      if (packed < 0) {
        throw rejectMember(product, sheet, card);
      }
      int c = packed >>> 8;
      if (chosen[c] >= 0) {
        throw rejectMember(product, sheet, card);
      }
      chosen[c] = (byte) (packed & 0xff);
    }
    int[] parts = new int[3];
    int met = 0;
    int notMet = 0;
    for (int g = 0; g < index.groupKeys.length; g++) {
      int start = index.groupStart[g];
      int end = index.groupEnd[g];
      int answered = 0;
      for (int c = start; c < end; c++) {
        answered += chosen[c] >= 0 ? 1 : 0;
      }
      boolean oneCase = index.oneCase[g];
      if (oneCase && answered > 1) {
        throw rejectMember(product, sheet, card);
      }
      for (int c = start; c < end; c++) {
        int o = chosen[c];
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
    return new OptionLevelScore(sheet.member(), index, given, chosen, parts[0], parts[1], parts[2]);
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

  private static void checkMember(String product, MemberScorecard sheet, Scorecard card) {
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
