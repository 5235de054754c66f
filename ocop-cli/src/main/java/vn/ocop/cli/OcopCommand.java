package vn.ocop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.NoCatalogueInForceException;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.io.InputException;
import vn.ocop.io.OutputException;
import vn.ocop.io.Outputs;
import vn.ocop.io.ResultsDocument;
import vn.ocop.io.ResultsJson;
import vn.ocop.cli.report.CatalogReports;
import vn.ocop.cli.report.HtmlReport;
import vn.ocop.cli.report.Lang;
import vn.ocop.rules.LoadOptions;
import vn.ocop.cli.report.ProgrammeReports;
import vn.ocop.cli.report.TextReports;
import vn.ocop.law.Instrument;

/**
 * The {@code ocop} command and its subcommands. Exit status: 0 done; 1 {@code rules check} found
 * problems (or an internal error); 2 a user error (bad argument, unreadable or invalid file), with
 * a one-line message naming the file, line/column or JSON path and the problem.
 */
@Command(name = "ocop", mixinStandardHelpOptions = true, version = "ocop 0.1.0-SNAPSHOT",
    description = "Evaluate and rank OCOP products (Mỗi xã một sản phẩm) from a round file.")
public final class OcopCommand implements Callable<Integer> {

  /**
   * The subcommands, in the order of the usage help. Added by {@link #commandLine} rather than listed in
   * the annotation, so that a run whose first argument names one of them builds picocli's model of that
   * one only (the model of all six, made by reflection at every start, was the largest step of a fresh
   * JVM's main thread: docs/performance.md, "What is left for the command").
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(Evaluate.class, Explain.class, Rules.class,
      CatalogCmd.class, Report.class, CommandLine.HelpCommand.class);

  /**
   * The subcommands a run with {@code args} needs: the one its first argument names (not {@code help},
   * which must see the others), else all of them (usage, {@code --version}, a mistyped command, options
   * before the command).
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args != null && args.length > 0 && !args[0].equals("help")) {
      for (Class<?> c : SUBCOMMANDS) {
        if (c.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(c);
        }
      }
    }
    return SUBCOMMANDS;
  }

  /** Exit status of a user error. */
  public static final int USER_ERROR = 2;

  final PolicyProvider provider;
  final PrintWriter out;
  final PrintWriter err;
  final boolean stderrIsTerminal;
  /** The columns the ranking table may take ({@link Terminal#width}). */
  final int width;
  /** The progress line of this run, once a command has started one. */
  Terminal.Progress progress;

  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en",
      description = "Output language: vi (71,50 điểm) or en (71.50 points). Default: from the system locale.")
  String lang;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
  boolean debug;

  OcopCommand(PolicyProvider provider, PrintWriter out, PrintWriter err, boolean stderrIsTerminal, int width) {
    this.provider = provider;
    this.out = out;
    this.err = err;
    this.stderrIsTerminal = stderrIsTerminal;
    this.width = width;
  }

  /**
   * The {@code ocop} command line with the rule packs of {@code ocop-rules}, printing to {@code out}
   * and {@code err}; stderr is taken not to be a terminal (no progress bar). For running the
   * command in-process, as the tests do: {@code commandLine(out, err).execute(args)} gives the exit
   * status.
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(RulePacks.INSTANCE, out, err, false);
  }

  /**
   * A command line for {@code ocop} that prints to {@code out} and {@code err}, with its error
   * handling in place: user errors exit 2 with one line, anything else 1.
   */
  public static CommandLine commandLine(PolicyProvider provider, PrintWriter out, PrintWriter err, boolean stderrIsTerminal) {
    return commandLine(provider, out, err, stderrIsTerminal, TextReports.DEFAULT_WIDTH);
  }

  /**
   * As {@link #commandLine(PolicyProvider, PrintWriter, PrintWriter, boolean)}, the ranking table laid
   * out for a terminal of {@code width} columns. Help is printed in the language of {@code --lang} (or
   * of the system locale), from the resource bundle {@code vn.ocop.cli.Help}. A run that runs out of
   * memory ends with one line that says how to give Java more.
   */
  public static CommandLine commandLine(PolicyProvider provider, PrintWriter out, PrintWriter err, boolean stderrIsTerminal,
      int width) {
    return commandLine(provider, out, err, stderrIsTerminal, width, null);
  }

  /**
   * As {@link #commandLine(PolicyProvider, PrintWriter, PrintWriter, boolean, int)}, for running
   * {@code args} only: when the first argument names a subcommand other than {@code help}, only that
   * subcommand is modelled, which saves a fresh JVM building the others; it prints and exits exactly as
   * the full command line does for those arguments ({@code SubcommandForArgumentsTest}).
   *
   * @param provider the rule packs
   * @param out where the command prints its results
   * @param err where the command prints its errors
   * @param stderrIsTerminal whether {@code err} is a terminal (progress is shown there)
   * @param width the columns the ranking table may take
   * @param arguments the arguments the command line will execute, or null for the full command line
   * @return the command line
   */
  public static CommandLine commandLine(PolicyProvider provider, PrintWriter out, PrintWriter err, boolean stderrIsTerminal,
      int width, String[] arguments) {
    OcopCommand root = new OcopCommand(provider, out, err, stderrIsTerminal, width);
    CommandLine cl = new CommandLine(root);
    // before any setting below: picocli applies them to the subcommands present when they are set
    for (Class<?> c : subcommandsFor(arguments)) {
      cl.addSubcommand(c);
    }
    cl.setResourceBundle(Help.bundle(Lang.fromSystem()));
    cl.setExecutionStrategy(parseResult -> {
      Lang chosen;
      try {
        chosen = root.lang();
      } catch (UserException e) {
        chosen = Lang.fromSystem();
      }
      cl.setResourceBundle(Help.bundle(chosen));
      try {
        return new CommandLine.RunLast().execute(parseResult);
      } catch (OutOfMemoryError e) {
        root.closeProgress();
        err.println("ocop: " + outOfMemory(Runtime.getRuntime().maxMemory(), chosen));
        if (root.debug) {
          e.printStackTrace(err);
        }
        err.flush();
        return 1;
      } finally {
        root.closeProgress();
      }
    });
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // picocli's own conversions name Java types ("cannot convert … to class java.time.LocalDate")
    cl.registerConverter(LocalDate.class, s -> {
      try {
        return LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(UserException.message("arg-date", s).toString());
      }
    });
    CommandLine.ITypeConverter<Integer> whole = s -> {
      try {
        return Integer.valueOf(s.strip());
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException(UserException.message(
            s.strip().matches("-?\\d+") ? "arg-whole-too-large" : "arg-whole", s).toString());
      }
    };
    cl.registerConverter(Integer.class, whole);
    cl.registerConverter(int.class, whole);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine sub = ex.getCommandLine();
      err.println("ocop: " + UserException.message("see-help", ArgumentMessages.of(oneLine(ex.getMessage())),
          sub.getCommandSpec().qualifiedName(" ")).text(language(root, args)));
      if (root.debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return USER_ERROR;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      root.closeProgress();
      boolean debug = root.debug;
      int status;
      String message;
      java.util.Locale locale = language(root);
      if (ex instanceof InputException ie) {
        status = USER_ERROR;
        message = ie.getMessage(locale);
      } else if (ex instanceof OutputException oe) {
        status = USER_ERROR;
        message = oe.getMessage(locale);
      } else if (ex instanceof UserException ue) {
        status = USER_ERROR;
        message = ue.message().text(locale);
      } else if (ex instanceof IllegalArgumentException) {
        // the core's and the rules' exceptions about bad input name the thing at fault
        status = USER_ERROR;
        message = vn.ocop.io.Message.describe(String.valueOf(ex.getMessage())).text(locale);
      } else {
        status = 1;
        message = UserException.message(debug ? "internal-debug" : "internal", ex).text(locale);
      }
      err.println("ocop: " + oneLine(message));
      if (debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return status;
    });
    return cl;
  }

  /**
   * The one line printed when Java runs out of memory: how much it had and how to give it more, with
   * the {@code ./ocop} script ({@code OCOP_JAVA_OPTS}) or with {@code java -jar}.
   */
  static String outOfMemory(long maxHeapBytes, Lang lang) {
    long mb = maxHeapBytes / (1024 * 1024);
    long suggest = Math.max(2, (mb * 2 + 1023) / 1024);
    return lang.message("không đủ bộ nhớ cho đợt đánh giá này (Java được dùng tối đa " + mb + " MB); chạy lại với "
        + "OCOP_JAVA_OPTS=-Xmx" + suggest + "g ./ocop … (hoặc java -Xmx" + suggest + "g -jar ocop-cli-…-all.jar …)",
        "not enough memory for this round (Java may use at most " + mb + " MB); run again with OCOP_JAVA_OPTS=-Xmx"
            + suggest + "g ./ocop … (or java -Xmx" + suggest + "g -jar ocop-cli-…-all.jar …)");
  }

  /** Erases and stops the progress line, if a command started one. */
  void closeProgress() {
    if (progress != null) {
      progress.close();
    }
  }

  /** The language of {@code --lang} for a message, or the system's when {@code --lang} is missing or wrong. */
  private static java.util.Locale language(OcopCommand root) {
    try {
      return root.lang().locale();
    } catch (UserException e) {
      return Lang.fromSystem().locale();
    }
  }

  /**
   * The language for an error in the command line itself: picocli stops at the first bad argument, so
   * a {@code --lang} after it is not parsed yet and is looked for in the raw arguments.
   */
  private static java.util.Locale language(OcopCommand root, String[] args) {
    if (root.lang == null && args != null) {
      for (int i = 0; i < args.length; i++) {
        String value = args[i].startsWith("--lang=") ? args[i].substring(7)
            : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
        if ("vi".equalsIgnoreCase(value)) {
          return Lang.VI.locale();
        }
        if ("en".equalsIgnoreCase(value)) {
          return Lang.EN.locale();
        }
      }
    }
    return language(root);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ");
  }

  @Override
  public Integer call() {
    new CommandLine(this).usage(out);
    return USER_ERROR;
  }

  Lang lang() {
    if (lang == null) {
      return Lang.fromSystem();
    }
    return switch (lang.toLowerCase(java.util.Locale.ROOT)) {
      case "vi" -> Lang.VI;
      case "en" -> Lang.EN;
      default -> throw UserException.of("lang", lang);
    };
  }

  /**
   * Writes the outputs all or none ({@link Outputs}) and says so on standard error ("Đã ghi …: file")
   * for each, {@code what} giving the Vietnamese and English word for each file in order.
   */
  void writeAndTell(Outputs outputs, String... what) {
    if (progress != null) {
      progress.step(lang().message("đang ghi", "writing") + " " + String.join(", ",
          java.util.stream.IntStream.range(0, what.length / 2).mapToObj(i -> lang().message(what[2 * i], what[2 * i + 1]))
              .toList()).toLowerCase(lang().locale()));
    }
    List<Path> written = outputs.commit();
    closeProgress();
    for (int i = 0; i < written.size(); i++) {
      err.println(lang().message("Đã ghi " + what[2 * i] + ": ", what[2 * i + 1] + " written to ") + written.get(i));
    }
  }

  /** The formats of {@code evaluate}'s machine-readable output. */
  enum Format { TABLE, JSON, CSV }

  /** The trust a command's {@code --allow-custom-rules} and {@code --allow-national-override} give a pack directory. */
  static LoadOptions loadOptions(boolean allowCustomRules, boolean allowNationalOverride) {
    LoadOptions o = LoadOptions.defaults();
    if (allowCustomRules) {
      o = o.allowCustomRules();
    }
    return allowNationalOverride ? o.allowNationalOverride() : o;
  }

  /**
   * The trust {@code rules check}, {@code rules test} and {@code rules diff} give their pack directories
   * (docs/rules.md, "Trust boundary"; help texts under the keys {@code allow-custom-rules} and {@code
   * allow-national-override}).
   */
  static final class TrustOptions {
    @Option(names = "--allow-national-override",
        description = "Accept national packs in the directory (they replace the bundled ones; every outcome says so).")
    boolean allowNationalOverride;

    @Option(names = "--allow-custom-rules",
        description = "Accept and check .drl rule files (custom rules); without them they are refused.")
    boolean allowCustomRules;

    LoadOptions loadOptions() {
      return OcopCommand.loadOptions(allowCustomRules, allowNationalOverride);
    }
  }

  /** "3 lỗi" / "3 problems", the last line of {@code rules check} and of a broken pack under {@code rules test}. */
  static String problemCount(int n, Lang lang) {
    return n + (lang == Lang.VI ? " lỗi" : n == 1 ? " problem" : " problems");
  }

  /** Options shared by {@code evaluate} and {@code explain}. */
  static final class RoundOptions {
    Path rules;
    boolean allowNationalOverride;
    boolean allowCustomRules;

    /** The trust the options give the --rules directory. */
    LoadOptions loadOptions() {
      return OcopCommand.loadOptions(allowCustomRules, allowNationalOverride);
    }
    final List<Path> scores = new ArrayList<>();
    boolean noProgress;
  }

  @Command(name = "evaluate", mixinStandardHelpOptions = true,
      description = "Evaluate a round file: print the ranking, write results and a report.")
  static final class Evaluate implements Callable<Integer> {
    @ParentCommand
    OcopCommand root;

    @Parameters(index = "0", paramLabel = "ROUND", descriptionKey = "ROUND",
        description = "The round file (JSON, ocop-round/1).")
    Path round;

    @CommandLine.Mixin
    RoundOptionsMixin options;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
    Path outFile;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the HTML report to FILE.")
    Path html;

    @Option(names = "--html-cards", paramLabel = "N|all", defaultValue = "" + HtmlReport.DEFAULT_CARDS,
        converter = CardsConverter.class,
        description = "Print the cards of at most N products in the HTML report, in rank order (default: ${DEFAULT-VALUE});"
            + " the summary and the whole ranking are always printed. 'all' prints every card.")
    int htmlCards;

    @Override
    public Integer call() {
      Lang lang = root.lang();
      List<Path> inputs = new ArrayList<>(options.value.scores);
      inputs.add(round);
      Outputs outputs = new Outputs(inputs).check("--out", outFile).check("--html", html);
      Evaluator.Evaluation ev = root.evaluate(round, options.value);
      ResultsDocument doc = ev.document();
      // JSON into a file is written straight to it (a national round's results are tens of megabytes)
      boolean stream = format == Format.JSON && outFile != null;
      String text = stream ? null : switch (format) {
        case TABLE -> TextReports.table(doc, lang, root.width);
        case JSON -> ResultsJson.write(doc);
        case CSV -> TextReports.csv(doc, lang);
      };
      List<String> what = new ArrayList<>();
      if (outFile != null) {
        if (stream) {
          outputs.add("--out", outFile, out -> ResultsJson.write(doc, out));
        } else {
          outputs.add("--out", outFile, text);
        }
        what.addAll(List.of("kết quả", "Results"));
      }
      if (html != null) {
        root.progress.step(lang.message("đang lập báo cáo HTML", "writing the HTML report"));
        outputs.add("--html", html, HtmlReport.render(doc, lang, ev.loaded().round().council(), java.time.LocalDate.now(),
            htmlCards));
        what.addAll(List.of("báo cáo", "Report"));
      }
      root.writeAndTell(outputs, what.toArray(String[]::new));
      if (outFile == null) {
        root.out.print(text);
      }
      root.out.flush();
      root.err.flush();
      return 0;
    }
  }

  /** {@code --html-cards}: a number of cards (0 or more) or {@code all}. */
  static final class CardsConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      if (value.equals("all")) {
        return Integer.MAX_VALUE;
      }
      try {
        int n = Integer.parseInt(value);
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // said below
      }
      throw new CommandLine.TypeConversionException(UserException.message("arg-cards", value).toString());
    }
  }

  /** Picocli mixin holding {@link RoundOptions}. */
  static final class RoundOptionsMixin {
    final RoundOptions value = new RoundOptions();

    @Option(names = "--rules", paramLabel = "DIR",
        description = "A directory of province rule packs, used with the bundled national packs.")
    void rules(Path dir) {
      value.rules = dir;
    }

    @Option(names = "--allow-national-override",
        description = "Let the --rules directory hold national packs that replace the bundled ones; every outcome then"
            + " says which national pack was replaced and by what.")
    void allowNationalOverride(boolean b) {
      value.allowNationalOverride = b;
    }

    @Option(names = "--allow-custom-rules",
        description = "Accept .drl rule files in the --rules directory (custom rules, checked on their compiled code"
            + " against an allow-list and run within limits; see docs/rules.md, Trust boundary). Without it a"
            + " directory's packs are data: pack.properties only.")
    void allowCustomRules(boolean b) {
      value.allowCustomRules = b;
    }

    @Option(names = "--scores", paramLabel = "CSV",
        description = "Member scores as CSV (member,product,criterion,option); may be repeated.")
    void scores(Path file) {
      value.scores.add(file);
    }

    @Option(names = "--no-progress", description = "Never draw the progress line on standard error.")
    void noProgress(boolean b) {
      value.noProgress = b;
    }
  }

  /**
   * Reads, scores and decides a round, showing progress on standard error when it is a terminal
   * (and {@code --no-progress} is not given).
   */
  Evaluator.Evaluation evaluate(Path round, RoundOptions options) {
    if (progress == null) {
      progress = new Terminal.Progress(err, stderrIsTerminal && !options.noProgress, width);
    }
    if (options.allowNationalOverride && options.rules == null) {
      throw UserException.of("override-needs-rules");
    }
    Evaluator.Evaluation ev = Evaluator.evaluate(round, options.scores, Optional.ofNullable(options.rules),
        options.loadOptions(), provider, progress, lang());
    warnOverride(ev.document());
    return ev;
  }

  /** Says on standard error, once per replaced pack, that national law was replaced (the reasons say it per product). */
  void warnOverride(ResultsDocument doc) {
    Lang lang = lang();
    doc.products().stream().flatMap(p -> p.reasons().stream())
        .filter(r -> r.ruleId().equals(vn.ocop.rules.RuleBook.NATIONAL_OVERRIDE_RULE_ID))
        .map(r -> lang == Lang.VI ? r.messageVi() : r.messageEn()).distinct()
        .forEach(m -> err.println("ocop: " + m));
    err.flush();
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Explain one product's outcome: scores, stars, decision and every reason with its legal reference.")
  static final class Explain implements Callable<Integer> {
    @ParentCommand
    OcopCommand root;

    @Parameters(index = "0", paramLabel = "ROUND", descriptionKey = "ROUND",
        description = "The round file.")
    Path round;

    @Parameters(index = "1", paramLabel = "PRODUCT", descriptionKey = "PRODUCT",
        description = "The product's id (or its exact name).")
    String product;

    @CommandLine.Mixin
    RoundOptionsMixin options;

    @Override
    public Integer call() {
      Lang lang = root.lang();
      Evaluator.Evaluation ev = root.evaluate(round, options.value);
      ResultsDocument doc = ev.document();
      ResultsDocument.ProductResultDoc p = doc.products().stream()
          .filter(x -> x.id().equals(product) || x.name().equals(product)).findFirst()
          .orElseThrow(() -> UserException.of("product-not-in-round", round, product,
              String.join(", ", doc.products().stream().map(ResultsDocument.ProductResultDoc::id).limit(20).toList())
              + (doc.products().size() > 20 ? ", …" : "")));
      root.out.print(TextReports.explain(doc, p, lang, ev.loaded().round().council()));
      root.out.flush();
      return 0;
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with rule packs.",
      subcommands = {Rules.Check.class, Rules.Test.class, Rules.Diff.class})
  static final class Rules implements Callable<Integer> {
    @ParentCommand
    OcopCommand root;

    @Override
    public Integer call() {
      new CommandLine(this).usage(root.out);
      return USER_ERROR;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a directory of rule packs; list every problem with file and line; exit 1 on problems.")
    static final class Check implements Callable<Integer> {
      @ParentCommand
      Rules rules;

      @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "DIR",
        description = "The pack directory (one sub-directory per pack).")
      Path dir;

      @CommandLine.Mixin
      TrustOptions trust;

      @Override
      public Integer call() {
        OcopCommand root = rules.root;
        if (!Files.isDirectory(dir)) {
          throw UserException.of(Files.exists(dir) ? "not-a-directory" : "no-directory", dir);
        }
        List<PolicyProvider.Problem> problems = root.provider.check(dir, trust.loadOptions());
        Lang lang = root.lang();
        if (problems.isEmpty()) {
          root.out.println(dir + ": " + lang.message("không có lỗi", "no problems") + " — " + root.provider.describe(dir, trust.loadOptions()));
          root.out.flush();
          return 0;
        }
        for (PolicyProvider.Problem p : problems) {
          root.out.println(p);
        }
        root.out.println(problemCount(problems.size(), lang));
        root.out.flush();
        return 1;
      }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the test cases every pack under DIR keeps in tests/*.properties, against the packs in force"
            + " (bundled national packs + DIR); exit 0 all pass, 1 failures, 2 a bad pack or test file.")
    static final class Test implements Callable<Integer> {
      @ParentCommand
      Rules rules;

      @Parameters(index = "0", paramLabel = "DIR", description = "The pack directory (one sub-directory per pack).")
      Path dir;

      @CommandLine.Mixin
      TrustOptions trust;

      @Override
      public Integer call() {
        OcopCommand root = rules.root;
        Lang lang = root.lang();
        if (!Files.isDirectory(dir)) {
          throw UserException.of(Files.exists(dir) ? "not-a-directory" : "no-directory", dir);
        }
        List<vn.ocop.rules.PackTests.Result> results;
        try {
          results = vn.ocop.rules.PackTests.run(vn.ocop.rules.RuleBooks.bundledWith(dir, trust.loadOptions()), dir);
        } catch (vn.ocop.rules.RulePackException e) {
          e.problems().forEach(p -> root.out.println(p));
          root.out.println(problemCount(e.problems().size(), lang));
          root.out.flush();
          return USER_ERROR;
        }
        if (results.isEmpty()) {
          root.out.println(dir + ": " + lang.message("không có ca kiểm thử nào (tests/*.properties cạnh pack.properties)",
              "no test cases (tests/*.properties beside a pack.properties)"));
          root.out.flush();
          return USER_ERROR;
        }
        long failed = 0;
        for (vn.ocop.rules.PackTests.Result r : results) {
          root.out.println((r.passed() ? "PASS " : "FAIL ") + r.file() + " [" + r.pack() + "] " + r.description());
          for (String f : r.failures()) {
            root.out.println("  " + f);
          }
          failed += r.passed() ? 0 : 1;
        }
        root.out.println(lang.message((results.size() - failed) + " đạt, " + failed + " không đạt",
            (results.size() - failed) + " passed, " + failed + " failed"));
        root.out.flush();
        return failed == 0 ? 0 : 1;
      }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Evaluate a round under two pack sets — the bundled packs (or --against DIR) and --rules DIR — and show"
            + " which products change stars, decision or forward level, and why.")
    static final class Diff implements Callable<Integer> {
      @ParentCommand
      Rules rules;

      @Parameters(index = "0", paramLabel = "ROUND", description = "The round file (JSON, ocop-round/1).")
      Path round;

      @Option(names = "--rules", required = true, paramLabel = "DIR", description = "The draft packs (used with the bundled ones).")
      Path draft;

      @Option(names = "--against", paramLabel = "DIR", description = "Compare with these packs (with the bundled ones) instead of"
          + " the bundled packs alone.")
      Path against;

      @CommandLine.Mixin
      TrustOptions trust;

      @Option(names = "--scores", paramLabel = "CSV", description = "Member scores as CSV; may be repeated.")
      List<Path> scores = new ArrayList<>();

      @Option(names = "--json", paramLabel = "FILE", description = "Also write the diff as JSON (ocop-rules-diff/1) to FILE.")
      Path json;

      @Option(names = "--html", paramLabel = "FILE", description = "Also write the diff as an HTML page to FILE.")
      Path html;

      @Override
      public Integer call() {
        OcopCommand root = rules.root;
        Lang lang = root.lang();
        List<Path> inputs = new ArrayList<>(scores);
        inputs.add(round);
        Outputs outputs = new Outputs(inputs).check("--json", json).check("--html", html);
        Terminal.Progress quiet = new Terminal.Progress(root.err, false);
        ResultsDocument before = Evaluator.evaluate(round, scores, Optional.ofNullable(against), trust.loadOptions(),
            root.provider, quiet, lang).document();
        ResultsDocument after = Evaluator.evaluate(round, scores, Optional.of(draft), trust.loadOptions(),
            root.provider, quiet, lang).document();
        RulesDiff.Diff d = RulesDiff.diff(before, after);
        List<String> what = new ArrayList<>();
        if (json != null) {
          outputs.add("--json", json, RulesDiff.json(d));
          what.addAll(List.of("so sánh (JSON)", "Diff (JSON)"));
        }
        if (html != null) {
          outputs.add("--html", html, RulesDiff.html(d, lang));
          what.addAll(List.of("so sánh (HTML)", "Diff (HTML)"));
        }
        root.writeAndTell(outputs, what.toArray(String[]::new));
        root.out.print(RulesDiff.text(d, lang));
        root.out.flush();
        root.err.flush();
        return 0;
      }
    }
  }

  @Command(name = "catalog", mixinStandardHelpOptions = true,
      description = "List the product sets, or print one set's scorecard; --html writes a blank score sheet.")
  static final class CatalogCmd implements Callable<Integer> {
    @ParentCommand
    OcopCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SET", descriptionKey = "SET",
        description = "A product set, e.g. 26-2026/03, 148/03 or 03 (of the catalogue chosen by --instrument or --date).")
    String set;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd",
        description = "Use the catalogue in force on this date (default: today).")
    LocalDate date;

    @Option(names = "--instrument", paramLabel = "INSTRUMENT",
        description = "Use the catalogue of this instrument: 26-2026, 148 or 1048 (default: the one in force today, or on --date).")
    String instrument;

    @Option(names = "--html", paramLabel = "FILE", description = "Write a blank score sheet of SET to FILE.")
    Path html;

    @Option(names = "--interactive", description = "With --html: a sheet to fill in on screen (offline) that exports "
        + "the scores CSV of 'ocop evaluate --scores'.")
    boolean interactive;

    @Override
    public Integer call() {
      Lang lang = root.lang();
      Catalogue catalogue = catalogue();
      if (set == null) {
        if (html != null) {
          throw UserException.of("html-needs-set");
        }
        root.out.print(CatalogReports.sets(catalogue, lang));
        root.out.flush();
        return 0;
      }
      ProductSet ps = catalogue.findProductSet(set).orElseThrow(() -> UserException.of("no-set", set,
          catalogue.instrument()));
      Optional<Scorecard> card = catalogue.scorecard(ps);
      if (card.isEmpty()) {
        throw UserException.of("set-part-level", ps.code(), catalogue.instrument());
      }
      if (interactive && html == null) {
        throw UserException.of("interactive-needs-html", set);
      }
      if (html != null) {
        Outputs outputs = new Outputs(List.of());
        outputs.add("--html", html, interactive ? vn.ocop.cli.report.InteractiveSheet.html(card.get(), lang)
            : CatalogReports.blankSheetHtml(card.get(), lang));
        root.writeAndTell(outputs, "phiếu đánh giá", "Score sheet");
      } else {
        root.out.print(CatalogReports.scorecard(card.get(), lang));
      }
      root.out.flush();
      root.err.flush();
      return 0;
    }

    private Catalogue catalogue() {
      if (instrument != null && date != null) {
        throw UserException.of("instrument-or-date");
      }
      String named = instrument;
      if (set != null && set.contains("/")) {
        String prefix = set.substring(0, set.indexOf('/'));
        if (named != null && !Instrument.find(named).equals(Instrument.find(prefix))) {
          throw UserException.of("set-not-of-instrument", set, named);
        }
        named = prefix;
      }
      if (named != null) {
        String name = named;
        Instrument i = Instrument.find(name).orElseThrow(() -> UserException.of("no-instrument", name));
        try {
          return Catalogues.forInstrument(i);
        } catch (IllegalArgumentException e) {
          throw UserException.withCause(e, "core", vn.ocop.io.Message.describe(e.getMessage()));
        }
      }
      return inForceOn(date == null ? LocalDate.now() : date);
    }

    /**
     * The catalogue for a dossier filed on {@code day} ({@link Catalogues#inForceOn}): 26/2026 from
     * 22/05/2026, 148 from 24/02/2023, 1048 before. For listing and printing blank sheets only; a round's
     * catalogue is chosen by the scoring (its date and, across a change of law, the dossier's filing date).
     */
    private static Catalogue inForceOn(LocalDate day) {
      try {
        return Catalogues.inForceOn(day);
      } catch (NoCatalogueInForceException e) {
        throw UserException.withCause(e, "core", vn.ocop.io.Message.describe(e.getMessage()));
      }
    }
  }

  @Command(name = "report", mixinStandardHelpOptions = true,
      description = "Quarterly or yearly programme report: progress on targets, certificates, money, awards.",
      subcommands = {Report.Quarterly.class, Report.Yearly.class})
  static final class Report implements Callable<Integer> {
    @ParentCommand
    OcopCommand root;

    @Override
    public Integer call() {
      new CommandLine(this).usage(root.out);
      return USER_ERROR;
    }

    /** Options shared by {@code quarterly} and {@code yearly}. */
    static final class ReportOptions {
      @Option(names = "--programme", required = true, paramLabel = "FILE",
          description = "The programme file (JSON, ocop-programme/1).")
      Path programme;

      @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year reported on.")
      int year;

      @Option(names = "--province", paramLabel = "SLUG",
          description = "The province reported on (default: the programme file's province).")
      String province;

      @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as an HTML page to FILE.")
      Path html;
    }

    int run(ReportOptions o, RoundOptionsMixin rounds, Optional<Integer> quarter) {
      Lang lang = root.lang();
      quarter.filter(q -> q < 1 || q > 4).ifPresent(q -> {
        throw UserException.of("quarter", q);
      });
      if (o.year < 2018 || o.year > 2100) {
        throw UserException.of("year", o.year);
      }
      List<Path> inputs = new ArrayList<>(rounds.value.scores);
      inputs.add(o.programme);
      Outputs outputs = new Outputs(inputs).check("--html", o.html);
      ProgrammeReports.Page page = ProgrammeRun.build(root, o.programme,
          Optional.ofNullable(o.province), o.year, quarter, rounds.value, outputs);
      root.out.print(TextReports.printable(ProgrammeReports.text(page, lang)));
      if (o.html != null) {
        outputs.add("--html", o.html, ProgrammeReports.html(page, lang));
        root.writeAndTell(outputs, "báo cáo", "Report");
      }
      root.out.flush();
      root.err.flush();
      return 0;
    }

    @Command(name = "quarterly", mixinStandardHelpOptions = true, description = "The report for one quarter.")
    static final class Quarterly implements Callable<Integer> {
      @ParentCommand
      Report report;

      @CommandLine.Mixin
      ReportOptions options;

      @CommandLine.Mixin
      RoundOptionsMixin rounds;

      @Option(names = "--quarter", required = true, paramLabel = "Q", description = "The quarter, 1 to 4.")
      int quarter;

      @Override
      public Integer call() {
        return report.run(options, rounds, Optional.of(quarter));
      }
    }

    @Command(name = "yearly", mixinStandardHelpOptions = true, description = "The report for one year.")
    static final class Yearly implements Callable<Integer> {
      @ParentCommand
      Report report;

      @CommandLine.Mixin
      ReportOptions options;

      @CommandLine.Mixin
      RoundOptionsMixin rounds;

      @Override
      public Integer call() {
        return report.run(options, rounds, Optional.empty());
      }
    }
  }
}
