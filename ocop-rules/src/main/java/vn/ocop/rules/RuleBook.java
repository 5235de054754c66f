package vn.ocop.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.law.ApplicableLaw;
import vn.ocop.law.StarRating;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.rules.facts.Candidate;
import vn.ocop.rules.facts.Finding;
import vn.ocop.rules.facts.FindingKind;
import vn.ocop.rules.facts.GateMiss;
import vn.ocop.rules.facts.MissedGates;
import vn.ocop.rules.facts.Param;
import vn.ocop.rules.facts.RoundFact;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/**
 * A chain of rule packs compiled once — a national pack (with its base, for {@code national/1489}),
 * then the province's packs — applied as an {@link EvaluationPolicy}. Immutable and thread-safe:
 * every {@link #decide} runs sessions of its own on the shared compiled rules, disposed at the end. A
 * round of more than 512 products is decided in slices of 512, one session emptied between slices, when
 * every rule of the book looks at one product at a time (docs/rules.md, "Big rounds are decided in slices").
 *
 * <p>Rules decide; this class only turns a scored round into facts and the rules' {@link Finding}s
 * into {@link Outcome}s. Reasons are ordered by stage (eligibility, council, band, gates, stars,
 * decision, notes, removed rules), then by rule id. Rules that a higher pack removes (manifest key
 * {@code removes}) are kept from firing by an agenda filter; when one would have fired for a product,
 * the product's reasons say which pack removed it.
 *
 * <p>Get one from {@link RuleBooks#forRound(Round)}.
 *
 * @since 0.1.0
 */
public final class RuleBook implements EvaluationPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

  /** The id of the reason that says which law judged a product and why; always the last reason. */
  public static final String LAW_RULE_ID = "law.applied";

  /**
   * The id of the reason, on every outcome, that says a national pack of the book was loaded from a
   * host's directory in place of the bundled one ({@link RuleBooks#bundledWith(java.nio.file.Path,
   * LoadOptions)} with {@link LoadOptions#allowNationalOverride()}).
   *
   * @since 0.3
   */
  public static final String NATIONAL_OVERRIDE_RULE_ID = "national.override";

  private final List<RulePack> packs;
  private final KieBase kieBase;
  private final Map<String, RulePack> ruleOwner;
  private final Map<String, RulePack> removedBy;
  private final Map<String, String> params;
  private final Map<String, String> paramSources;
  private final GateJudgement judgement;
  private final String procedure;
  private final ExecutionLimits limits;
  private final Locality locality;

  RuleBook(List<RulePack> packs, KieBase kieBase, Map<String, RulePack> ruleOwner, Map<String, RulePack> removedBy,
      Map<String, String> params, Map<String, String> paramSources, GateJudgement judgement, String procedure) {
    this(packs, kieBase, ruleOwner, removedBy, params, paramSources, judgement, procedure, ExecutionLimits.defaults(),
        new Locality());
  }

  private RuleBook(List<RulePack> packs, KieBase kieBase, Map<String, RulePack> ruleOwner, Map<String, RulePack> removedBy,
      Map<String, String> params, Map<String, String> paramSources, GateJudgement judgement, String procedure,
      ExecutionLimits limits, Locality locality) {
    this.limits = limits;
    this.locality = locality;
    this.packs = List.copyOf(packs);
    this.kieBase = kieBase;
    this.ruleOwner = Map.copyOf(ruleOwner);
    this.removedBy = Map.copyOf(removedBy);
    this.params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    this.paramSources = Map.copyOf(paramSources);
    this.judgement = judgement;
    this.procedure = procedure;
  }

  /**
   * The same compiled rules evaluated within other bounds; this book if they are the same.
   *
   * @param limits the bounds to evaluate within
   * @return a book sharing these compiled rules with {@code limits}
   * @since 0.3
   */
  public RuleBook withLimits(ExecutionLimits limits) {
    if (limits.equals(this.limits)) {
      return this;
    }
    return new RuleBook(packs, kieBase, ruleOwner, removedBy, params, paramSources, judgement, procedure, limits,
        locality);
  }

  /**
   * The bounds every {@link #decide} runs within.
   *
   * @return the execution limits; {@link ExecutionLimits#defaults()} unless set with {@link #withLimits}
   * @since 0.3
   */
  public ExecutionLimits limits() {
    return limits;
  }

  /**
   * The packs, lowest layer first.
   *
   * @return the packs, unmodifiable
   */
  public List<RulePack> packs() {
    return packs;
  }

  /**
   * The parameters after layering: each key with the value of the highest pack that sets it.
   *
   * @return parameter names to values, unmodifiable
   */
  public Map<String, String> parameters() {
    return params;
  }

  /**
   * One parameter after layering.
   *
   * @param key the parameter name, e.g. {@code gate.judgement}
   * @return the value after layering, or empty if no pack and no library default sets it
   */
  public Optional<String> parameter(String key) {
    return Optional.ofNullable(params.get(key));
  }

  /**
   * The pack that set each parameter (its ref), or {@code library default}.
   *
   * @return parameter names to the ref of the pack that set them, unmodifiable
   */
  public Map<String, String> parameterSources() {
    return paramSources;
  }

  /**
   * How star gates are judged (parameter {@code gate.judgement}).
   *
   * @return the gate judgement of this book
   */
  public GateJudgement gateJudgement() {
    return judgement;
  }

  /**
   * The short code of the procedure the book applies: {@code 1048}, {@code 148} or {@code 1489}.
   *
   * @return the procedure's short code
   */
  public String procedure() {
    return procedure;
  }

  /**
   * The ids of the rules that can fire (removed rules excluded).
   *
   * @return the rule ids, unmodifiable
   */
  public Set<String> activeRuleIds() {
    return ruleOwner.keySet().stream().filter(id -> !removedBy.containsKey(id)).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The ids of rules switched off by a higher pack, each with the pack that removed it.
   *
   * @return removed rule ids to the ref of the removing pack, unmodifiable
   */
  public Map<String, String> removedRules() {
    return removedBy.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().ref()));
  }

  /**
   * Names the packs of this book.
   *
   * @return the refs of the packs joined by {@code " + "}, lowest layer first
   */
  @Override
  public String description() {
    return packs.stream().map(RulePack::ref).collect(Collectors.joining(" + "));
  }

  /**
   * Decides every product of the round.
   *
   * @param round the scored round
   * @return one outcome per score sheet, in sheet order, unmodifiable
   * @throws NoRulePackInForceException if the round is a district round dated on or after 1 July 2025
   * @throws IllegalArgumentException if the book's packs do not apply to the round's province or date
   * @throws IllegalStateException if the rules give a product no decision, or conflicting ones
   * @throws RuleExecutionException if a rule goes beyond the {@link #limits()}, throws, or inserts a
   *     finding in another rule's name
   */
  @Override
  public List<Outcome> decide(ScoredRound round) {
    return decide(round, SLICE);
  }

  /**
   * Products per session when every rule of the book is product-local ({@link ProductLocality}): the
   * engine then holds the facts, partial matches and findings of one slice at a time instead of the
   * whole round's, which on a national round is most of its time (garbage collection) and memory.
   */
  static final int SLICE = 512;

  /** {@link #decide(ScoredRound)} in slices of {@code slice} products where the rules allow it. */
  List<Outcome> decide(ScoredRound round, int slice) {
    checkApplies(round.round());
    FactBuilder.Slicer slicer = new FactBuilder.Slicer(round, params, paramSources, judgement, procedure);
    List<ScoreSheet> sheets = round.sheets();
    Map<String, Set<String>> removedMatches = new HashMap<>();
    Map<ApplicableLaw, Reason> lawReasons = new HashMap<>(4);
    List<Finding> findings = null;
    if (sheets.size() > slice) {
      ProductLocality.Analysis shape = locality.of(packs);
      shape.matchedTypes().ifPresent(slicer::onlyTypes);
      if (shape.firstNonLocal().isEmpty()) {
        if (removedBy.isEmpty()) {
          // No rule is removed, so no product's outcome waits for a later slice (a removed rule's match
          // anywhere is reported on every product): each slice's findings become outcomes at once and
          // are garbage before the next slice, instead of the whole round's findings living to the end
          // (on a national round, memory every young collection copied: docs/performance.md)
          SliceOutcomes built = new SliceOutcomes(sheets.size(), lawReasons);
          if (runSliced(slicer, sheets, slice, removedMatches, built)) {
            return built.outcomes();
          }
        } else {
          List<Finding> all = new ArrayList<>(sheets.size() * 4);
          if (runSliced(slicer, sheets, slice, removedMatches, (part, found) -> all.addAll(found))) {
            findings = all;
          }
        }
      }
    }
    if (findings == null) {
      removedMatches.clear();
      findings = run(slicer.facts(sheets), removedMatches);
    }
    Map<String, List<Finding>> byProduct = new HashMap<>(sheets.size() * 2);
    for (Finding f : findings) {
      byProduct.computeIfAbsent(f.productId(), k -> new ArrayList<>(4)).add(f);
    }
    List<Outcome> outcomes = new ArrayList<>(sheets.size());
    for (ScoreSheet sheet : sheets) {
      String id = sheet.product().id();
      Set<String> removed = Set.of();
      if (!removedMatches.isEmpty()) {
        removed = new LinkedHashSet<>(removedMatches.getOrDefault(id, Set.of()));
        removed.addAll(removedMatches.getOrDefault("", Set.of()));
      }
      outcomes.add(outcome(id, byProduct.getOrDefault(id, List.of()), removed, sheet.law(), lawReasons));
    }
    return List.copyOf(outcomes);
  }

  private void checkApplies(Round round) {
    LocalDate date = round.councilDate();
    if (round.level() == CouncilLevel.DISTRICT && !date.isBefore(RuleBooks.TWO_TIER_REFORM)) {
      throw RuleBooks.districtAbolished(round);
    }
    RulePack national = packs.stream().filter(p -> p.kind() == PackKind.NATIONAL).reduce((a, b) -> b).orElseThrow();
    if (!national.isInForceOn(date)) {
      throw new IllegalArgumentException("Rule book " + description() + " does not apply to round " + round.id()
          + " of " + date + ": " + national.ref() + " is in force " + national.period()
          + "; use RuleBooks.forRound(round) to pick the packs in force");
    }
    for (RulePack p : packs) {
      if (p.kind() == PackKind.PROVINCE && (!p.province().orElse("").equals(round.province().id()) || !p.isInForceOn(date))) {
        throw new IllegalArgumentException("Rule book " + description() + " does not apply to round " + round.id()
            + ": pack " + p.ref() + " is for " + p.province().orElse("?") + ", " + p.period());
      }
    }
  }

  /**
   * What the book's rules look at ({@link ProductLocality}), worked out from the packs' text on the
   * first round big enough to be sliced (small rounds, and a command's cold start, never pay for it),
   * and shared by the books {@link #withLimits} makes.
   */
  private static final class Locality {
    private volatile ProductLocality.Analysis analysis;

    ProductLocality.Analysis of(List<RulePack> packs) {
      ProductLocality.Analysis a = analysis;
      if (a == null) {
        a = ProductLocality.analyse(packs);
        a.firstNonLocal().ifPresent(rule -> LOG.debug("Rounds are decided in one session: rule {} is not product-local",
            rule));
        analysis = a;
      }
      return a;
    }
  }

  /** Thrown in a sliced evaluation when a rule inserts a fact that is not a finding about a product of the slice. */
  private static final class LeftSlice extends RuntimeException {
    LeftSlice() {
      super(null, null, false, false);
    }
  }

  /** What {@link #runSliced} does with each slice's findings, once the slice has run. */
  private interface SliceSink {
    void accept(List<ScoreSheet> slice, List<Finding> findings);
  }

  /**
   * The outcomes of a sliced round, made slice by slice in the order of the sheets. What making an
   * outcome throws (a product with no decision, or conflicting ones) is kept, the first one in sheet
   * order, and thrown only once every slice has run: a later slice's breach of the limits, or a rule
   * leaving its slice, comes first, as when the outcomes were made after the last slice.
   */
  private final class SliceOutcomes implements SliceSink {
    private final List<Outcome> outcomes;
    private final Map<ApplicableLaw, Reason> lawReasons;
    private RuntimeException failure;

    SliceOutcomes(int products, Map<ApplicableLaw, Reason> lawReasons) {
      this.outcomes = new ArrayList<>(products);
      this.lawReasons = lawReasons;
    }

    @Override
    public void accept(List<ScoreSheet> slice, List<Finding> findings) {
      if (failure != null) {
        return;
      }
      Map<String, List<Finding>> byProduct = new HashMap<>(slice.size() * 2);
      for (Finding f : findings) {
        byProduct.computeIfAbsent(f.productId(), k -> new ArrayList<>(4)).add(f);
      }
      for (ScoreSheet sheet : slice) {
        String id = sheet.product().id();
        try {
          outcomes.add(outcome(id, byProduct.getOrDefault(id, List.of()), Set.of(), sheet.law(), lawReasons));
        } catch (RuntimeException e) {
          failure = e;
          return;
        }
      }
    }

    List<Outcome> outcomes() {
      if (failure != null) {
        throw failure;
      }
      return List.copyOf(outcomes);
    }
  }

  /**
   * Runs the rules slice by slice within one set of {@link #limits}, handing each slice's findings to
   * {@code sink}; false if a rule inserted something outside its slice, so that the caller runs the
   * round in one session.
   */
  private boolean runSliced(FactBuilder.Slicer slicer, List<ScoreSheet> sheets, int slice,
      Map<String, Set<String>> removedMatches, SliceSink sink) {
    Guard guard = new Guard();
    // One session for every slice of this call, emptied between slices: creating a session and growing
    // its fact maps again for every 512 products cost more than emptying it.
    KieSession session = kieBase.newKieSession();
    try {
      for (int from = 0; from < sheets.size(); from += slice) {
        List<ScoreSheet> part = sheets.subList(from, Math.min(sheets.size(), from + slice));
        guard.startSlice(part);
        if (from > 0) {
          session = emptied(session);
        }
        List<Finding> found;
        try {
          found = execute(session, guard, slicer.facts(part), removedMatches);
        } catch (LeftSlice e) {
          LOG.debug("A rule of {} inserted a fact outside its slice of products; deciding the round in one session",
              description());
          return false;
        }
        sink.accept(part, found);
      }
    } finally {
      session.dispose();
    }
    return true;
  }

  /**
   * The session with no facts, matches or findings left ({@code StatefulKnowledgeSessionImpl.reset()}:
   * working memory, agenda and node memories cleared, as a pooled session is before it is handed out
   * again; its fact maps keep their capacity); a new session if the engine's session is not that class.
   */
  private KieSession emptied(KieSession session) {
    if (session instanceof org.drools.kiesession.session.StatefulKnowledgeSessionImpl s) {
      s.reset();
      return s;
    }
    session.dispose();
    return kieBase.newKieSession();
  }

  private List<Finding> run(List<Object> facts, Map<String, Set<String>> removedMatches) {
    Guard guard = new Guard();
    KieSession session = kieBase.newKieSession();
    try {
      return execute(session, guard, facts, removedMatches);
    } finally {
      session.dispose();
    }
  }

  /**
   * One session's work: the facts inserted, the rules fired, the findings read; the caller disposes of
   * the session (or empties it for the next slice). The guard counts firings through the agenda filter
   * and listens to inserts from the first firing on: the facts of the round are inserted before it is
   * added, so the engine makes no event for each of them (the guard ignores them anyway).
   */
  private List<Finding> execute(KieSession session, Guard guard, List<Object> facts,
      Map<String, Set<String>> removedMatches) {
    // The filter sees every match just before it fires: a removed rule's match is kept from firing, and
    // the guard counts every other one (as an agenda listener would, without the engine making an event
    // object for every match created, fired and cancelled).
    AgendaFilter filter = match -> {
      if (!removedBy.isEmpty()) {
        Object id = match.getRule().getMetaData().get("id");
        if (id != null && removedBy.containsKey(id.toString())) {
          removedMatches.computeIfAbsent(productOf(match.getObjects()), k -> new LinkedHashSet<>()).add(id.toString());
          return false;
        }
      }
      guard.beforeFiring(match);
      return true;
    };
    List<Finding> out;
    try {
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.addEventListener(guard);
      session.fireAllRules(filter);
      Collection<?> found = session.getObjects(new ClassObjectFilter(Finding.class)); // a view: read before dispose
      out = new ArrayList<>(found.size());
      for (Object f : found) {
        out.add((Finding) f);
      }
    } catch (OutOfMemoryError e) {
      throw guard.fail(guard.current, "ran out of memory (the host's heap is safe: the evaluation was abandoned)", null);
    } catch (StackOverflowError e) {
      throw guard.fail(guard.current, "overflowed the stack", null);
    } catch (RuntimeException e) {
      throw guard.explain(e);
    } finally {
      session.removeEventListener(guard);
    }
    return out;
  }

  /** The rule's {@code @id}, else its name. */
  private static String idOf(Rule rule) {
    Object id = rule.getMetaData().get("id");
    return id == null ? rule.getName() : id.toString();
  }

  /**
   * Holds one evaluation within {@link #limits} and checks that every finding carries the identity of
   * the rule that inserted it, as the engine reports it (not as the rule's arguments say).
   */
  private final class Guard implements RuleRuntimeEventListener {
    private final long deadline = System.nanoTime() + limits.timeLimit().toNanos();
    /** Per product, the rules fired ([0]) and the findings inserted ([1]) for it. */
    private Map<String, int[]> counts = new HashMap<>();
    private long total;
    private long inserted;
    private Rule current;
    /** Whether the products of {@link #counts} are those of a slice (and no other may get a finding). */
    private boolean sliced;

    /** Counts afresh for the products of {@code sheets}: the products of one slice are in no other. */
    void startSlice(List<ScoreSheet> sheets) {
      sliced = true;
      counts = new HashMap<>(sheets.size() * 2);
      for (ScoreSheet s : sheets) {
        counts.put(s.product().id(), new int[2]);
      }
    }

    private int[] countsOf(String product) {
      int[] c = counts.get(product);
      if (c == null) {
        c = new int[2];
        counts.put(product, c);
      }
      return c;
    }

    /** Counts a match about to fire (called by the agenda filter, for every match that fires). */
    void beforeFiring(org.kie.api.runtime.rule.Match match) {
      current = match.getRule();
      if (++total > limits.firingsPerRound()) {
        throw fail(current, "fired more than " + limits.firingsPerRound() + " rules in one evaluation (limit firingsPerRound)", null);
      }
      String product = productOf(match);
      if (!product.isEmpty() && ++countsOf(product)[0] > limits.firingsPerProduct()) {
        throw fail(current, "fired more than " + limits.firingsPerProduct() + " rules for product '" + product
            + "' (limit firingsPerProduct): a rule that keeps matching its own findings?", null);
      }
      checkTime();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      Rule rule = event.getRule();
      if (rule == null) {
        return; // the facts of the round, inserted by this class
      }
      current = rule;
      int[] productCounts = event.getObject() instanceof Finding f ? counts.get(f.productId()) : null;
      if (sliced && productCounts == null) {
        throw new LeftSlice();
      }
      if (++inserted > limits.firingsPerRound()) {
        throw fail(rule, "inserted more than " + limits.firingsPerRound() + " facts in one evaluation", null);
      }
      if (event.getObject() instanceof Finding f) {
        String id = idOf(rule);
        if (!f.ruleId().equals(id) || !java.util.Objects.equals(f.rulePackage(), rule.getPackageName())) {
          throw fail(rule, "inserted a finding that claims to come from rule " + f.ruleId() + " of package "
              + f.rulePackage() + "; a finding carries the identity of the rule that inserts it", null);
        }
        if (f.messageVi().length() > limits.messageLength() || f.messageEn().length() > limits.messageLength()) {
          throw fail(rule, "wrote a message of " + Math.max(f.messageVi().length(), f.messageEn().length())
              + " characters for product '" + f.productId() + "' (limit messageLength " + limits.messageLength() + ")", null);
        }
        if (productCounts == null) {
          productCounts = countsOf(f.productId());
        }
        if (++productCounts[1] > limits.findingsPerProduct()) {
          throw fail(rule, "inserted more than " + limits.findingsPerProduct() + " findings for product '"
              + f.productId() + "' (limit findingsPerProduct)", null);
        }
      }
      checkTime();
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
      // facts are immutable; the sandbox refuses modify and update in rule files
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      // the sandbox refuses retract and delete in rule files
    }

    private void checkTime() {
      if (System.nanoTime() - deadline > 0) {
        throw fail(current, "ran for more than " + limits.timeLimit().toSeconds() + " s (limit timeLimit)", null);
      }
    }

    RuleExecutionException fail(Rule rule, String message, Throwable cause) {
      if (rule == null) {
        return new RuleExecutionException(description(), "?", message, cause);
      }
      String id = idOf(rule);
      RulePack owner = ruleOwner.get(id);
      return new RuleExecutionException(owner == null ? description() : owner.ref(), id, message, cause);
    }

    /** The exception that ended an evaluation, as one line naming the pack and the rule. */
    RuntimeException explain(RuntimeException e) {
      Rule rule = current;
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof RuleExecutionException || t instanceof LeftSlice) {
          return (RuntimeException) t;
        }
        if (t instanceof ConsequenceException c && c.getRule() != null) {
          rule = c.getRule();
        }
      }
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      if (root instanceof ArithmeticException || e instanceof ConsequenceException
          || root != e && (root instanceof RuntimeException || root instanceof Error)) {
        return fail(rule, "failed: " + root.getClass().getSimpleName() + (root.getMessage() == null ? ""
            : ": " + root.getMessage()), e);
      }
      return e;
    }
  }

  /**
   * The product of a match: that of its first fact of a product ({@link #productOf(List)}), read from
   * the engine's tuple without making the list of the match's objects, which the guard would do for
   * every firing.
   */
  private static String productOf(org.kie.api.runtime.rule.Match match) {
    if (!(match instanceof org.drools.core.rule.consequence.InternalMatch m) || m.getTuple() == null) {
      return productOf(match.getObjects());
    }
    String product = "";
    // the tuple runs from the last pattern to the first: the last product fact seen is the first in the rule
    for (org.drools.core.reteoo.TupleImpl t = m.getTuple(); t != null; t = t.getParent()) {
      org.drools.core.common.InternalFactHandle h = t.getFactHandle();
      Object o = h == null ? null : h.getObject();
      if (o instanceof Candidate c) {
        product = c.productId();
      } else if (o instanceof Finding f) {
        product = f.productId();
      } else if (o instanceof GateMiss g) {
        product = g.productId();
      } else if (o instanceof MissedGates g) {
        product = g.productId();
      }
    }
    return product;
  }

  private static String productOf(List<? extends Object> objects) {
    for (Object o : objects) {
      if (o instanceof Candidate c) {
        return c.productId();
      } else if (o instanceof Finding f) {
        return f.productId();
      } else if (o instanceof GateMiss g) {
        return g.productId();
      } else if (o instanceof MissedGates g) {
        return g.productId();
      }
    }
    return "";
  }

  /** Findings by stage, then rule id, then message (English, then Vietnamese): the order of a product's reasons. */
  private static final Comparator<Finding> ORDER = (a, b) -> {
    int c = Integer.compare(a.kind().stage(), b.kind().stage());
    if (c == 0) {
      c = a.ruleId().compareTo(b.ruleId());
    }
    if (c == 0) {
      c = a.messageEn().compareTo(b.messageEn());
    }
    return c != 0 ? c : a.messageVi().compareTo(b.messageVi());
  };

  private Outcome outcome(String productId, List<Finding> all, Set<String> removed, ApplicableLaw law,
      Map<ApplicableLaw, Reason> lawReasons) {
    List<Finding> findings = all.size() <= 1 ? all : new ArrayList<>(all);
    if (findings.size() > 1) {
      findings.sort(ORDER);
    }
    Outcome.Builder b = Outcome.builder().productId(productId);
    boolean ineligible = false;
    boolean rescore = false;
    boolean conflict = false;
    List<Finding> decisions = new ArrayList<>(2);
    for (Finding f : findings) {
      switch (f.kind()) {
        case INELIGIBLE -> ineligible = true;
        case RESCORE -> rescore = true;
        case CERTIFY, FORWARD, NOT_ACHIEVED -> {
          if (!decisions.isEmpty()) {
            Finding first = decisions.get(0);
            conflict |= first.kind() != f.kind() || first.stars() != f.stars() || !first.forwardTo().equals(f.forwardTo());
          }
          decisions.add(f);
        }
        default -> { }
      }
    }
    if (ineligible) {
      b.decision(Decision.INELIGIBLE);
    } else if (rescore) {
      b.decision(Decision.RETURNED_FOR_RESCORING);
    } else {
      if (decisions.isEmpty()) {
        throw new IllegalStateException("No rule of " + description() + " decided product '" + productId
            + "' (certify, forward, not achieved, ineligible or re-score); its findings: " + describe(findings)
            + (removed.isEmpty() ? "" : "; removed rules that matched: " + removed));
      }
      if (conflict) {
        throw new IllegalStateException("Rules of " + description() + " decide product '" + productId
            + "' in conflicting ways: " + describe(decisions));
      }
      Finding d = decisions.get(0);
      switch (d.kind()) {
        case CERTIFY -> b.decision(Decision.CERTIFY);
        case FORWARD -> b.decision(Decision.FORWARD).forwardTo(CouncilLevel.valueOf(d.forwardTo()));
        default -> b.decision(Decision.NOT_ACHIEVED);
      }
      int stars = d.stars();
      if (stars <= 0) {
        stars = findings.stream().filter(f -> f.kind() == FindingKind.STARS).mapToInt(Finding::stars).min().orElse(0);
      }
      if (stars > 0) {
        b.stars(StarRating.of(stars));
      }
    }
    for (Finding f : findings) {
      b.addReasons(new Reason(f.ruleId(), packOf(f.ruleId()), f.messageVi(), f.messageEn(), f.legal()));
    }
    for (String ruleId : removed.isEmpty() ? List.<String>of() : removed.stream().sorted().toList()) {
      RulePack owner = ruleOwner.get(ruleId);
      RulePack remover = removedBy.get(ruleId);
      b.addReasons(new Reason(ruleId, remover.ref(),
          "Quy tắc " + ruleId + " của gói " + owner.ref() + " đã được gói " + remover.ref() + " bỏ (removes), nên không áp dụng",
          "Rule " + ruleId + " of pack " + owner.ref() + " removed by pack " + remover.ref() + ", so it did not apply",
          remover.legal()));
    }
    for (RulePack p : packs) {
      p.replaces().ifPresent(what -> b.addReasons(new Reason(NATIONAL_OVERRIDE_RULE_ID, p.ref(),
          "CẢNH BÁO: luật quốc gia không phải bản đi kèm thư viện — " + p.replacesVi(),
          "WARNING: national law is not the bundled one — " + what, p.legal())));
    }
    // Which law judged the product and why (Decision 26/2026/QĐ-TTg, Articles 11–12 across the change of
    // law); chosen by the core (LawInForce), stated by the library, never by a pack's rule. One reason per
    // law of the round (a round applies one or two), made once: reasons are immutable.
    b.addReasons(lawReasons.computeIfAbsent(law, l -> new Reason(LAW_RULE_ID, national().ref(),
        "Luật áp dụng: " + l.explanationVi(), "Law applied: " + l.explanationEn(), l.basis().toString())));
    return b.build();
  }

  /** The national pack of the book: the last one, where a base pack comes first ({@code national/1489} on 148). */
  private RulePack national() {
    RulePack national = null;
    for (RulePack p : packs) {
      if (p.kind() == PackKind.NATIONAL) {
        national = p;
      }
    }
    if (national == null) {
      throw new IllegalStateException("Rule book " + description() + " has no national pack");
    }
    return national;
  }

  private String packOf(String ruleId) {
    RulePack p = ruleOwner.get(ruleId);
    return p == null ? description() : p.ref();
  }

  private static String describe(List<Finding> findings) {
    return findings.isEmpty() ? "none"
        : findings.stream().map(f -> f.ruleId() + " " + f.kind() + (f.stars() > 0 ? " " + f.stars() + "★" : ""))
            .collect(Collectors.joining(", "));
  }

  /** The longest a probe of made-up facts may run (at compile time, and in {@code rules check}). */
  static final java.time.Duration PROBE_TIME = java.time.Duration.ofSeconds(10);

  /**
   * Runs the rules once on made-up facts, so that the first real round is not the slow one (FINDINGS
   * §6), within the limits and at most {@link #PROBE_TIME}. A rule that fails on them (a division by
   * zero, an endless chain of findings) is returned, so that {@code rules check} reports it.
   */
  Optional<RuleExecutionException> warmUp() {
    RuleBook probe = limits.timeLimit().compareTo(PROBE_TIME) <= 0 ? this : withLimits(limits.withTimeLimit(PROBE_TIME));
    try {
      RoundFact round = new RoundFact("warm-up", "warm-up", "", "PROVINCE", packs.get(packs.size() - 1).effectiveFrom(),
          2024, 1, procedure, 3, "m1", 1);
      BigDecimal score = new BigDecimal("75.00");
      Candidate c = new Candidate("warm-up", "warm-up", "148/01", 1, 1, "COOPERATIVE", true, Set.of(), "", "", "", "PART_LEVEL",
          score, score, FactBuilder.band(score, FactBuilder.bandThresholds(params)), new BigDecimal("30.00"),
          new BigDecimal("20.00"), new BigDecimal("25.00"), 3, false, true, score, score,
          BigDecimal.ZERO.setScale(2));
      List<Object> facts = new ArrayList<>(List.of(round, c));
      params.forEach((k, v) -> facts.add(new Param(k, v, paramSources.get(k))));
      probe.run(facts, new HashMap<>());
    } catch (RuleExecutionException e) {
      LOG.debug("Warm-up of {} failed: {}", description(), e.toString());
      return Optional.of(e);
    } catch (RuntimeException e) {
      LOG.debug("Warm-up of {} failed: {}", description(), e.toString());
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "RuleBook[" + description() + "]";
  }
}
