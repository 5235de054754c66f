package vn.ocop.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Checks a DRL file before anything is compiled: rule files are untrusted input (DESIGN.md, decision
 * 5). Parses the file (no class loading) and rejects, with line and column:
 *
 * <ul>
 *   <li>imports other than the fact types ({@code vn.ocop.rules.facts}) and classes of {@code
 *       java.lang}, {@code java.math}, {@code java.time};
 *   <li>{@code function}, {@code import function}, {@code global}, {@code declare}, enum, entry-point
 *       and window declarations, and dialects other than {@code java};
 *   <li>anywhere in the text (comments and string literals blanked): qualified names reaching other
 *       packages, and identifiers that reach the host ({@code System}, {@code Runtime}, reflection,
 *       class loading, threads, {@code drools.getKieRuntime()}…), and {@code modify}, {@code update},
 *       {@code retract}, {@code delete}: facts are immutable and rules only insert;
 *   <li>unicode escapes (Java would compile {@code \u0053ystem} as {@code System}).
 * </ul>
 *
 * It also requires every rule to carry {@code @id} and {@code @legal} metadata. A denylist is a
 * heuristic: it cannot stop an endless loop in a consequence.
 */
final class DrlSandbox {

  /** A rule found while checking: its id, legal reference and line. */
  record RuleInfo(String id, String name, String legal, int line) {}

  /** What the check found. */
  record Result(List<Problem> problems, List<RuleInfo> rules, String packageName) {}

  static final Set<String> ALLOWED_PACKAGES = Set.of("vn.ocop.rules.facts", "java.lang", "java.math", "java.time");

  /** Denied even though they live in java.lang (auto-imported in consequences and constraints). */
  static final Set<String> DENIED_IDENTIFIERS = Set.of(
      "System", "Runtime", "Process", "ProcessBuilder", "ProcessHandle",
      "Thread", "ThreadGroup", "ThreadLocal", "InheritableThreadLocal", "ScopedValue",
      "Class", "ClassLoader", "ClassValue", "Module", "ModuleLayer", "Package",
      "SecurityManager", "StackWalker", "Compiler", "RuntimePermission",
      "getClass", "forName", "class", "getClassLoader", "getContextClassLoader",
      "getKieRuntime", "getKieBase", "getWorkingMemory", "getEnvironment", "getKnowledgeRuntime",
      "exec", "exit", "halt", "load", "loadLibrary", "setAccessible",
      "getInteger", "getLong", "getBoolean",
      "wait", "notify", "notifyAll", "finalize",
      "modify", "update", "retract", "delete", "insertLogical");

  private static final Pattern QUALIFIED = Pattern.compile(
      "\\b(java|javax|jdk|sun|com|org|net|io|vn|kotlin|scala|groovy)\\s*\\.\\s*[A-Za-z_$][\\w$]*(\\s*\\.\\s*[A-Za-z_$][\\w$]*)*");
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][\\w$]*");

  private DrlSandbox() {}

  static Result check(String file, String drl) {
    return check(file, drl, false);
  }

  /**
   * Checks a DRL file; {@code custom} for a file from outside the library, whose rules are also
   * held to the small language of {@link ConstraintCheck}.
   */
  static Result check(String file, String drl, boolean custom) {
    List<Problem> out = new ArrayList<>();
    List<RuleInfo> rules = new ArrayList<>();
    int escape = drl.indexOf("\\u");
    if (escape >= 0) {
      out.add(new Problem(file, lineOf(drl, escape), "unicode escapes are not allowed in rule files (column "
          + colOf(drl, escape) + ")"));
      return new Result(out, rules, "");
    }
    int[] deep = deepestNesting(drl);
    if (deep[0] > MAX_NESTING) {
      out.add(new Problem(file, lineOf(drl, deep[1]), "brackets nested " + MAX_NESTING + "+ deep (column "
          + colOf(drl, deep[1]) + "); rule files nest at most " + MAX_NESTING + " deep"));
      return new Result(out, rules, "");
    }
    DrlParser parser = new DrlParser();
    PackageDescr pkg;
    try {
      pkg = parser.parse(false, drl);
    } catch (DroolsParserException e) {
      out.add(new Problem(file, e.getLineNumber(), "syntax error: " + e.getMessage()));
      return new Result(out, rules, "");
    } catch (StackOverflowError e) {
      out.add(new Problem(file, 0, "the file is nested too deeply to be parsed"));
      return new Result(out, rules, "");
    }
    if (parser.hasErrors() || pkg == null) {
      for (DroolsError err : parser.getErrors()) {
        if (err instanceof ParserError pe) {
          out.add(new Problem(file, pe.getRow(), "syntax error: " + pe.getMessage()));
        } else {
          int line = err.getLines().length > 0 ? err.getLines()[0] : 0;
          out.add(new Problem(file, line, "syntax error: " + err.getMessage()));
        }
      }
      if (out.isEmpty()) {
        out.add(new Problem(file, 0, "syntax error: the file could not be parsed"));
      }
      return new Result(out, rules, "");
    }
    for (ImportDescr imp : pkg.getImports()) {
      if (!isAllowedImport(imp.getTarget())) {
        out.add(new Problem(file, imp.getLine(), "import not allowed: " + imp.getTarget()
            + " (rule files may import only vn.ocop.rules.facts types and java.lang, java.math, java.time classes)"));
      }
    }
    for (FunctionImportDescr imp : pkg.getFunctionImports()) {
      out.add(new Problem(file, imp.getLine(), "import function not allowed: " + imp.getTarget()));
    }
    if (custom) {
      pkg.getRules().stream().filter(r -> r.isQuery()).forEach(q -> out.add(new Problem(file, q.getLine(),
          "query not allowed in custom rules: " + q.getName())));
    }
    for (var f : pkg.getFunctions()) {
      out.add(new Problem(file, f.getLine(), "function not allowed: " + f.getName()));
    }
    for (GlobalDescr g : pkg.getGlobals()) {
      out.add(new Problem(file, g.getLine(), "global not allowed: " + g.getIdentifier()));
    }
    for (TypeDeclarationDescr t : pkg.getTypeDeclarations()) {
      out.add(new Problem(file, t.getLine(), "declare not allowed: " + t.getTypeName()));
    }
    pkg.getEnumDeclarations().forEach(e -> out.add(new Problem(file, e.getLine(), "declare enum not allowed")));
    pkg.getEntryPointDeclarations().forEach(e -> out.add(new Problem(file, e.getLine(), "entry points not allowed")));
    pkg.getWindowDeclarations().forEach(e -> out.add(new Problem(file, e.getLine(), "window declarations not allowed")));
    pkg.getAccumulateImports().forEach(e -> out.add(new Problem(file, e.getLine(), "import accumulate not allowed")));
    var dialect = pkg.getAttribute("dialect");
    if (dialect != null && !"java".equals(strip(dialect.getValue()))) {
      out.add(new Problem(file, dialect.getLine(), "only dialect \"java\" is allowed"));
    }
    for (RuleDescr r : pkg.getRules()) {
      var d = r.getAttributes().get("dialect");
      if (d != null && !"java".equals(strip(d.getValue()))) {
        out.add(new Problem(file, r.getLine(), "only dialect \"java\" is allowed (rule \"" + r.getName() + "\")"));
      }
      if (r.getAttributes().containsKey("agenda-group") || r.getAttributes().containsKey("ruleflow-group")) {
        out.add(new Problem(file, r.getLine(), "agenda-group and ruleflow-group are not used (rule \"" + r.getName()
            + "\"): order rules by salience and by the findings they match"));
      }
      String id = annotation(r, "id");
      String legal = annotation(r, "legal");
      if (id == null || id.isBlank()) {
        out.add(new Problem(file, r.getLine(), "rule \"" + r.getName() + "\" has no @id(\"…\") metadata"));
      }
      if (legal == null) {
        out.add(new Problem(file, r.getLine(), "rule \"" + r.getName()
            + "\" has no @legal(\"…\") metadata (write @legal(\"\") where no law sets the rule)"));
      }
      rules.add(new RuleInfo(id == null ? "" : id, r.getName(), legal == null ? "" : legal, r.getLine()));
      if (custom) {
        ConstraintCheck.check(file, r, out);
      }
    }
    lexicalScan(file, drl, out);
    out.sort(Comparator.comparingInt(Problem::line));
    return new Result(out, rules, pkg.getName() == null ? "" : pkg.getName());
  }

  /** The deepest nesting of brackets a rule file may have: the DRL parser recurses on each. */
  static final int MAX_NESTING = 64;

  /**
   * The deepest nesting of {@code ( [ {} outside comments and strings, and the offset where it
   * passes {@link #MAX_NESTING}; counted before parsing, so that 20,000 nested parentheses never reach
   * the parser's recursion.
   */
  static int[] deepestNesting(String drl) {
    String code = blankCommentsAndStrings(drl);
    int depth = 0;
    int max = 0;
    int at = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
        if (depth > max) {
          max = depth;
          if (max == MAX_NESTING + 1) {
            at = i;
          }
        }
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      }
    }
    return new int[] {max, at};
  }

  private static String annotation(RuleDescr r, String name) {
    AnnotationDescr a = r.getAnnotation(name);
    return a == null ? null : String.valueOf(a.getSingleValueStripped());
  }

  private static String strip(String s) {
    return s == null ? "" : s.replace("\"", "").trim();
  }

  private static boolean isAllowedImport(String fqcn) {
    int dot = fqcn.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    String pkg = fqcn.substring(0, dot);
    String simple = fqcn.substring(dot + 1);
    if (simple.equals("*")) {
      return pkg.equals("vn.ocop.rules.facts") || pkg.equals("java.math") || pkg.equals("java.time");
    }
    return ALLOWED_PACKAGES.contains(pkg) && !DENIED_IDENTIFIERS.contains(simple)
        && !simple.isEmpty() && Character.isUpperCase(simple.charAt(0));
  }

  private static void lexicalScan(String file, String drl, List<Problem> out) {
    String code = blankCommentsAndStrings(drl);
    String scan = Pattern.compile("(?m)^\\s*(import|package)\\s+[^\\n;]*;?").matcher(code)
        .replaceAll(r -> " ".repeat(r.group().length()));
    Matcher q = QUALIFIED.matcher(scan);
    while (q.find()) {
      String name = q.group().replaceAll("\\s+", "");
      if (!isAllowedQualifiedUse(name)) {
        out.add(new Problem(file, lineOf(drl, q.start()), "qualified name not allowed: " + name + " (column "
            + colOf(drl, q.start()) + ")"));
      }
    }
    Matcher m = IDENT.matcher(scan);
    while (m.find()) {
      if (DENIED_IDENTIFIERS.contains(m.group())) {
        out.add(new Problem(file, lineOf(drl, m.start()), "not allowed in rule files: " + m.group() + " (column "
            + colOf(drl, m.start()) + ")"));
      }
    }
  }

  /** {@code java.math.BigDecimal.valueOf} passes: a prefix is a capitalised member of an allowed package. */
  private static boolean isAllowedQualifiedUse(String name) {
    String[] parts = name.split("\\.");
    StringBuilder prefix = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      String pkg = prefix.toString();
      prefix.append('.').append(parts[i]);
      if (ALLOWED_PACKAGES.contains(pkg) && !parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))
          && !DENIED_IDENTIFIERS.contains(parts[i])) {
        return true;
      }
    }
    return false;
  }

  static String blankCommentsAndStrings(String s) {
    StringBuilder b = new StringBuilder(s);
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
        while (i < n && s.charAt(i) != '\n') {
          b.setCharAt(i++, ' ');
        }
      } else if (c == '#' ) {
        while (i < n && s.charAt(i) != '\n') {
          b.setCharAt(i++, ' ');
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        while (i < n && !(s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/')) {
          if (s.charAt(i) != '\n') {
            b.setCharAt(i, ' ');
          }
          i++;
        }
        if (i < n) {
          b.setCharAt(i++, ' ');
          b.setCharAt(i++, ' ');
        }
      } else if (c == '"' || c == '\'') {
        char quote = c;
        i++;
        while (i < n && s.charAt(i) != quote && s.charAt(i) != '\n') {
          if (s.charAt(i) == '\\' && i + 1 < n) {
            b.setCharAt(i++, ' ');
          }
          b.setCharAt(i++, ' ');
        }
        i++;
      } else {
        i++;
      }
    }
    return b.toString();
  }

  private static int lineOf(String s, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int colOf(String s, int offset) {
    int nl = s.lastIndexOf('\n', offset - 1);
    return offset - nl;
  }
}
