package vn.ocop.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ocop.io.ResultsDocument;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.round.Round;
import vn.ocop.rules.AwardSchedules;
import vn.ocop.rules.LoadOptions;
import vn.ocop.rules.NoRulePackInForceException;
import vn.ocop.rules.PackKind;
import vn.ocop.rules.RuleBook;
import vn.ocop.rules.RuleBooks;
import vn.ocop.rules.RulePack;
import vn.ocop.rules.RulePackException;
import vn.ocop.scoring.ScoredRound;

/**
 * The rule packs of {@code ocop-rules} as the CLI's {@link PolicyProvider}: the bundled packs, or
 * the bundled packs with a directory's packs replacing those of the same id ({@link
 * RuleBooks#bundledWith(Path)}). The CLI has no rules of its own.
 */
final class RulePacks implements PolicyProvider {
  static final RulePacks INSTANCE = new RulePacks();

  private RulePacks() {}

  @Override
  public void prepare(Optional<Path> rulesDir) {
    if (rulesDir.isEmpty()) {
      Background.run(this::prepareNow);
    }
  }

  /** Reads the bundled packs (once per JVM), on the caller's thread. */
  void prepareNow() {
    RuleBooks.bundled();
  }

  @Override
  public Resolved forRound(Round round, Optional<Path> rulesDir, LoadOptions options) {
    List<RuleBook> found;
    RuleBooks books;
    Optional<AwardSchedule> awards;
    try {
      books = rulesDir.map(d -> RuleBooks.bundledWith(d, options)).orElseGet(RuleBooks::bundled);
      found = books.booksFor(round);
      // the province's award schedule is the same whichever law judged a product: take the newest book's
      awards = AwardSchedules.find(found.get(found.size() - 1));
    } catch (RulePackException e) {
      throw e.problems().size() > 1
          ? UserException.withCause(e, "pack-problems", e.problems().get(0), e.problems().size() - 1,
              rulesDir.map(Path::toString).orElse("DIR"))
          : UserException.withCause(e, "pack-problem", e.problems().get(0));
    } catch (NoRulePackInForceException e) {
      throw UserException.withCause(e, "no-pack", round.id(), vn.ocop.io.Message.describe(e.getMessage()));
    }
    if (found.size() == 1) {
      return new Resolved(found.get(0), info(found.get(0)), awards);
    }
    // the transition of Decision 26/2026/QĐ-TTg: each product is decided by the book of its law
    String description = found.stream().map(RuleBook::description).collect(Collectors.joining(" | "));
    EvaluationPolicy policy = new EvaluationPolicy() {
      @Override
      public List<Outcome> decide(ScoredRound scored) {
        return books.decide(scored);
      }

      @Override
      public String description() {
        return description;
      }
    };
    return new Resolved(policy, info(found), awards);
  }

  /** What the report says about several books: every pack once, parameters named by their national pack. */
  static ResultsDocument.PolicyInfo info(List<RuleBook> books) {
    Map<String, ResultsDocument.PackInfo> packs = new LinkedHashMap<>();
    Map<String, String> params = new LinkedHashMap<>();
    for (RuleBook book : books) {
      info(book).packs().forEach(p -> packs.putIfAbsent(p.id() + "@" + p.version(), p));
      String national = book.packs().stream().filter(p -> p.kind() == PackKind.NATIONAL).reduce((a, b) -> b)
          .map(RulePack::id).orElse("?");
      book.parameters().forEach((k, v) -> params.put(national + ":" + k, v));
    }
    String description = books.stream().map(RuleBook::description).collect(Collectors.joining(" | "));
    return new ResultsDocument.PolicyInfo(description, List.copyOf(packs.values()), params);
  }

  static ResultsDocument.PolicyInfo info(RuleBook book) {
    List<ResultsDocument.PackInfo> packs = book.packs().stream()
        .map(p -> new ResultsDocument.PackInfo(p.id(), p.version(), p.name(), p.legal(), p.effectiveFrom(),
            p.effectiveTo().orElse(null)))
        .toList();
    return new ResultsDocument.PolicyInfo(book.description(), packs, book.parameters());
  }

  /** Every problem of every file at once, a broken manifest included (RuleBooks.check). */
  @Override
  public List<Problem> check(Path dir, LoadOptions options) {
    List<vn.ocop.rules.Problem> problems = RuleBooks.check(dir, options);
    if (!problems.isEmpty()) {
      return problems.stream().map(p -> new Problem(p.file(), p.line(), p.message())).toList();
    }
    if (own(RuleBooks.bundledWith(dir, options), dir).isEmpty()) {
      return List.of(new Problem(dir.toString(), 0,
          "no rule pack found: a pack is a sub-directory holding a pack.properties and its .drl files"));
    }
    return List.of();
  }

  @Override
  public String describe(Path dir, LoadOptions options) {
    return own(RuleBooks.bundledWith(dir, options), dir).stream().map(p -> p.ref() + " (" + p.period() + ")")
        .collect(Collectors.joining(", "));
  }

  private static List<RulePack> own(RuleBooks books, Path dir) {
    String prefix = dir.toString();
    String absolute = dir.toAbsolutePath().normalize().toString();
    return books.packs().stream()
        .filter(p -> p.manifestFile().startsWith(prefix) || p.manifestFile().startsWith(absolute))
        .toList();
  }
}
