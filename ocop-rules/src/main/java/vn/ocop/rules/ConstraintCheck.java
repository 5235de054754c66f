package vn.ocop.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The part of a custom rule that Drools does not compile to class files, checked on the parsed
 * rule: pattern constraints and {@code from} expressions are MVEL, interpreted (and later compiled to
 * bytecode at run time, out of reach of {@link CompiledRuleCheck}), and rule metadata values are
 * evaluated with MVEL at compile time. Rather than check what MVEL would make of an arbitrary
 * expression, custom rules are held to a small language the check can prove harmless:
 *
 * <ul>
 *   <li>metadata ({@code @id}, {@code @legal}…) are string literals; the only attributes are an
 *       integer {@code salience}, {@code no-loop} and {@code dialect "java"};
 *   <li>a constraint is made of literals (numbers, strings, {@code true}, {@code false}, {@code
 *       null}), bound variables ({@code $x}), operators ({@code == != < <= > >= && || ! + - * / %},
 *       {@code in}, {@code not in}, {@code memberOf}, {@code contains}), parentheses and commas;
 *   <li>every other name is a property of a fact type or a method of the allow-list of {@link
 *       CompiledRuleCheck} ({@code compareTo}, {@code signum}, {@code isBefore}, {@code size}…),
 *       reached with {@code .}; a capitalised name is a fact type or an allowed value type ({@code
 *       FindingKind.BAND}, {@code BigDecimal.ZERO}).
 * </ul>
 *
 * Everything else — {@code new}, {@code class}, assignments, inline lists and maps, {@code matches}
 * (regular expressions), casts, any package or class name — is refused with the line of the rule.
 * The values reachable this way are the facts' values, and the methods allowed on them return only
 * such values, so a constraint can neither reach the host nor loop.
 */
final class ConstraintCheck {

  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "this", "in", "not", "memberOf",
      "contains");
  private static final Set<String> TYPES = Set.of("BigDecimal", "BigInteger", "RoundingMode", "Month", "DayOfWeek",
      "ChronoUnit", "LocalDate", "Boolean", "Integer", "Long", "Math", "String");
  private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "dialect");
  private static final Set<String> NAMES = names();
  private static final Set<String> FACT_TYPES = Set.of("Candidate", "Disqualified", "Dossier", "Filing", "Finding",
      "FindingKind", "GateMiss", "MissedGates", "Param", "RoundFact");

  private ConstraintCheck() {}

  private static Set<String> names() {
    Set<String> names = new HashSet<>();
    for (String t : List.of("Candidate", "Disqualified", "Dossier", "Filing", "Finding", "FindingKind", "GateMiss",
        "MissedGates", "Param", "RoundFact")) {
      try {
        Class<?> c = Class.forName("vn.ocop.rules.facts." + t);
        if (c.isRecord()) {
          for (RecordComponent rc : c.getRecordComponents()) {
            names.add(rc.getName());
          }
        }
        for (Method m : c.getMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() == c) {
            names.add(m.getName());
          }
        }
        if (c.isEnum()) {
          for (Object constant : c.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    for (Map.Entry<String, Set<String>> e : CompiledRuleCheck.METHODS.entrySet()) {
      if (!e.getKey().startsWith("org/")) {
        e.getValue().stream().filter(n -> !n.startsWith("<")).forEach(names::add);
      }
    }
    CompiledRuleCheck.CONSTANTS.values().forEach(names::addAll);
    names.addAll(Set.of("isBefore", "isAfter", "isEqual", "getYear", "getMonthValue", "getDayOfMonth", "getMonth",
        "getDayOfWeek", "plusDays", "minusDays", "plusMonths", "minusMonths", "plusYears", "minusYears", "year",
        "monthValue", "dayOfMonth", "empty", "HALF_UP", "HALF_EVEN", "DOWN", "UP", "FLOOR", "CEILING"));
    names.remove("*");
    names.removeAll(Set.of("getClass", "forName", "class", "wait", "notify", "notifyAll"));
    return Set.copyOf(names);
  }

  /** Adds the problems of one rule of a custom pack. */
  static void check(String file, RuleDescr rule, List<Problem> out) {
    String where = "rule \"" + rule.getName() + "\": ";
    for (AnnotationDescr a : rule.getAnnotations()) {
      for (Object v : a.getValueMap().values()) {
        String t = String.valueOf(v).strip();
        if (!t.matches("\"([^\"\\\\]|\\\\[\"\\\\nt])*\"")) {
          out.add(new Problem(file, a.getLine() > 0 ? a.getLine() : rule.getLine(), where + "the value of @" + a.getName()
              + " must be a string literal in custom rules, was " + abbreviate(t)));
        }
      }
    }
    for (Map.Entry<String, AttributeDescr> e : rule.getAttributes().entrySet()) {
      String value = e.getValue().getValue() == null ? "" : e.getValue().getValue().strip();
      if (!ATTRIBUTES.contains(e.getKey()) || e.getKey().equals("salience") && !value.matches("-?\\d{1,6}")) {
        out.add(new Problem(file, rule.getLine(), where + "attribute " + e.getKey() + " " + abbreviate(value)
            + " is not allowed in custom rules (only an integer salience, no-loop and dialect \"java\")"));
      }
    }
    if (rule.getLhs() != null) {
      walk(file, rule, rule.getLhs(), out);
    }
  }

  private static void walk(String file, RuleDescr rule, BaseDescr d, List<Problem> out) {
    int line = d.getLine() > 0 ? d.getLine() : rule.getLine();
    if (d instanceof PatternDescr p) {
      String type = p.getObjectType();
      if (type != null && !FACT_TYPES.contains(type) && !type.equals("String") && !type.startsWith("vn.ocop.rules.facts.")) {
        out.add(new Problem(file, line, "rule \"" + rule.getName() + "\": pattern on " + type
            + " is not allowed in custom rules (match the fact types, or String from a fact's list)"));
      }
      for (BaseDescr c : p.getDescrs()) {
        walk(file, rule, c, out);
      }
      if (p.getSource() != null) {
        walk(file, rule, p.getSource(), out);
      }
    } else if (d instanceof ExprConstraintDescr e) {
      expression(file, line, rule, e.getExpression(), out);
    } else if (d instanceof BindingDescr b) {
      expression(file, line, rule, b.getExpression(), out);
    } else if (d instanceof FromDescr f) {
      expression(file, line, rule, f.getExpression(), out);
    } else if (d instanceof EvalDescr) {
      // Java, compiled into the rule's class: CompiledRuleCheck reads it
    } else if (d instanceof ConditionalElementDescr ce && isPlain(d)) {
      for (BaseDescr c : ce.getDescrs()) {
        walk(file, rule, c, out);
      }
    } else {
      out.add(new Problem(file, line, "rule \"" + rule.getName() + "\": " + d.getClass().getSimpleName()
          .replace("Descr", "").toLowerCase(java.util.Locale.ROOT) + " is not allowed in custom rules (use patterns,"
          + " not, exists, or, eval and from)"));
    }
  }

  private static boolean isPlain(BaseDescr d) {
    String n = d.getClass().getSimpleName();
    return n.equals("AndDescr") || n.equals("OrDescr") || n.equals("NotDescr") || n.equals("ExistsDescr");
  }

  /** Checks one MVEL expression against the small language above. */
  static void expression(String file, int line, RuleDescr rule, String expr, List<Problem> out) {
    String why = why(expr == null ? "" : expr);
    if (why != null) {
      out.add(new Problem(file, line, "rule \"" + rule.getName() + "\": constraint " + abbreviate(expr) + ": " + why
          + " (custom rules compare facts' values; see docs/rules.md, Trust boundary)"));
    }
  }

  private static String why(String s) {
    int i = 0;
    int n = s.length();
    boolean afterDot = false;
    String previousType = null;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && s.charAt(j) != c) {
          if (s.charAt(j) == '\\') {
            if (j + 1 >= n || "\"'\\nt".indexOf(s.charAt(j + 1)) < 0) {
              return "only \\\" \\' \\\\ \\n \\t escapes are allowed in strings";
            }
            j++;
          }
          j++;
        }
        if (j >= n) {
          return "unterminated string";
        }
        i = j + 1;
        afterDot = false;
        continue;
      }
      if (Character.isDigit(c)) {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.' || s.charAt(j) == '_')) {
          j++;
        }
        if (!s.substring(i, j).matches("[0-9][0-9_]*(\\.[0-9]+)?[BbLlDdIi]?")) {
          return "'" + s.substring(i, j) + "' is not a number";
        }
        i = j;
        continue;
      }
      if (Character.isJavaIdentifierStart(c)) {
        int j = i;
        while (j < n && Character.isJavaIdentifierPart(s.charAt(j))) {
          j++;
        }
        String word = s.substring(i, j);
        if (word.startsWith("$")) {
          if (afterDot) {
            return "'" + word + "' after '.'";
          }
        } else if (afterDot) {
          // FindingKind.BAND, BigDecimal.ZERO: a constant of an allowed type
          boolean typeConstant = previousType != null && (FACT_TYPES.contains(previousType) || TYPES.contains(previousType))
              && word.matches("[A-Z][A-Z0-9_]*");
          if (!NAMES.contains(word) && !typeConstant) {
            return "'" + word + "' is not a property of the facts nor an allowed method";
          }
        } else if (Character.isUpperCase(word.charAt(0))) {
          if (!FACT_TYPES.contains(word) && !TYPES.contains(word)) {
            return "'" + word + "' is not a fact type nor an allowed value type";
          }
        } else if (!KEYWORDS.contains(word) && !NAMES.contains(word)) {
          return "'" + word + "' is not a property of the facts";
        }
        previousType = !afterDot && Character.isUpperCase(word.charAt(0)) ? word : null;
        afterDot = false;
        i = j;
        continue;
      }
      String two = i + 1 < n ? s.substring(i, i + 2) : "";
      if (Set.of("==", "!=", "<=", ">=", "&&", "||").contains(two)) {
        i += 2;
        afterDot = false;
        continue;
      }
      if ("<>!+-*/%(),:".indexOf(c) >= 0) {
        i++;
        afterDot = false;
        previousType = c == ')' ? null : previousType;
        continue;
      }
      if (c == '.') {
        if (i + 1 < n && (s.charAt(i + 1) == '?' || s.charAt(i + 1) == '.')) {
          return "'" + two + "' is not allowed";
        }
        afterDot = true;
        i++;
        continue;
      }
      return "'" + c + "' is not allowed";
    }
    return null;
  }

  private static String abbreviate(String s) {
    String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
    return t.length() > 60 ? "'" + t.substring(0, 57) + "…'" : "'" + t + "'";
  }
}
