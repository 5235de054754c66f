package vn.ocop.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import vn.ocop.Ocop;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Scorecard;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.StarRating;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RankedProduct;
import vn.ocop.result.RoundResult;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/**
 * Ready-made properties of rankings that a user runs with their own policy (a {@link
 * vn.ocop.rules.RuleBooks} with their packs, or any {@link EvaluationPolicy}) over their own rounds:
 *
 * <pre>{@code
 * Gen<Round> rounds = RoundGenerator.of(anGiang).councilDate(LocalDate.of(2024, 11, 20)).products(1, 200).build();
 * RankingProperties.of(RuleBooks.bundledWith(Path.of("packs")), rounds).betterOptionNeverLowersStarsOrRank();
 * }</pre>
 *
 * <p>Each property runs QuickTheories over the rounds and, when it fails, shrinks the round — first as
 * QuickTheories shrinks what it drew, then by removing products and council members while the
 * property still fails — and reports the smallest round written as a council secretary reads it
 * ({@link Describe}), with what went wrong in the domain's words (product, member, criterion, option,
 * stars, rank) and the seed to replay it. Rounds that the policy cannot evaluate fail the property
 * with the policy's own error.
 *
 * <p>Immutable and thread-safe; each {@code with…} returns a new instance.
 *
 * @since 0.2
 */
public final class RankingProperties {

  private final EvaluationPolicy policy;
  private final Gen<Round> rounds;
  private final int examples;
  private final int shrinkCycles;
  private final Optional<Long> seed;

  private RankingProperties(EvaluationPolicy policy, Gen<Round> rounds, int examples, int shrinkCycles,
      Optional<Long> seed) {
    this.policy = policy;
    this.rounds = rounds;
    this.examples = examples;
    this.shrinkCycles = shrinkCycles;
    this.seed = seed;
  }

  /**
   * Properties of {@code policy} over {@code rounds}: 30 examples each, at most 100 shrink steps.
   *
   * @param policy the policy under test; not null
   * @param rounds the rounds, e.g. from {@link RoundGenerator}; not null
   * @return the properties, ready to check
   */
  public static RankingProperties of(EvaluationPolicy policy, Gen<Round> rounds) {
    vn.ocop.NullArgumentException.check(policy, "policy");
    vn.ocop.NullArgumentException.check(rounds, "rounds");
    return new RankingProperties(policy, rounds, 30, 100, Optional.empty());
  }

  /**
   * How many rounds each property tries.
   *
   * @param examples the number of rounds, at least 1
   * @return a copy of these properties with that number of examples
   * @throws IllegalArgumentException if below 1
   */
  public RankingProperties withExamples(int examples) {
    if (examples < 1) {
      throw new IllegalArgumentException("A property needs at least one example; was " + examples);
    }
    return new RankingProperties(policy, rounds, examples, shrinkCycles, seed);
  }

  /**
   * How many steps QuickTheories may take to shrink a failing round (each step evaluates a round).
   *
   * @param cycles the most shrink steps, 0 or more (0: no shrinking)
   * @return a copy of these properties with that shrink budget
   * @throws IllegalArgumentException if negative
   */
  public RankingProperties withShrinkCycles(int cycles) {
    if (cycles < 0) {
      throw new IllegalArgumentException("Shrink cycles must be 0 or more; was " + cycles);
    }
    return new RankingProperties(policy, rounds, examples, cycles, seed);
  }

  /**
   * Runs the properties with a fixed seed, to replay a failure.
   *
   * @param seed the QuickTheories seed, e.g. the one a failure reported
   * @return a copy of these properties that draws from {@code seed}
   */
  public RankingProperties withFixedSeed(long seed) {
    return new RankingProperties(policy, rounds, examples, shrinkCycles, Optional.of(seed));
  }

  private QuickTheory qt() {
    QuickTheory q = QuickTheory.qt().withExamples(examples).withShrinkCycles(shrinkCycles);
    return seed.map(q::withFixedSeed).orElse(q);
  }

  private static final Gen<Integer> NONE = Generate.constant(0).describedAs(n -> "");

  /**
   * Runs a property with QuickTheories; when it fails, shrinks the smallest failing round further in
   * the domain's terms (products, then council members, removed one by one while it still fails) and
   * reports that round with the failure it shows.
   */
  private <X> void check(String name, Gen<X> draws, BiConsumer<Round, X> property) {
    AtomicReference<Failure<X>> smallest = new AtomicReference<>();
    try {
      qt().forAll(rounds, draws).checkAssert((round, x) -> {
        try {
          property.accept(round, x);
        } catch (AssertionError | RuntimeException e) {
          smallest.accumulateAndGet(new Failure<>(round, x, e), (a, b) -> a == null || b.size() < a.size() ? b : a);
          throw e;
        }
      });
    } catch (AssertionError qtFailure) {
      Failure<X> f = smallest.get();
      if (f == null) {
        throw qtFailure;
      }
      @SuppressWarnings("unchecked") // a property that pins its failure pins it with its own kind of draw
      X drawn = f.error() instanceof Falsified pinned ? (X) pinned.pin : f.extra();
      Failure<X> least = Shrink.round(new Failure<>(f.round(), drawn, f.error()),
          r -> failure(property, r, drawn, f.error().getClass()));
      Matcher seedWas = Pattern.compile("Seed was (-?\\d+)").matcher(String.valueOf(qtFailure.getMessage()));
      String replay = seedWas.find() ? "\nReplay it with withFixedSeed(" + seedWas.group(1) + "L)." : "";
      AssertionError e = new AssertionError("Property falsified: " + name + ", for " + policy.description()
          + ".\nSmallest round found (shrunk by QuickTheories, then products and council members removed while it"
          + " still fails):\n" + Describe.round(least.round()) + "\nWhat went wrong: " + least.error().getMessage() + replay,
          least.error());
      throw e;
    }
  }

  private static <X> Optional<Throwable> failure(BiConsumer<Round, X> property, Round round, X extra,
      Class<? extends Throwable> kind) {
    try {
      property.accept(round, extra);
      return Optional.empty();
    } catch (AssertionError | RuntimeException e) {
      return kind.isInstance(e) ? Optional.of(e) : Optional.empty();
    }
  }

  /** A failing round, what was drawn with it, and how it failed. */
  record Failure<X>(Round round, X extra, Throwable error) {
    int size() {
      return round.submissions().size() * 100 + round.council().size();
    }
  }

  /**
   * Monotonicity: one member choosing a better option (any option with more points) on one
   * criterion of one product never lowers that product's stars nor its rank. Holds for policies
   * whose outcome depends on the scores only through bands and gates; a council condition such as a
   * limit on the spread of members' totals can send a product back for re-scoring, and then fails it.
   *
   * @throws AssertionError naming the product, member, criterion and both options, with both outcomes
   */
  public void betterOptionNeverLowersStarsOrRank() {
    Gen<Object> picks = integers().between(0, Integer.MAX_VALUE - 1)
        .zip(integers().between(0, 9), (a, b) -> (Object) new int[] {a, b})
        .describedAs(p -> p instanceof int[] i ? "choice " + i[0] + ", option step " + i[1] : String.valueOf(p));
    check("a better option never lowers stars or rank", picks, (round, p) -> {
      RoundResult before = Ocop.evaluate(round, policy);
      Optional<Improvement> found = p instanceof int[] i ? improve(before.scoredRound(), i[0], i[1])
          : improve(before.scoredRound(), (Target) p);
      if (found.isEmpty()) {
        return; // every option chosen in the round is already its criterion's best
      }
      Improvement imp = found.get();
      RoundResult after = Ocop.evaluate(imp.round(), policy);
      ProductResult b = before.result(imp.productId()).orElseThrow();
      ProductResult a = after.result(imp.productId()).orElseThrow();
      int rankBefore = before.ranking().rankOf(imp.productId()).orElseThrow();
      int rankAfter = after.ranking().rankOf(imp.productId()).orElseThrow();
      if (stars(a.outcome()) < stars(b.outcome()) || rankAfter > rankBefore) {
        throw new Falsified(new Target(imp.productId(), imp.member(), imp.criterion().key(), imp.to().key()),
            "Product " + imp.productId() + ": member " + imp.member() + " chose option "
            + imp.to().key() + " (" + points(imp.to().points()) + ") instead of " + imp.from().key() + " ("
            + points(imp.from().points()) + ") on criterion " + imp.criterion().key() + " (" + imp.criterion().title()
            + "); the score went from " + b.score().toPlainString() + " to " + a.score().toPlainString()
            + ", the stars from " + starText(b.outcome()) + " to " + starText(a.outcome()) + ", the rank from "
            + rankBefore + " to " + rankAfter + ".\nBefore: " + Describe.outcome(b.outcome()) + "\nAfter: "
            + Describe.outcome(a.outcome()));
      }
    });
  }

  /**
   * Order independence: the same round with its products submitted in reverse order, and in a
   * shuffled order, gives every product the same outcome and the same rank.
   *
   * @throws AssertionError naming the first product whose outcome or rank changed
   */
  public void orderOfSubmissionsDoesNotMatter() {
    check("the order of submissions does not matter", longs().all(), (round, shuffleSeed) -> {
      RoundResult inOrder = Ocop.evaluate(round, policy);
      List<Submission> reversed = new ArrayList<>(round.submissions());
      Collections.reverse(reversed);
      List<Submission> shuffled = new ArrayList<>(round.submissions());
      Collections.shuffle(shuffled, new Random(shuffleSeed));
      for (List<Submission> order : List.of(reversed, shuffled)) {
        compare(inOrder, Ocop.evaluate(Copies.withSubmissions(round, order), policy), "in the order submitted",
            "in the order " + order.stream().map(s -> s.product().id()).toList());
      }
    });
  }

  /**
   * Determinism across threads: the round evaluated on {@code threads} threads at once gives, on
   * every thread, the outcomes and ranking of an evaluation on one thread.
   *
   * @param threads 2 or more
   * @throws IllegalArgumentException if {@code threads} is below 2
   * @throws AssertionError naming the first product whose outcome or rank differed on some thread
   */
  public void deterministicAcrossThreads(int threads) {
    if (threads < 2) {
      throw new IllegalArgumentException("Determinism across threads needs 2 threads or more; was " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      check("evaluation is deterministic across threads", NONE, (round, none) -> {
        RoundResult alone = Ocop.evaluate(round, policy);
        List<Future<RoundResult>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(() -> Ocop.evaluate(round, policy)));
        }
        for (int t = 0; t < threads; t++) {
          compare(alone, get(futures.get(t)), "on one thread", "on thread " + (t + 1) + " of " + threads);
        }
      });
    } finally {
      pool.shutdownNow();
    }
  }

  private static RoundResult get(Future<RoundResult> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while evaluating a round on another thread", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Evaluating the round on another thread failed: " + e.getCause(), e.getCause());
    }
  }

  /**
   * The policy never grants more stars than {@code reference} to any product: what a province pack
   * that only raises thresholds must satisfy against the national law
   * ({@code RankingProperties.of(withProvincePack, rounds).neverGrantsMoreStarsThan(RuleBooks.bundled())}).
   *
   * @param reference the policy that sets the ceiling, e.g. the national packs alone; not null
   * @throws AssertionError naming the product and both outcomes
   */
  public void neverGrantsMoreStarsThan(EvaluationPolicy reference) {
    vn.ocop.NullArgumentException.check(reference, "reference");
    check("never more stars than " + reference.description(), NONE, (round, none) -> {
      ScoredRound scored = Ocop.score(round);
      List<Outcome> mine = sorted(policy.decide(scored));
      List<Outcome> ceiling = sorted(reference.decide(scored));
      for (int i = 0; i < mine.size(); i++) {
        if (stars(mine.get(i)) > stars(ceiling.get(i))) {
          throw new AssertionError("Product " + mine.get(i).productId() + " is granted " + starText(mine.get(i))
              + " by " + policy.description() + " but only " + starText(ceiling.get(i)) + " by "
              + reference.description() + ".\nGranted: " + Describe.outcome(mine.get(i)) + "\nCeiling: "
              + Describe.outcome(ceiling.get(i)));
        }
      }
    });
  }

  /**
   * The round's statistics add up: products per star level plus the unranked, and products per
   * decision, make the round's size ({@link RoundResultAssert#hasCountsAddingUp()}).
   */
  public void countsAddUp() {
    check("counts add up", NONE, (round, none) -> OcopAssertions.assertThat(Ocop.evaluate(round, policy)).hasCountsAddingUp());
  }

  /**
   * Every product's score is the mean of its members' totals to 2 decimals, rounded half up
   * ({@link ScoreSheetAssert#hasScoreEqualToMeanOfMemberTotals()}).
   */
  public void scoreIsTheMeanOfMemberTotals() {
    check("the score is the mean of the members' totals", NONE, (round, none) -> {
      for (ScoreSheet sheet : Ocop.score(round).sheets()) {
        OcopAssertions.assertThat(sheet).hasScoreEqualToMeanOfMemberTotals();
      }
    });
  }

  /**
   * The ranking is a total order whose shared ranks are exactly the ties on merit
   * ({@link RankingAssert#isTotalOrder()}, {@link RankingAssert#hasSharedRanksOnlyForEqualMerit()}).
   */
  public void rankingIsATotalOrder() {
    check("the ranking is a total order", NONE, (round, none) ->
        OcopAssertions.assertThat(Ocop.evaluate(round, policy).ranking()).isTotalOrder().hasSharedRanksOnlyForEqualMerit());
  }

  private static void compare(RoundResult expected, RoundResult actual, String expectedWhen, String actualWhen) {
    for (ProductResult e : expected.results()) {
      String id = e.product().id();
      Outcome a = actual.result(id).map(ProductResult::outcome).orElseThrow(() ->
          new AssertionError("Product " + id + " has an outcome " + expectedWhen + " but none " + actualWhen));
      if (!a.equals(e.outcome())) {
        throw new AssertionError("Product " + id + " is decided differently " + actualWhen + " than " + expectedWhen
            + ":\n" + expectedWhen + ": " + Describe.outcome(e.outcome()) + "\n" + actualWhen + ": " + Describe.outcome(a));
      }
    }
    List<RankedProduct> x = expected.ranking().entries();
    List<RankedProduct> y = actual.ranking().entries();
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      String left = i < x.size() ? RankingAssert.line(x.get(i)) : "nothing";
      String right = i < y.size() ? RankingAssert.line(y.get(i)) : "nothing";
      if (!left.equals(right)) {
        throw new AssertionError("The ranking differs at position " + (i + 1) + ": " + left + " " + expectedWhen
            + ", " + right + " " + actualWhen);
      }
    }
  }

  private static List<Outcome> sorted(List<Outcome> outcomes) {
    return outcomes.stream().sorted(Comparator.comparing(Outcome::productId)).toList();
  }

  private static String points(int n) {
    return n + (n == 1 ? " point" : " points");
  }

  private static int stars(Outcome o) {
    return o.stars().map(StarRating::stars).orElse(0);
  }

  private static String starText(Outcome o) {
    return o.stars().map(StarRating::symbol).orElse("no stars") + " (" + o.decision().nameEn() + ")";
  }

  /**
   * A property's failure that names what it drew in terms that survive shrinking (a product, a
   * member, a criterion and an option rather than positions in the round), so that the round can be
   * shrunk around the same change.
   */
  static final class Falsified extends AssertionError {
    private static final long serialVersionUID = 1L;
    final transient Object pin;

    Falsified(Object pin, String message) {
      super(message);
      this.pin = pin;
    }
  }

  /** One member's change of option on one criterion of one product, by name. */
  record Target(String productId, String member, String criterionKey, String optionKey) {
    @Override
    public String toString() {
      return "product " + productId + ", member " + member + ", option " + optionKey;
    }
  }

  /** The round with {@code t}'s change, if its product and member are in the round and the option is better. */
  static Optional<Improvement> improve(ScoredRound scored, Target t) {
    Optional<ScoreSheet> sheet = scored.sheet(t.productId());
    if (sheet.isEmpty() || sheet.get().scorecard().isEmpty()) {
      return Optional.empty();
    }
    List<MemberScorecard> cards = sheet.get().submission().scorecards();
    for (int m = 0; m < cards.size(); m++) {
      if (!cards.get(m).member().equals(t.member())) {
        continue;
      }
      List<String> choices = cards.get(m).choices();
      for (int c = 0; c < choices.size(); c++) {
        String key = choices.get(c);
        if (key.substring(0, key.lastIndexOf('/')).equals(t.criterionKey())) {
          Criterion criterion = sheet.get().scorecard().get().findCriterion(t.criterionKey()).orElseThrow();
          Option from = criterion.findOption(key).orElseThrow();
          Option to = criterion.findOption(t.optionKey()).orElseThrow();
          return to.points() > from.points() ? Optional.of(change(scored, sheet.get(), m, c, criterion, from, to))
              : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Improvement change(ScoredRound scored, ScoreSheet sheet, int m, int c, Criterion criterion, Option from,
      Option to) {
    MemberScorecard member = sheet.submission().scorecards().get(m);
    List<String> choices = new ArrayList<>(member.choices());
    choices.set(c, to.key());
    List<MemberScorecard> cards = new ArrayList<>(sheet.submission().scorecards());
    cards.set(m, Copies.withChoices(member, choices));
    Submission improved = Copies.withScorecards(sheet.submission(), cards);
    List<Submission> subs = new ArrayList<>(scored.round().submissions());
    subs.set(subs.indexOf(sheet.submission()), improved);
    return new Improvement(Copies.withSubmissions(scored.round(), subs), sheet.product().id(), member.member(), criterion,
        from, to);
  }

  /** One member's better option on one criterion of one product, and the round with it. */
  record Improvement(Round round, String productId, String member, Criterion criterion, Option from, Option to) {}

  /**
   * The {@code pick}-th improvable choice of the round (counting every member's choice of every
   * option-level product, wrapping around), raised to the {@code step}-th (wrapping around) of the
   * options of its criterion with more points, fewest points first; empty when no choice can be raised.
   */
  static Optional<Improvement> improve(ScoredRound scored, int pick, int step) {
    List<int[]> slots = new ArrayList<>(); // sheet index, member index, choice index
    for (int s = 0; s < scored.sheets().size(); s++) {
      List<MemberScorecard> cards = scored.sheets().get(s).submission().scorecards();
      for (int m = 0; m < cards.size(); m++) {
        for (int c = 0; c < cards.get(m).choices().size(); c++) {
          slots.add(new int[] {s, m, c});
        }
      }
    }
    for (int k = 0; k < slots.size(); k++) {
      int[] slot = slots.get((int) ((pick + (long) k) % slots.size())); // pick may be near Integer.MAX_VALUE
      ScoreSheet sheet = scored.sheets().get(slot[0]);
      Scorecard card = sheet.scorecard().orElseThrow();
      MemberScorecard member = sheet.submission().scorecards().get(slot[1]);
      String key = member.choices().get(slot[2]);
      Criterion criterion = card.findCriterion(key.substring(0, key.lastIndexOf('/'))).orElseThrow();
      Option from = criterion.findOption(key).orElseThrow();
      List<Option> better = criterion.options().stream().filter(o -> o.points() > from.points())
          .sorted(Comparator.comparingInt(Option::points)).toList();
      Optional<Option> to = better.isEmpty() ? Optional.empty() : Optional.of(better.get(step % better.size()));
      if (to.isPresent()) {
        return Optional.of(change(scored, sheet, slot[1], slot[2], criterion, from, to.get()));
      }
    }
    return Optional.empty();
  }
}
