package vn.ocop.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;

/**
 * Decides, from the DRL text of a book's packs, whether every rule looks at one product at a time, so
 * that a round can be decided in slices of products, each in its own small session, with the same
 * findings as one session over the whole round (and a fraction of the memory the engine holds at once).
 *
 * <p>A rule is <em>product-local</em> when its conditions match facts of the round ({@link
 * vn.ocop.rules.facts.RoundFact RoundFact}, {@link vn.ocop.rules.facts.Param Param}, in any number)
 * and the facts of exactly one product: it has a positive, top-level pattern of a product's fact (the
 * anchor: the first {@code Candidate}, {@code Finding}, {@code GateMiss}, {@code MissedGates}, {@code
 * Filing} or {@code Disqualified} pattern), and every other pattern over working memory that is not
 * {@code RoundFact} or {@code Param} — positive, under {@code not}, {@code exists}, {@code forall}, or inside {@code
 * accumulate} / {@code collect} — has the constraint {@code productId == $x} (or {@code $x ==
 * productId}, or {@code productId == $c.productId}) where {@code $x} is bound to {@code productId} of
 * the anchor or of a pattern already tied to it, or {@code $c} is such a pattern. Anything else (a
 * rule without a product pattern, {@code or}, a named consequence, a query, a pattern of another type,
 * a file that does not parse, an attribute other than {@code salience}, {@code no-loop} and {@code
 * dialect} — an {@code activation-group} lets one match in the whole session fire) makes the book not product-local: it is then decided in one session, as
 * before. The check reads the text, so it holds however the packs are compiled.
 *
 * <p>What a consequence inserts is checked while the rules run ({@code RuleBook}): a finding about a
 * product outside the slice sends the whole round back to one session.
 */
final class ProductLocality {
  private ProductLocality() {}

  /** Facts of the round, shared by every product: they may appear in any product-local rule. */
  private static final Set<String> ROUND_TYPES = Set.of("RoundFact", "Param");

  /** Rule attributes that act on one match at a time; any other (activation-group…) acts across the session. */
  private static final Set<String> LOCAL_ATTRIBUTES = Set.of("salience", "no-loop", "dialect");

  private static final Pattern BINDING = Pattern.compile("^(\\$?[\\w$]+)\\s*:\\s*productId$");
  private static final Pattern TIE = Pattern.compile(
      "^(?:productId\\s*==\\s*(\\$?[\\w$]+)(\\.productId(?:\\(\\))?)?|(\\$?[\\w$]+)\\s*==\\s*productId)$");

  /**
   * What the rules of a book look at.
   *
   * @param firstNonLocal the first rule that looks at more than one product (or why the text could
   *     not be read), or empty if every rule is product-local
   * @param matchedTypes the simple names of the fact types the rules match in working memory; empty
   *     if a pattern may match any fact (a type that is not one of the facts, or an unreadable file)
   */
  record Analysis(Optional<String> firstNonLocal, Optional<Set<String>> matchedTypes) {}

  /** The fact types {@code FactBuilder} inserts, by simple name. */
  static final Set<String> FACT_TYPES = Set.of("RoundFact", "Param", "Candidate", "Filing", "Disqualified", "GateMiss",
      "MissedGates", "Finding");

  /**
   * Reads the rules of a book's packs.
   *
   * @param packs the packs of a book
   * @return whether every rule is product-local, and which fact types the rules match
   */
  static Analysis analyse(List<RulePack> packs) {
    Optional<String> nonLocal = Optional.empty();
    Set<String> types = new HashSet<>();
    boolean anyType = false;
    for (RulePack pack : packs) {
      for (RulePack.Source s : pack.sources()) {
        Optional<PackageDescr> pkg = parse(s.text());
        if (pkg.isEmpty()) {
          if (nonLocal.isEmpty()) {
            nonLocal = Optional.of(pack.ref() + ": (" + s.name() + " does not parse)");
          }
          anyType = true;
          continue;
        }
        for (RuleDescr rule : pkg.get().getRules()) {
          if (nonLocal.isEmpty() && (rule.isQuery() || !isLocal(rule))) {
            nonLocal = Optional.of(pack.ref() + ": " + rule.getName());
          }
          anyType |= rule.getLhs() == null || !collectTypes(rule.getLhs(), types);
        }
      }
    }
    anyType |= !FACT_TYPES.containsAll(types);
    return new Analysis(nonLocal, anyType ? Optional.empty() : Optional.of(Set.copyOf(types)));
  }

  /**
   * The first rule of the book's packs that is not product-local, or empty if every rule is.
   *
   * @param packs the packs of a book
   * @return the name of the first rule that looks at more than one product (or a reason the text could
   *     not be read), or empty
   */
  static Optional<String> firstNonLocalRule(List<RulePack> packs) {
    return analyse(packs).firstNonLocal();
  }

  /** The first rule of one DRL file that is not product-local, or empty. */
  static Optional<String> firstNonLocalRule(String drl) {
    Optional<PackageDescr> pkg = parse(drl);
    if (pkg.isEmpty()) {
      return Optional.of("(the file does not parse)");
    }
    for (RuleDescr rule : pkg.get().getRules()) {
      if (rule.isQuery() || !isLocal(rule)) {
        return Optional.of(rule.getName());
      }
    }
    return Optional.empty();
  }

  private static final Pattern PARAM_KEY = Pattern.compile("^key\\s*==\\s*\"[^\"]*\"$");

  /**
   * The first rule of a custom DRL file (a pack from outside the library, admitted by the host's
   * opt-in) whose matches are not bounded by the facts of one product: a rule that is not
   * product-local, or that reads a {@code Param} without naming its key ({@code Param(key == "band.4",
   * …)}). Such a rule can make the engine build a cross product of the round's facts (600 products
   * joined four times over are 10<sup>11</sup> partial matches) before any rule fires, where no firing
   * or time limit can stop it; so {@link PackLoader} refuses it when the pack is loaded. Counts across
   * products are the library's own parameters ({@code province.min-products-per-district}, {@code
   * province.min-products-per-commune}).
   *
   * @param drl the text of the file
   * @return the rule at fault, or empty if every rule is bounded or the file does not parse (the
   *     sandbox reports that)
   */
  static Optional<RuleDescr> firstUnboundedRule(String drl) {
    Optional<PackageDescr> pkg = parse(drl);
    if (pkg.isEmpty()) {
      return Optional.empty();
    }
    for (RuleDescr rule : pkg.get().getRules()) {
      if (rule.isQuery() || !isLocal(rule) || !paramsNamed(rule.getLhs())) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** Whether every {@code Param} pattern under {@code d} has the constraint {@code key == "…"}. */
  private static boolean paramsNamed(BaseDescr d) {
    if (d instanceof PatternDescr p) {
      if ("Param".equals(simpleName(p.getObjectType())) && p.getDescrs().stream().noneMatch(
          c -> c instanceof ExprConstraintDescr e && PARAM_KEY.matcher(e.getExpression().trim()).matches())) {
        return false;
      }
      PatternSourceDescr source = p.getSource();
      if (source instanceof AccumulateDescr acc) {
        return acc.getInput() == null || paramsNamed(acc.getInput());
      }
      if (source instanceof CollectDescr c) {
        return c.getInputPattern() == null || paramsNamed(c.getInputPattern());
      }
      return true;
    }
    List<? extends BaseDescr> children = children(d);
    return children == null || children.stream().allMatch(ProductLocality::paramsNamed);
  }

  /** The elements of a conjunction, disjunction, {@code not}, {@code exists} or {@code forall}; null for anything else. */
  private static List<? extends BaseDescr> children(BaseDescr d) {
    if (d instanceof AndDescr a) {
      return a.getDescrs();
    } else if (d instanceof org.drools.drl.ast.descr.OrDescr o) {
      return o.getDescrs();
    } else if (d instanceof NotDescr n) {
      return n.getDescrs();
    } else if (d instanceof ExistsDescr e) {
      return e.getDescrs();
    } else if (d instanceof ForallDescr f) {
      return f.getDescrs();
    }
    return null;
  }

  private static Optional<PackageDescr> parse(String drl) {
    try {
      DrlParser parser = new DrlParser();
      PackageDescr pkg = parser.parse(false, drl);
      return parser.hasErrors() || pkg == null ? Optional.empty() : Optional.of(pkg);
    } catch (Exception | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /**
   * Adds the simple type names of the patterns over working memory under {@code d}; false if {@code d}
   * holds an element whose patterns this cannot list.
   */
  private static boolean collectTypes(BaseDescr d, Set<String> types) {
    if (d instanceof PatternDescr p) {
      PatternSourceDescr source = p.getSource();
      if (source instanceof AccumulateDescr acc) {
        return acc.getInput() != null && collectTypes(acc.getInput(), types);
      }
      if (source instanceof CollectDescr c) {
        return c.getInputPattern() != null && collectTypes(c.getInputPattern(), types);
      }
      if (source instanceof FromDescr) {
        return true;
      }
      if (!fromWorkingMemory(source)) {
        return false;
      }
      types.add(simpleName(p.getObjectType()));
      return true;
    }
    List<? extends BaseDescr> children = children(d);
    if (children == null) {
      return d instanceof EvalDescr;
    }
    for (BaseDescr c : children) {
      if (!collectTypes(c, types)) {
        return false;
      }
    }
    return true;
  }

  static boolean isLocal(RuleDescr rule) {
    // an activation group, agenda group, timer… acts across every match of the session, not per product
    if (!LOCAL_ATTRIBUTES.containsAll(rule.getAttributes().keySet())) {
      return false;
    }
    if (rule.getParentName() != null || rule.getNamedConsequences() != null && !rule.getNamedConsequences().isEmpty()) {
      return false;
    }
    Scope scope = new Scope();
    return rule.getLhs() != null && top(rule.getLhs(), scope) && scope.anchored;
  }

  /** Names known to hold the anchor's product id, and patterns known to be of the anchor's product. */
  private static final class Scope {
    boolean anchored;
    final Set<String> ids = new HashSet<>();
    final Set<String> patterns = new HashSet<>();
  }

  /** A conjunction at the top of the rule: its patterns are positive. */
  private static boolean top(AndDescr and, Scope scope) {
    for (BaseDescr d : and.getDescrs()) {
      boolean ok;
      if (d instanceof AndDescr a) {
        ok = top(a, scope);
      } else if (d instanceof PatternDescr p) {
        ok = positive(p, scope);
      } else if (d instanceof NotDescr || d instanceof ExistsDescr || d instanceof ForallDescr) {
        ok = nested(d, scope);
      } else {
        ok = d instanceof EvalDescr;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean positive(PatternDescr p, Scope scope) {
    PatternSourceDescr source = p.getSource();
    if (source instanceof AccumulateDescr || source instanceof CollectDescr) {
      // the result pattern reads what the inner patterns gather; those must be the anchor's product's
      return scope.anchored && nested(source, scope) && onlyBindingsOrConstraints(p);
    }
    if (source instanceof FromDescr) {
      return true; // reads an expression over what is already bound, not working memory
    }
    if (!fromWorkingMemory(source)) {
      return false;
    }
    if (ROUND_TYPES.contains(simpleName(p.getObjectType()))) {
      return true;
    }
    if (!scope.anchored) {
      scope.anchored = true;
    } else if (!tied(p, scope)) {
      return false;
    }
    remember(p, scope);
    return true;
  }

  /** Everything under {@code not}, {@code exists}, {@code forall}, {@code accumulate} or {@code collect}. */
  private static boolean nested(BaseDescr d, Scope scope) {
    List<BaseDescr> children = new ArrayList<>();
    if (d instanceof NotDescr n) {
      children.addAll(n.getDescrs());
    } else if (d instanceof ExistsDescr e) {
      children.addAll(e.getDescrs());
    } else if (d instanceof ForallDescr f) {
      children.addAll(f.getDescrs());
    } else if (d instanceof AndDescr a) {
      children.addAll(a.getDescrs());
    } else if (d instanceof AccumulateDescr acc) {
      if (acc.getInput() == null) {
        return false;
      }
      children.add(acc.getInput());
    } else if (d instanceof CollectDescr c) {
      if (c.getInputPattern() == null) {
        return false;
      }
      children.add(c.getInputPattern());
    } else if (d instanceof PatternDescr p) {
      PatternSourceDescr source = p.getSource();
      if (source instanceof FromDescr) {
        return true;
      }
      if (source instanceof AccumulateDescr || source instanceof CollectDescr) {
        return nested(source, scope);
      }
      if (!fromWorkingMemory(source)) {
        return false;
      }
      return ROUND_TYPES.contains(simpleName(p.getObjectType())) || scope.anchored && tied(p, scope);
    } else {
      return d instanceof EvalDescr;
    }
    for (BaseDescr c : children) {
      if (!nested(c, scope)) {
        return false;
      }
    }
    return true;
  }

  private static boolean fromWorkingMemory(PatternSourceDescr source) {
    return source == null || source instanceof EntryPointDescr e && "DEFAULT".equals(e.getEntryId());
  }

  /** A pattern whose constraints the check can read (text constraints and bindings). */
  private static boolean onlyBindingsOrConstraints(PatternDescr p) {
    return p.getDescrs().stream().allMatch(c -> c instanceof ExprConstraintDescr || c instanceof BindingDescr);
  }

  private static boolean tied(PatternDescr p, Scope scope) {
    for (BaseDescr c : p.getDescrs()) {
      if (c instanceof ExprConstraintDescr e) {
        Matcher m = TIE.matcher(e.getExpression().trim());
        if (m.matches()) {
          if (m.group(1) != null && m.group(2) == null && scope.ids.contains(m.group(1))) {
            return true;
          }
          if (m.group(1) != null && m.group(2) != null && scope.patterns.contains(m.group(1))) {
            return true;
          }
          if (m.group(3) != null && scope.ids.contains(m.group(3))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The names a pattern of the anchor's product adds: itself, and what it binds to {@code productId}. */
  private static void remember(PatternDescr p, Scope scope) {
    if (p.getIdentifier() != null) {
      scope.patterns.add(p.getIdentifier());
    }
    for (BaseDescr c : p.getDescrs()) {
      if (c instanceof ExprConstraintDescr e) {
        Matcher m = BINDING.matcher(e.getExpression().trim());
        if (m.matches()) {
          scope.ids.add(m.group(1));
        }
      } else if (c instanceof BindingDescr b && "productId".equals(b.getExpression().trim())) {
        scope.ids.add(b.getVariable());
      }
    }
  }

  private static String simpleName(String type) {
    int dot = type == null ? -1 : type.lastIndexOf('.');
    return dot < 0 ? String.valueOf(type) : type.substring(dot + 1);
  }
}
