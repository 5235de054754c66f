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
import vn.ocop.cli.report.ProgrammeReports;
import vn.ocop.cli.report.TextReports;
import vn.ocop.law.Instrument;

/**
 * The {@code ocop} command and its subcommands. Exit status: 0 done; 1 {@code rules check} found
 * problems (or an internal error); 2 a user error (bad argument, unreadable or invalid file), with
 * a one-line message naming the file, line/column or JSON path and the problem.
 */
@Command(name = "ocop", mixinStandardHelpOptions = true, version = "ocop 0.1.0-SNAPSHOT",
    description = "Evaluate and rank OCOP products (Mỗi xã một sản phẩm) from a round file.",
    subcommands = {OcopCommand.Evaluate.class, OcopCommand.Explain.class, OcopCommand.Rules.class,
        OcopCommand.CatalogCmd.class, OcopCommand.Report.class, CommandLine.HelpCommand.class})
public final class OcopCommand implements Callable<Integer> {

  /** Exit status of a user error. */
  public static final int USER_ERROR = 2;

  final PolicyProvider provider;
  final PrintWriter out;
  final PrintWriter err;
  final boolean stderrIsTerminal;

  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en",
      description = "Output language: vi (71,50 điểm) or en (71.50 points). Default: from the system locale.")
  String lang;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
  boolean debug;

  OcopCommand(PolicyProvider provider, PrintWriter out, PrintWriter err, boolean stderrIsTerminal) {
    this.provider = provider;
    this.out = out;
    this.err = err;
    this.stderrIsTerminal = stderrIsTerminal;
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
    OcopCommand root = new OcopCommand(provider, out, err, stderrIsTerminal);
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // picocli's own conversions name Java types ("cannot convert … to class java.time.LocalDate")
    cl.registerConverter(LocalDate.class, s -> {
      try {
        return LocalDate.parse(s);
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + s + "' is not a date; write it as yyyy-MM-dd, e.g. 2024-06-05");
      }
    });
    CommandLine.ITypeConverter<Integer> whole = s -> {
      try {
        return Integer.valueOf(s.strip());
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + s + "' is not a whole number"
            + (s.strip().matches("-?\\d+") ? " this command accepts (too large)" : ""));
      }
    };
    cl.registerConverter(Integer.class, whole);
    cl.registerConverter(int.class, whole);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine sub = ex.getCommandLine();
      err.println("ocop: " + oneLine(ex.getMessage()) + " (see '" + sub.getCommandSpec().qualifiedName(" ")
          + " --help' / xem hướng dẫn)");
      if (root.debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return USER_ERROR;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      boolean debug = root.debug;
      int status;
      String message;
      if (ex instanceof InputException || ex instanceof UserException || ex instanceof OutputException) {
        status = USER_ERROR;
        message = ex.getMessage();
      } else if (ex instanceof IllegalArgumentException) {
        // the core's and the rules' exceptions about bad input name the thing at fault
        status = USER_ERROR;
        message = ex.getMessage();
      } else {
        status = 1;
        message = "internal error: " + ex + (debug ? "" : " (run with --debug for the stack trace)");
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
      default -> throw new UserException("--lang must be vi or en, not '" + lang + "'");
    };
  }

  /**
   * Writes the outputs all or none ({@link Outputs}) and says so on standard error ("Đã ghi …: file")
   * for each, {@code what} giving the Vietnamese and English word for each file in order.
   */
  void writeAndTell(Outputs outputs, String... what) {
    List<Path> written = outputs.commit();
    for (int i = 0; i < written.size(); i++) {
      err.println(lang().message("Đã ghi " + what[2 * i] + ": ", what[2 * i + 1] + " written to ") + written.get(i));
    }
  }

  /** The formats of {@code evaluate}'s machine-readable output. */
  enum Format { TABLE, JSON, CSV }

  /** Options shared by {@code evaluate} and {@code explain}. */
  static final class RoundOptions {
    Path rules;
    final List<Path> scores = new ArrayList<>();
    boolean noProgress;
  }

  @Command(name = "evaluate", mixinStandardHelpOptions = true,
      description = "Evaluate a round file: print the ranking, write results and a report.")
  static final class Evaluate implements Callable<Integer> {
    @ParentCommand
    OcopCommand root;

    @Parameters(index = "0", paramLabel = "ROUND", description = "The round file (JSON, ocop-round/1).")
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

    @Override
    public Integer call() {
      Lang lang = root.lang();
      List<Path> inputs = new ArrayList<>(options.value.scores);
      inputs.add(round);
      Outputs outputs = new Outputs(inputs).check("--out", outFile).check("--html", html);
      Evaluator.Evaluation ev = root.evaluate(round, options.value);
      ResultsDocument doc = ev.document();
      String text = switch (format) {
        case TABLE -> TextReports.table(doc, lang);
        case JSON -> ResultsJson.write(doc);
        case CSV -> TextReports.csv(doc, lang);
      };
      List<String> what = new ArrayList<>();
      if (outFile != null) {
        outputs.add("--out", outFile, text);
        what.addAll(List.of("kết quả", "Results"));
      }
      if (html != null) {
        outputs.add("--html", html, HtmlReport.render(doc, lang));
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

  /** Picocli mixin holding {@link RoundOptions}. */
  static final class RoundOptionsMixin {
    final RoundOptions value = new RoundOptions();

    @Option(names = "--rules", paramLabel = "DIR",
        description = "A directory of province rule packs, used with the bundled national packs.")
    void rules(Path dir) {
      value.rules = dir;
    }

    @Option(names = "--scores", paramLabel = "CSV",
        description = "Member scores as CSV (member,product,criterion,option); may be repeated.")
    void scores(Path file) {
      value.scores.add(file);
    }

    @Option(names = "--no-progress", description = "Never draw the progress bar on standard error.")
    void noProgress(boolean b) {
      value.noProgress = b;
    }
  }

  /** Products from which a round counts as large enough for a progress bar. */
  static final int PROGRESS_THRESHOLD = 500;

  Evaluator.Evaluation evaluate(Path round, RoundOptions options) {
    boolean large = false;
    try {
      large = Files.size(round) > PROGRESS_THRESHOLD * 600L;
    } catch (IOException e) {
      // the reader reports a missing file
    }
    Terminal.Progress progress = new Terminal.Progress(err, stderrIsTerminal && large && !options.noProgress);
    return Evaluator.evaluate(round, options.scores, Optional.ofNullable(options.rules), provider, progress);
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Explain one product's outcome: scores, stars, decision and every reason with its legal reference.")
  static final class Explain implements Callable<Integer> {
    @ParentCommand
    OcopCommand root;

    @Parameters(index = "0", paramLabel = "ROUND", description = "The round file.")
    Path round;

    @Parameters(index = "1", paramLabel = "PRODUCT", description = "The product's id (or its exact name).")
    String product;

    @CommandLine.Mixin
    RoundOptionsMixin options;

    @Override
    public Integer call() {
      Lang lang = root.lang();
      ResultsDocument doc = root.evaluate(round, options.value).document();
      ResultsDocument.ProductResultDoc p = doc.products().stream()
          .filter(x -> x.id().equals(product) || x.name().equals(product)).findFirst()
          .orElseThrow(() -> new UserException(round + ": product '" + product + "' is not in the round; its products are "
              + String.join(", ", doc.products().stream().map(ResultsDocument.ProductResultDoc::id).limit(20).toList())
              + (doc.products().size() > 20 ? ", …" : "")));
      root.out.print(TextReports.explain(doc, p, lang));
      root.out.flush();
      return 0;
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with rule packs.",
      subcommands = {Rules.Check.class})
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

      @Parameters(index = "0", paramLabel = "DIR", description = "The pack directory (one sub-directory per pack).")
      Path dir;

      @Override
      public Integer call() {
        OcopCommand root = rules.root;
        if (!Files.isDirectory(dir)) {
          throw new UserException(dir + ": " + (Files.exists(dir) ? "is not a directory" : "no such directory"));
        }
        List<PolicyProvider.Problem> problems = root.provider.check(dir);
        Lang lang = root.lang();
        if (problems.isEmpty()) {
          root.out.println(dir + ": " + lang.message("không có lỗi", "no problems") + " — " + root.provider.describe(dir));
          root.out.flush();
          return 0;
        }
        for (PolicyProvider.Problem p : problems) {
          root.out.println(p);
        }
        root.out.println(problems.size() + (lang == Lang.VI ? " lỗi" : problems.size() == 1 ? " problem" : " problems"));
        root.out.flush();
        return 1;
      }
    }
  }

  @Command(name = "catalog", mixinStandardHelpOptions = true,
      description = "List the product sets, or print one set's scorecard; --html writes a blank score sheet.")
  static final class CatalogCmd implements Callable<Integer> {
    @ParentCommand
    OcopCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SET",
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

    @Override
    public Integer call() {
      Lang lang = root.lang();
      Catalogue catalogue = catalogue();
      if (set == null) {
        if (html != null) {
          throw new UserException("--html needs a product set, e.g. ocop catalog 26-2026/03 --html sheet.html");
        }
        root.out.print(CatalogReports.sets(catalogue, lang));
        root.out.flush();
        return 0;
      }
      ProductSet ps = catalogue.findProductSet(set).orElseThrow(() -> new UserException("no product set '" + set
          + "' in the catalogue of " + catalogue.instrument() + "; run 'ocop catalog' for the list"));
      Optional<Scorecard> card = catalogue.scorecard(ps);
      if (card.isEmpty()) {
        throw new UserException("product set " + ps.code() + " of " + catalogue.instrument()
            + " has no option-level scorecard in the catalogue (it is held at part level: A, B, C)");
      }
      if (html != null) {
        Outputs outputs = new Outputs(List.of());
        outputs.add("--html", html, CatalogReports.blankSheetHtml(card.get(), lang));
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
        throw new UserException("give --instrument or --date, not both");
      }
      String named = instrument;
      if (set != null && set.contains("/")) {
        String prefix = set.substring(0, set.indexOf('/'));
        if (named != null && !Instrument.find(named).equals(Instrument.find(prefix))) {
          throw new UserException("product set '" + set + "' is not of --instrument " + named);
        }
        named = prefix;
      }
      if (named != null) {
        String name = named;
        Instrument i = Instrument.find(name).orElseThrow(() -> new UserException("'" + name
            + "' is not an instrument with a catalogue (26-2026, 148 or 1048)"));
        try {
          return Catalogues.forInstrument(i);
        } catch (IllegalArgumentException e) {
          throw new UserException(e.getMessage(), e);
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
        throw new UserException(e.getMessage(), e);
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
        throw new UserException("--quarter must be 1, 2, 3 or 4, not " + q);
      });
      if (o.year < 2018 || o.year > 2100) {
        throw new UserException("--year " + o.year + ": the OCOP programme began in 2018; give a year from 2018");
      }
      List<Path> inputs = new ArrayList<>(rounds.value.scores);
      inputs.add(o.programme);
      Outputs outputs = new Outputs(inputs).check("--html", o.html);
      ProgrammeReports.Page page = ProgrammeRun.build(root, o.programme,
          Optional.ofNullable(o.province), o.year, quarter, rounds.value);
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
