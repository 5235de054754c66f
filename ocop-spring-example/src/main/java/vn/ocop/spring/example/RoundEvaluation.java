package vn.ocop.spring.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
// The file formats: vn.ocop.cli.io today, vn.ocop.io once ocop-io exists. This class is the example's only user.
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsJson;
import vn.ocop.io.RoundFiles;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.NoCatalogueInForceException;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.rules.AwardSchedules;
import vn.ocop.rules.NoRulePackInForceException;
import vn.ocop.rules.PackKind;
import vn.ocop.rules.RuleBook;
import vn.ocop.rules.RuleBookHolder;
import vn.ocop.rules.RuleBooks;
import vn.ocop.rules.RulePack;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;
import vn.ocop.scoring.Scoring;
import vn.ocop.scoring.ScoringException;

/**
 * Evaluates one uploaded round file as {@code ocop evaluate --format json} does: the same reader
 * (errors with file, line, column and JSON path), the same rule packs chosen by province and date
 * (one book per law during the transition of Decision 26/2026/QĐ-TTg), the same awards and the same
 * results writer — taken from one snapshot of the holder, so that a reload cannot tear a result.
 */
final class RoundEvaluation {
  /** The file name errors give for a round posted as the request body. */
  static final String DEFAULT_NAME = "round.json";

  private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}._ -]{1,100}");

  private RoundEvaluation() {}

  /** A round that cannot be read or evaluated; the message is the command's one-line error. */
  static final class BadRoundException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadRoundException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The results JSON of the round in {@code content}.
   *
   * @param name the file name to give in errors (the uploaded file's; its directories are dropped)
   * @param content the file; at most {@code RoundFiles.MAX_FILE_BYTES} bytes of it are read
   * @throws BadRoundException if the round cannot be read, has no rule pack or catalogue in force, or
   *     cannot be scored
   */
  static byte[] evaluate(String name, InputStream content, RuleBookHolder holder) {
    String fileName = fileName(name);
    Path dir = null;
    try {
      dir = Files.createTempDirectory("ocop-round-");
      Path file = dir.resolve(fileName);
      // one byte more than the reader takes, so that it reports a file too large in its own words
      Files.write(file, content.readNBytes(Math.toIntExact(RoundFiles.MAX_FILE_BYTES + 1)));
      try {
        return ResultsJson.write(evaluate(file, holder.snapshot())).getBytes(StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        // the readers', the core's and the rules' exceptions about bad input name the thing at fault
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        throw new BadRoundException(message.replace(file.toString(), fileName).replaceAll("\\s*\\R\\s*", " "), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static ResultsDocument evaluate(Path file, RuleBooks books) {
    RoundFiles.LoadedRound loaded = RoundFiles.read(file);
    Round round = loaded.round();
    List<RuleBook> found;
    try {
      found = books.booksFor(round);
    } catch (NoRulePackInForceException e) {
      throw new IllegalArgumentException("round " + round.id() + ": " + e.getMessage(), e);
    }
    // the province's award schedule is the same whichever law judged a product: the newest book's
    Optional<AwardSchedule> awards = AwardSchedules.find(found.get(found.size() - 1));
    Catalogue catalogue;
    try {
      catalogue = Scoring.roundCatalogue(round);
    } catch (NoCatalogueInForceException e) {
      throw new IllegalArgumentException(file + ": $.round.councilDate: " + e.getMessage(), e);
    }
    List<ScoreSheet> sheets = new ArrayList<>(round.submissions().size());
    for (Submission s : round.submissions()) {
      try {
        sheets.add(Scoring.score(round, s));
      } catch (ScoringException e) {
        throw loaded.locate(e);
      }
    }
    ScoredRound scored = new ScoredRound(round, catalogue, sheets);
    EvaluationPolicy policy = found.size() == 1 ? found.get(0) : transition(books, found);
    List<Outcome> outcomes = policy.decide(scored);
    RoundResult result = RoundResult.of(scored, outcomes, policy.description());
    return ResultsJson.document(result, info(found),
        awards.map(schedule -> ResultsJson.awards(schedule, schedule.apply(result))).orElse(null));
  }

  /** The transition of Decision 26/2026/QĐ-TTg (Article 12.2): each product decided by the book of its law. */
  private static EvaluationPolicy transition(RuleBooks books, List<RuleBook> found) {
    String description = found.stream().map(RuleBook::description).collect(Collectors.joining(" | "));
    return new EvaluationPolicy() {
      @Override
      public List<Outcome> decide(ScoredRound scored) {
        return books.decide(scored);
      }

      @Override
      public String description() {
        return description;
      }
    };
  }

  /** What the results say about the packs: every pack once; with several books, parameters named by their national pack. */
  private static ResultsDocument.PolicyInfo info(List<RuleBook> books) {
    if (books.size() == 1) {
      RuleBook book = books.get(0);
      return new ResultsDocument.PolicyInfo(book.description(), packs(book), book.parameters());
    }
    Map<String, ResultsDocument.PackInfo> packs = new LinkedHashMap<>();
    Map<String, String> params = new LinkedHashMap<>();
    for (RuleBook book : books) {
      packs(book).forEach(p -> packs.putIfAbsent(p.id() + "@" + p.version(), p));
      String national = book.packs().stream().filter(p -> p.kind() == PackKind.NATIONAL).reduce((a, b) -> b)
          .map(RulePack::id).orElse("?");
      book.parameters().forEach((k, v) -> params.put(national + ":" + k, v));
    }
    String description = books.stream().map(RuleBook::description).collect(Collectors.joining(" | "));
    return new ResultsDocument.PolicyInfo(description, List.copyOf(packs.values()), params);
  }

  private static List<ResultsDocument.PackInfo> packs(RuleBook book) {
    return book.packs().stream()
        .map(p -> new ResultsDocument.PackInfo(p.id(), p.version(), p.name(), p.legal(), p.effectiveFrom(),
            p.effectiveTo().orElse(null)))
        .toList();
  }

  /** The uploaded file's own name, without directories; {@value #DEFAULT_NAME} when it has none usable. */
  static String fileName(String uploaded) {
    if (uploaded == null) {
      return DEFAULT_NAME;
    }
    String name = uploaded.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    return SAFE_NAME.matcher(name).matches() && !name.startsWith(".") ? name : DEFAULT_NAME;
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary file left behind is not the client's problem
    }
  }
}
