package vn.ocop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.NoCatalogueInForceException;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsJson;
import vn.ocop.io.RoundFiles;
import vn.ocop.evaluation.Outcome;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.place.Places;
import vn.ocop.result.RoundResult;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;
import vn.ocop.scoring.Scoring;
import vn.ocop.scoring.ScoringException;

/**
 * Reads a round, scores it product by product (so that a long round can show progress), lets the
 * policy decide, and gives the results document. The steps are the core's ({@link Scoring},
 * {@link RoundResult}); this class only adds file locations to errors and progress.
 */
final class Evaluator {
  private Evaluator() {}

  /** An evaluated round. */
  /** An evaluated round; {@code awards} is the schedule its packs set, if any. */
  record Evaluation(RoundFiles.LoadedRound loaded, RoundResult result, ResultsDocument document,
      Optional<AwardSchedule> awards) {}

  static Evaluation evaluate(Path roundFile, List<Path> scores, Optional<Path> rulesDir, vn.ocop.rules.LoadOptions loadOptions,
      PolicyProvider provider, Terminal.Progress progress, vn.ocop.cli.report.Lang lang) {
    progress.step(lang.message("đang đọc ", "reading ") + roundFile.getFileName());
    // A fresh JVM reads the place registry while it parses the round file, and the round's catalogue while
    // it builds the rule book: the first use of each in the process, on the second core (docs/performance.md,
    // "The command's start"). Only loading runs beside; every result and error is the main thread's.
    Background.run(() -> Places.provinces(Places.REORGANISATION_2025));
    provider.prepare(rulesDir);
    RoundFiles.LoadedRound loaded = RoundFiles.read(roundFile, scores);
    Round round = loaded.round();
    CompletableFuture<Catalogue> catalogueRead = Background.supply(() -> Scoring.roundCatalogue(round));
    PolicyProvider.Resolved resolved = provider.forRound(round, rulesDir, loadOptions);
    Catalogue catalogue;
    try {
      catalogue = Background.join(catalogueRead);
    } catch (NoCatalogueInForceException e) {
      throw UserException.withCause(e, "no-catalogue", roundFile, vn.ocop.io.Message.describe(e.getMessage()));
    }
    List<ScoreSheet> sheets = new ArrayList<>(round.submissions().size());
    int n = round.submissions().size();
    for (int i = 0; i < n; i++) {
      Submission s = round.submissions().get(i);
      try {
        sheets.add(Scoring.score(round, s));
      } catch (ScoringException e) {
        throw loaded.locate(e);
      }
      if (i % 20 == 0 || i == n - 1) {
        progress.update(lang.message("đang chấm điểm", "scoring"), i + 1, n);
      }
    }
    ScoredRound scored = new ScoredRound(round, catalogue, sheets);
    progress.step(lang.message("đang áp dụng ", "applying ") + resolved.info().description());
    List<Outcome> outcomes = resolved.policy().decide(scored);
    RoundResult result = RoundResult.of(scored, outcomes, resolved.policy().description());
    progress.step(lang.message("đang xếp hạng", "ranking"));
    ResultsDocument doc = ResultsJson.document(result, resolved.info(),
        resolved.awards().map(schedule -> ResultsJson.awards(schedule, schedule.apply(result))).orElse(null));
    progress.done();
    return new Evaluation(loaded, result, doc, resolved.awards());
  }
}
