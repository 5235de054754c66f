package vn.ocop.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The trust boundary of custom rules, held on what the compiler produced (DESIGN.md decision 5): after
 * Drools has compiled a chain that holds packs from outside the jar, every class Drools' Java compiler
 * generated for their rules is read ({@link ClassFileCheck}) and every reference it makes is checked
 * against the allow-list below. A reference outside it is a {@link Problem} naming the DRL file and
 * the line of the rule.
 *
 * <p>User code (the rule class holding a rule's consequence and its {@code eval}s, and anything else
 * the DRL text made the compiler produce) may use:
 *
 * <ul>
 *   <li>the fact types of {@code vn.ocop.rules.facts}: their methods and constants, never their
 *       constructors (rules insert findings through {@code Finding}'s factories);
 *   <li>{@code insert} on the knowledge helper ({@code drools.insert(…)}, or plain {@code
 *       insert(…)}), nothing else of Drools;
 *   <li>{@code String} and {@code StringBuilder} for text (and {@code invokedynamic} of {@code
 *       StringConcatFactory}, which is what {@code +} compiles to), {@code CharSequence};
 *   <li>{@code BigDecimal}, {@code BigInteger}, {@code MathContext}, {@code RoundingMode}, the
 *       boxing types and {@code Math} (named methods, not {@code random});
 *   <li>the {@code java.time} value types ({@code LocalDate}, {@code YearMonth}, {@code Period}…),
 *       every method but {@code now};
 *   <li>the read-only methods of {@code Collection}, {@code List}, {@code Set}, {@code Map} and
 *       {@code Objects}, {@code Enum} and {@code Comparable}.
 * </ul>
 *
 * <p>Everything else is refused, and so are: class literals and method handles, lambdas and method
 * references ({@code invokedynamic} other than string concatenation), static fields of JDK classes
 * other than immutable constants ({@code BigDecimal.ZERO}, {@code Boolean.TRUE}, {@code
 * RoundingMode.HALF_UP}, {@code Month.JANUARY}…), writing any field, creating objects other than
 * {@code StringBuilder}, {@code BigDecimal}, {@code BigInteger} and {@code MathContext}, arrays of
 * computed length, calls between generated classes (so no recursion), and in user code loops,
 * switches, exception handlers and {@code synchronized}.
 *
 * <p>The invoker classes Drools generates from its own templates ({@code
 * …DefaultConsequenceInvoker}, {@code …Eval0Invoker}, {@code …AccumulateExpression0Invoker}…) are
 * checked against the few members that glue needs: {@code Object.getClass} (to find its own bytecode),
 * {@code MethodComparator}, the {@code ConsequenceGenerator}/{@code EvalGenerator}… that wire the
 * rule's method at run time, and the interfaces they implement.
 */
final class CompiledRuleCheck {

  private static final String FACTS = "vn/ocop/rules/facts/";
  private static final String HELPER = "org/drools/core/rule/consequence/KnowledgeHelper";

  private static final Set<String> BOXING_METHODS = Set.of("valueOf", "intValue", "longValue", "doubleValue",
      "floatValue", "shortValue", "byteValue", "booleanValue", "charValue", "compare", "compareTo", "equals",
      "hashCode", "toString", "parseInt", "parseLong", "parseDouble", "parseBoolean", "sum", "max", "min", "signum",
      "isDigit", "isLetter", "isWhitespace", "isUpperCase", "isLowerCase");
  private static final Set<String> COLLECTION_METHODS = Set.of("size", "isEmpty", "contains", "containsAll", "get",
      "getOrDefault", "containsKey", "containsValue", "indexOf", "lastIndexOf", "equals", "hashCode", "toString", "of",
      "copyOf");
  private static final Set<String> TIME_TYPES = Set.of("java/time/LocalDate", "java/time/LocalDateTime",
      "java/time/LocalTime", "java/time/Year", "java/time/YearMonth", "java/time/MonthDay", "java/time/Month",
      "java/time/DayOfWeek", "java/time/Period", "java/time/Duration", "java/time/temporal/ChronoUnit",
      "java/time/chrono/ChronoLocalDate", "java/time/temporal/TemporalAmount");

  /** Methods user code may call, by owner; {@code *} is every method. */
  static final Map<String, Set<String>> METHODS = Map.ofEntries(
      Map.entry("java/lang/Object", Set.of("<init>", "equals", "hashCode", "toString")),
      Map.entry("java/lang/String", Set.of("valueOf", "length", "isEmpty", "isBlank", "equals", "equalsIgnoreCase",
          "compareTo", "compareToIgnoreCase", "contains", "startsWith", "endsWith", "indexOf", "lastIndexOf", "charAt",
          "substring", "toUpperCase", "toLowerCase", "trim", "strip", "stripLeading", "stripTrailing", "concat",
          "replace", "hashCode", "toString", "join")),
      Map.entry("java/lang/CharSequence", Set.of("length", "charAt", "toString", "isEmpty")),
      Map.entry("java/lang/StringBuilder", Set.of("<init>", "append", "toString", "length")),
      Map.entry("java/lang/Integer", BOXING_METHODS),
      Map.entry("java/lang/Long", BOXING_METHODS),
      Map.entry("java/lang/Short", BOXING_METHODS),
      Map.entry("java/lang/Byte", BOXING_METHODS),
      Map.entry("java/lang/Double", BOXING_METHODS),
      Map.entry("java/lang/Float", BOXING_METHODS),
      Map.entry("java/lang/Boolean", BOXING_METHODS),
      Map.entry("java/lang/Character", BOXING_METHODS),
      Map.entry("java/lang/Number", Set.of("intValue", "longValue", "doubleValue")),
      Map.entry("java/lang/Math", Set.of("abs", "min", "max", "addExact", "subtractExact", "multiplyExact",
          "negateExact", "toIntExact", "floorDiv", "floorMod", "signum", "round", "floor", "ceil")),
      Map.entry("java/lang/Enum", Set.of("name", "ordinal", "compareTo", "equals", "hashCode", "toString")),
      Map.entry("java/lang/Comparable", Set.of("compareTo")),
      Map.entry("java/math/BigDecimal", Set.of("<init>", "valueOf", "add", "subtract", "multiply", "divide",
          "remainder", "divideToIntegralValue", "compareTo", "equals", "hashCode", "signum", "negate", "abs", "max",
          "min", "scale", "precision", "setScale", "stripTrailingZeros", "toPlainString", "toString", "intValue",
          "intValueExact", "longValue", "longValueExact", "doubleValue", "round")),
      Map.entry("java/math/BigInteger", Set.of("<init>", "valueOf", "add", "subtract", "multiply", "divide", "mod",
          "remainder", "compareTo", "equals", "hashCode", "signum", "negate", "abs", "max", "min", "intValue",
          "longValue", "toString")),
      Map.entry("java/math/MathContext", Set.of("<init>", "getPrecision")),
      Map.entry("java/math/RoundingMode", Set.of("valueOf", "name", "ordinal", "equals")),
      Map.entry("java/util/Collection", COLLECTION_METHODS),
      Map.entry("java/util/List", COLLECTION_METHODS),
      Map.entry("java/util/Set", COLLECTION_METHODS),
      Map.entry("java/util/Map", COLLECTION_METHODS),
      Map.entry("java/util/Objects", Set.of("equals", "hash", "hashCode", "toString", "isNull", "nonNull",
          "requireNonNullElse")),
      Map.entry(HELPER, Set.of("insert")));

  /** Static fields user code may read: immutable constants of value types. */
  static final Map<String, Set<String>> CONSTANTS = Map.ofEntries(
      Map.entry("java/math/BigDecimal", Set.of("ZERO", "ONE", "TWO", "TEN")),
      Map.entry("java/math/BigInteger", Set.of("ZERO", "ONE", "TWO", "TEN")),
      Map.entry("java/math/RoundingMode", Set.of("*")),
      Map.entry("java/math/MathContext", Set.of("DECIMAL32", "DECIMAL64", "DECIMAL128", "UNLIMITED")),
      Map.entry("java/lang/Boolean", Set.of("TRUE", "FALSE")),
      Map.entry("java/time/Month", Set.of("*")),
      Map.entry("java/time/DayOfWeek", Set.of("*")),
      Map.entry("java/time/temporal/ChronoUnit", Set.of("*")),
      Map.entry("java/time/LocalDate", Set.of("MIN", "MAX", "EPOCH")),
      Map.entry("java/time/Period", Set.of("ZERO")),
      Map.entry("java/time/Duration", Set.of("ZERO")));

  /** Classes user code may create with {@code new}. */
  static final Set<String> NEW = Set.of("java/lang/StringBuilder", "java/math/BigDecimal", "java/math/BigInteger",
      "java/math/MathContext", "java/lang/Object");

  /** The members the Drools invoker templates reference, by owner (drools-mvel 10.2). */
  static final Map<String, Set<String>> GLUE = Map.ofEntries(
      Map.entry("java/lang/Object", Set.of("<init>", "getClass", "equals", "hashCode")),
      Map.entry("java/lang/Boolean", Set.of("TRUE", "FALSE", "valueOf", "booleanValue")),
      Map.entry("java/lang/Integer", Set.of("valueOf", "intValue")),
      Map.entry("org/drools/mvel/asm/MethodComparator", Set.of("getMethodBytecode", "compareBytecode")),
      Map.entry("org/drools/base/rule/accessor/CompiledInvoker", Set.of("getMethodBytecode")),
      Map.entry("org/drools/mvel/asm/ConsequenceGenerator", Set.of("generate")),
      Map.entry("org/drools/mvel/asm/EvalGenerator", Set.of("generate")),
      Map.entry("org/drools/mvel/asm/PredicateGenerator", Set.of("generate")),
      Map.entry("org/drools/mvel/asm/ReturnValueGenerator", Set.of("generate")),
      Map.entry("org/drools/mvel/asm/AccumulateGenerator", Set.of("generate")),
      Map.entry("org/drools/base/rule/consequence/Consequence", Set.of("evaluate")),
      Map.entry("org/drools/base/rule/accessor/EvalExpression", Set.of("evaluate", "createContext", "clone",
          "replaceDeclaration")),
      Map.entry("org/drools/base/rule/accessor/Accumulator", Set.of("*")),
      // the accumulate invoker reads the values of the declarations it is given
      Map.entry("org/drools/mvel/field/FieldFactory", Set.of("getInstance", "getFieldValue")),
      Map.entry("org/drools/base/rule/Declaration", Set.of("getValue")));

  /** Types the glue may create, cast to or test. */
  static final Set<String> GLUE_TYPES = Set.of("java/lang/String", "java/lang/Boolean",
      "org/drools/base/rule/accessor/CompiledInvoker");

  private CompiledRuleCheck() {}

  /** Where a rule was written: its DRL file and line. */
  record Origin(String file, int line) {}

  /**
   * Checks the classes Drools generated for the custom rules of {@code kieBase}: those for which
   * {@code origin} gives a file and line (rules of packs from outside the jar). Classes of a package
   * that holds custom rules and belong to no trusted rule are checked too.
   *
   * @param origin the file and line of a rule, given the rule; {@code null} for a trusted rule
   * @return every reference outside the allow-list, at the file and line of its rule
   */
  static List<Problem> check(KieBase kieBase, Function<Rule, Origin> origin) {
    List<Problem> problems = new ArrayList<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      Map<String, Origin> ruleClasses = new HashMap<>();
      Set<String> trustedClasses = new HashSet<>();
      Origin anyUntrusted = null;
      for (Rule r : p.getRules()) {
        String ruleClass = ruleClass((RuleImpl) r);
        Origin o = origin.apply(r);
        if (o == null) {
          if (ruleClass != null) {
            trustedClasses.add(ruleClass);
          }
          continue;
        }
        anyUntrusted = anyUntrusted == null ? o : anyUntrusted;
        if (ruleClass == null) {
          problems.add(new Problem(o.file(), o.line(), "rule \"" + r.getName()
              + "\": its compiled consequence cannot be found to be checked"));
        } else {
          ruleClasses.put(ruleClass, o);
        }
      }
      if (anyUntrusted == null) {
        continue;
      }
      JavaDialectRuntimeData data = (JavaDialectRuntimeData) ((InternalKnowledgePackage) p).getDialectRuntimeRegistry()
          .getDialectData("java");
      if (data == null) {
        continue;
      }
      Set<String> store = new HashSet<>();
      data.getStore().keySet().forEach(k -> store.add(k.endsWith(".class") ? k.substring(0, k.length() - 6) : k));
      Set<String> seen = new LinkedHashSet<>();
      for (var e : data.getStore().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
        String name = e.getKey().endsWith(".class") ? e.getKey().substring(0, e.getKey().length() - 6) : e.getKey();
        String owner = longestPrefix(name, ruleClasses.keySet(), trustedClasses);
        if (owner != null && trustedClasses.contains(owner)) {
          continue;
        }
        Origin o = owner == null ? anyUntrusted : ruleClasses.get(owner);
        boolean glue = isGlue(name, owner, e.getValue());
        for (ClassFileCheck.Violation v : ClassFileCheck.check(e.getValue(), new Allow(name, owner, store), glue)) {
          String rule = owner == null ? "code outside any rule" : "rule \"" + ruleName(p, owner) + "\"";
          String message = rule + ": " + v.message() + " in custom rules";
          if (seen.add(o.file() + ":" + o.line() + ":" + message)) {
            problems.add(new Problem(o.file(), o.line(), message));
          }
        }
      }
    }
    problems.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    return problems;
  }

  private static String ruleName(KiePackage p, String ruleClass) {
    for (Rule r : p.getRules()) {
      if (ruleClass.equals(ruleClass((RuleImpl) r))) {
        return r.getName();
      }
    }
    return "?";
  }

  /** The internal name of the class Drools generated for the rule's consequence, e.g. {@code a/b/Rule_x123}. */
  static String ruleClass(RuleImpl rule) {
    Object consequence = rule.getConsequence();
    if (consequence == null) {
      return null;
    }
    String invoker = consequence.getClass().getName();
    String suffix = "DefaultConsequenceInvoker";
    return invoker.endsWith(suffix) ? invoker.substring(0, invoker.length() - suffix.length()).replace('.', '/') : null;
  }

  private static String longestPrefix(String name, Set<String> a, Set<String> b) {
    String best = null;
    for (Set<String> set : List.of(a, b)) {
      for (String s : set) {
        if (name.startsWith(s) && (best == null || s.length() > best.length())) {
          best = s;
        }
      }
    }
    return best;
  }

  /**
   * An invoker of Drools' templates: a top-level class named after its rule's class with an {@code
   * …Invoker} suffix, implementing {@code CompiledInvoker}. Such a class holds no text of the DRL, but
   * it is still checked, against the glue's list.
   */
  private static boolean isGlue(String name, String ruleClass, byte[] bytes) {
    if (ruleClass == null || name.equals(ruleClass) || name.contains("$") && name.lastIndexOf('$') > ruleClass.length()
        || !name.endsWith("Invoker")) {
      return false;
    }
    String rest = name.substring(ruleClass.length());
    return rest.matches("[A-Za-z]+[0-9]*[A-Za-z]*Invoker")
        && ClassFileCheck.supertypes(bytes).contains("org/drools/base/rule/accessor/CompiledInvoker");
  }

  /** The allow-list as a {@link ClassFileCheck.Policy} for one generated class. */
  private record Allow(String self, String ruleClass, Set<String> store) implements ClassFileCheck.Policy {

    @Override
    public String member(String owner, String name, String desc, int opcode, boolean glue) {
      String what = ClassFileCheck.describe(owner, name);
      if (owner.equals(self)) {
        return glue && (opcode == 0xb4 || opcode == 0xb5 || opcode == 0xb6 || opcode == 0xb7) ? null
            : "calling or writing " + what + " of its own generated class is not allowed";
      }
      if (glue && owner.equals(ruleClass) && opcode == 0xb8) {
        return null; // an invoker calls the static method of its rule's class (accumulate, eval)
      }
      if (store.contains(owner) || owner.startsWith(self + "$")) {
        return "calls between generated classes (" + what + ") are not allowed";
      }
      if (glue && ClassFileCheck.isIn(GLUE, owner, name)) {
        return null;
      }
      boolean field = opcode >= 0xb2 && opcode <= 0xb5;
      if (opcode == 0xb3 || opcode == 0xb5) {
        return "writing the field " + what + " is not allowed";
      }
      if (opcode == 0xb4) {
        return "reading the field " + what + " is not allowed";
      }
      if (owner.startsWith(FACTS)) {
        if (name.equals("<init>")) {
          return "creating a " + ClassFileCheck.dotted(owner) + " directly is not allowed (use Finding's factories)";
        }
        return null;
      }
      if (field) {
        return ClassFileCheck.isIn(CONSTANTS, owner, name) ? null
            : "the static field " + what + " is not allowed (only fact constants and immutable value constants)";
      }
      if (TIME_TYPES.contains(owner)) {
        return name.equals("now") || name.equals("<init>") ? "calling " + what + " is not allowed" : null;
      }
      return ClassFileCheck.isIn(METHODS, owner, name) ? null : "calling " + what + " is not allowed";
    }

    @Override
    public String type(String internalName, int opcode, boolean glue) {
      String name = internalName.startsWith("[") ? internalName.replaceAll("^\\[+L?|;$", "") : internalName;
      if (glue && GLUE_TYPES.contains(name)) {
        return null;
      }
      if (opcode == 0xbb) {
        return NEW.contains(name) ? null : "creating a " + ClassFileCheck.dotted(name) + " is not allowed";
      }
      if (name.startsWith(FACTS) || name.equals(HELPER) || name.equals("org/kie/api/runtime/rule/RuleContext")
          || METHODS.containsKey(name) || TIME_TYPES.contains(name)) {
        return null;
      }
      return "the type " + ClassFileCheck.dotted(name) + " is not allowed";
    }

    @Override
    public String bootstrap(String owner, String name, boolean glue) {
      if (owner.equals("java/lang/invoke/StringConcatFactory")) {
        return null;
      }
      return owner.equals("java/lang/invoke/LambdaMetafactory")
          ? "lambdas and method references are not allowed"
          : "invokedynamic through " + ClassFileCheck.describe(owner, name) + " is not allowed";
    }
  }
}
