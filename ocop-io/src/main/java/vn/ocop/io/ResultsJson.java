package vn.ocop.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Part;
import vn.ocop.evaluation.Decision;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.funding.AwardStatement;
import vn.ocop.funding.Vnd;
import vn.ocop.law.Instrument;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RankedProduct;
import vn.ocop.result.Ranking;
import vn.ocop.result.RoundResult;
import vn.ocop.result.RoundStatistics;
import vn.ocop.round.Round;
import vn.ocop.scoring.MemberScore;
import vn.ocop.scoring.ScoreSheet;

/**
 * Turns a {@link RoundResult} into the results file ({@link ResultsDocument}, {@code ocop-results/1},
 * {@code docs/formats.md}) and reads one back. Stateless and thread-safe.
 *
 * <pre>{@code
 * RoundResult result = Ocop.evaluate(round, RuleBooks.bundled());
 * String json = ResultsJson.write(ResultsJson.document(result));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResultsJson {
  private ResultsJson() {}

  /**
   * The document of an evaluated round, products in rank order, its policy described only by the
   * result's {@link RoundResult#policy() description} (no pack list, no parameters: give a
   * {@link ResultsDocument.PolicyInfo} to {@link #document(RoundResult, ResultsDocument.PolicyInfo)}
   * for those).
   *
   * @param result the evaluated round; not null
   * @return the document
   * @throws IllegalArgumentException naming {@code result} if it is null
   */
  public static ResultsDocument document(RoundResult result) {
    Args.notNull(result, "result");
    return document(result, new ResultsDocument.PolicyInfo(result.policy(), List.of(), java.util.Map.of()), null);
  }

  /**
   * The document of an evaluated round without awards, products in rank order.
   *
   * @param result the evaluated round; not null
   * @param policy what the document says about the policy; not null
   * @return the document
   * @throws IllegalArgumentException naming the argument that is null
   */
  public static ResultsDocument document(RoundResult result, ResultsDocument.PolicyInfo policy) {
    return document(result, policy, null);
  }

  /**
   * The document of an evaluated round, products in rank order.
   *
   * @param result the evaluated round; not null
   * @param policy what the document says about the policy; not null
   * @param awards the round's awards ({@link #awards}), or null when no pack sets any
   * @return the document
   * @throws IllegalArgumentException naming the argument that is null
   */
  public static ResultsDocument document(RoundResult result, ResultsDocument.PolicyInfo policy,
      ResultsDocument.AwardsDoc awards) {
    Args.notNull(result, "result");
    Args.notNull(policy, "policy");
    Round round = result.round();
    Catalogue catalogue = result.catalogue();
    ResultsDocument.RoundSummary summary = new ResultsDocument.RoundSummary(round.id(), ref(round.province()),
        round.district().map(ResultsJson::ref).orElse(null), round.year(), round.sequence(), round.level().name(),
        round.councilDate(), round.council().size());
    ResultsDocument.CatalogueInfo cat = new ResultsDocument.CatalogueInfo(catalogue.instrument().number(),
        catalogue.source().toString(), catalogue.isOptionLevel());
    List<ResultsDocument.InstrumentInfo> instruments = round.instruments().stream()
        .map(i -> new ResultsDocument.InstrumentInfo(i.number(), i.titleVi(), i.titleEn(), i.inForceFrom())).toList();
    List<ResultsDocument.ProductResultDoc> products = new ArrayList<>();
    for (RankedProduct e : result.ranking().entries()) {
      products.add(product(e, result.scoredRound().catalogueOf(e.result().sheet())));
    }
    return new ResultsDocument(ResultsDocument.FORMAT, summary, cat, policy, instruments, statistics(result), awards,
        products);
  }

  /**
   * The awards section: what {@code schedule} computed for the round ({@code statement}), per star level.
   *
   * @param schedule the province's award schedule; not null
   * @param statement what it gives the round's products; not null
   * @return the section
   * @throws IllegalArgumentException naming the argument that is null
   */
  public static ResultsDocument.AwardsDoc awards(AwardSchedule schedule, AwardStatement statement) {
    Args.notNull(schedule, "schedule");
    Args.notNull(statement, "statement");
    Map<StarRating, Integer> counts = statement.countByStars();
    Map<StarRating, Vnd> totals = statement.totalByStars();
    List<ResultsDocument.AwardLevel> levels = new ArrayList<>();
    for (Map.Entry<StarRating, Vnd> e : new java.util.TreeMap<>(schedule.amounts()).entrySet()) {
      StarRating s = e.getKey();
      levels.add(new ResultsDocument.AwardLevel(s.stars(), e.getValue().dong(), schedule.amountSources().get(s),
          counts.getOrDefault(s, 0), totals.getOrDefault(s, Vnd.ZERO).dong()));
    }
    return new ResultsDocument.AwardsDoc(schedule.id(), schedule.mode().name(), schedule.basis().orElse(null), levels,
        statement.total().dong(), statement.unscheduled());
  }

  private static ResultsDocument.Statistics statistics(RoundResult result) {
    RoundStatistics s = result.statistics();
    Map<String, Integer> decisions = new LinkedHashMap<>();
    for (Decision d : Decision.values()) {
      decisions.put(d.name(), s.count(d));
    }
    List<ResultsDocument.DistrictCount> perDistrict = new ArrayList<>();
    for (Map.Entry<AdministrativeUnit, Ranking> e : result.rankingByDistrict().entrySet()) {
      List<ProductResult> rs = e.getValue().entries().stream().map(RankedProduct::result).toList();
      RoundStatistics ds = RoundStatistics.of(rs);
      perDistrict.add(new ResultsDocument.DistrictCount(ref(e.getKey()), ds.size(), stars(ds), ds.unranked()));
    }
    return new ResultsDocument.Statistics(s.size(), stars(s), s.unranked(), decisions, s.shareAtLeastThreeStars(),
        perDistrict);
  }

  private static Map<String, Integer> stars(RoundStatistics s) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (StarRating r : StarRating.values()) {
      m.put(String.valueOf(r.stars()), s.count(r));
    }
    return m;
  }

  private static ResultsDocument.ProductResultDoc product(RankedProduct e, Catalogue catalogue) {
    ProductResult r = e.result();
    ScoreSheet sheet = r.sheet();
    AdministrativeUnit place = r.product().place();
    List<ResultsDocument.MemberTotals> members = new ArrayList<>();
    for (MemberScore m : sheet.members()) {
      members.add(new ResultsDocument.MemberTotals(m.member().orElse(null), m.total(), m.part(Part.A), m.part(Part.B),
          m.part(Part.C)));
    }
    List<ResultsDocument.ReasonDoc> reasons = r.outcome().reasons().stream()
        .map(x -> new ResultsDocument.ReasonDoc(x.ruleId(), x.pack(), x.messageVi(), x.messageEn(), x.legalReference()))
        .toList();
    return new ResultsDocument.ProductResultDoc(e.rank(), e.tied(), r.product().id(), r.product().name(),
        new ResultsDocument.ProducerRef(r.product().producer().id(), r.product().producer().name(),
            r.product().producer().kind().name()),
        place.commune().map(ResultsJson::ref).orElse(null), place.district().map(ResultsJson::ref).orElse(null),
        ref(place.province()), sheet.productSet().code(), sheet.productSet().nameVi(),
        catalogue.groupOf(sheet.productSet()).nameVi(), sheet.granularity().name(), sheet.score(),
        sheet.partMean(Part.A), sheet.partMean(Part.B), sheet.partMean(Part.C), sheet.lowestTotal(),
        sheet.highestTotal(), members, r.stars().map(StarRating::stars).orElse(null), r.decision().name(),
        r.outcome().forwardTo().map(Enum::name).orElse(null), reasons);
  }

  private static ResultsDocument.PlaceRef ref(AdministrativeUnit u) {
    return new ResultsDocument.PlaceRef(u.id(), u.name());
  }

  /**
   * Builds ahead of use what writing a results document needs the first time in a process — the JSON
   * mapper and its writers of the document's parts — so that a program can have it built on another
   * thread while it does something else (the {@code ocop} command does, at its start). Optional, and
   * without effect on what is written: {@link #write(ResultsDocument)} builds the same when it first
   * needs it. Nothing is thrown; a problem is met again by the write.
   *
   * @since 0.3
   */
  public static void prepare() {
    try {
      Json.MAPPER.writerFor(ResultsDocument.class); // fetches the serialiser eagerly (EAGER_SERIALIZER_FETCH), into the mapper's cache
    } catch (RuntimeException e) {
      // nothing to report here: the write that needs the serialiser builds it again and reports the problem
    }
  }

  /**
   * The document as JSON text (two-space indent, a final newline); write it as UTF-8, as
   * {@link Outputs} does.
   *
   * @param doc the document; not null
   * @return the JSON text
   * @throws IllegalArgumentException naming {@code doc} if it is null
   */
  public static String write(ResultsDocument doc) {
    Args.notNull(doc, "doc");
    try {
      return Json.MAPPER.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write results: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the document as {@link #write(ResultsDocument)} gives it, byte for byte, straight to
   * {@code out}: the text of a large round is never held whole. {@code out} is flushed, not closed.
   *
   * <pre>{@code
   * try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
   *   ResultsJson.write(doc, out);
   * }
   * }</pre>
   *
   * @param doc the document; not null
   * @param out where to write it; not null
   * @throws java.io.IOException if {@code out} fails
   * @throws IllegalArgumentException naming the argument that is null
   * @since 0.1.0
   */
  public static void write(ResultsDocument doc, java.io.Writer out) throws java.io.IOException {
    Args.notNull(doc, "doc");
    Args.notNull(out, "out");
    Json.MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, doc);
    out.write('\n');
    out.flush();
  }

  /**
   * A document that travels with the results — such as the CLI's {@code ocop-rules-diff/1}, which
   * quotes results' products and reasons — as JSON text with the same settings as {@link
   * #write(ResultsDocument)} (dates as {@code yyyy-MM-dd}, decimals as written, a final newline).
   *
   * @param document a record or bean of the document; not null
   * @return the JSON text
   * @throws IllegalArgumentException naming {@code document} if it is null
   */
  public static String writeDocument(Object document) {
    Args.notNull(document, "document");
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + document.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a results file.
   *
   * @param file the file; not null
   * @return the document
   * @throws InputException naming line, column and JSON path of the first problem, or the file if it
   *     is missing or unreadable
   * @throws IllegalArgumentException naming {@code file} if it is null
   */
  public static ResultsDocument read(Path file) {
    Args.notNull(file, "file");
    ResultsDocument doc = Json.parse(file, Json.readText(file), ResultsDocument.class);
    if (!ResultsDocument.FORMAT.equals(doc.format())) {
      throw new InputException(file, 0, 0, "$.format", Message.of("format.not", doc.format(), ResultsDocument.FORMAT), null);
    }
    return doc;
  }
}
