package vn.ocop.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.ocop.NullArgumentException;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.law.ApplicableLaw;
import vn.ocop.law.DossierKind;
import vn.ocop.law.Instrument;
import vn.ocop.law.LawInForce;
import vn.ocop.law.LawNotApplicableException;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/**
 * The rule packs a host evaluates with, and the choice among them by province and date. Immutable
 * and thread-safe; itself an {@link EvaluationPolicy} that picks, for each round, the packs in force:
 *
 * <pre>{@code
 * RoundResult result = Ocop.evaluate(round, RuleBooks.bundled());
 * // or, with a province's own packs from a directory (they replace bundled packs of the same id):
 * RuleBooks books = RuleBooks.bundledWith(Path.of("/srv/ocop/packs")).validate();
 * RuleBook book = books.forRound(round);
 * }</pre>
 *
 * <p><b>Resolution.</b> For each product: the national pack of the procedure that judges it
 * ({@link Round#law}: 1048 from 21/08/2019 to 23/02/2023; 148 from 24/02/2023 to 30/06/2025; 1489, on
 * top of 148, from 06/07/2025 to 21/07/2026; 26/2026 for dossiers filed from 22/05/2026, and for every
 * dossier evaluated after 21/07/2026 — Decision 26/2026/QĐ-TTg, Articles 11 and 12), its base packs
 * ({@code extends}), then every pack of the round's province in force on the council date, ordered by
 * id. A date no national pack covers is an error naming the nearest packs.
 *
 * <p><b>The two-tier reform gap.</b> Districts were abolished on 1 July 2025 and Decision 1489/QĐ-TTg,
 * which moved 3★ certification to the province, came into force on 6 July 2025. Between them the
 * procedure of Decision 148 could not be carried out (it needs district councils for 3★), so a round
 * dated 1–5 July 2025 is an error that says so, and any district round dated on or after 1 July 2025 is
 * an error saying that districts no longer exist.
 *
 * <p>A null argument to any method is a {@link NullArgumentException} naming it.
 *
 * @since 0.1.0
 */
public final class RuleBooks implements EvaluationPolicy {

  /** The day districts were abolished (two-tier local government). */
  static final LocalDate TWO_TIER_REFORM = LocalDate.of(2025, 7, 1);

  private static volatile RuleBooks bundled;

  private final List<RulePack> packs;
  private final String origin;
  private final LoadOptions options;

  private RuleBooks(List<RulePack> packs, String origin) {
    this(packs, origin, new ArrayList<>(), LoadOptions.defaults());
  }

  private RuleBooks(List<RulePack> packs, String origin, List<Problem> problems, LoadOptions options) {
    PackLoader.checkSet(packs, problems);
    PackLoader.throwIfAny(problems);
    this.packs = List.copyOf(packs);
    this.origin = origin;
    this.options = options;
  }

  /**
   * The packs bundled with the library: {@code national/1048}, {@code national/148}, {@code
   * national/1489} and the province packs.
   *
   * @return the bundled packs, loaded once and shared
   */
  public static RuleBooks bundled() {
    RuleBooks b = bundled;
    if (b == null) {
      synchronized (RuleBooks.class) {
        if (bundled == null) {
          bundled = new RuleBooks(PackLoader.bundled(), "bundled packs");
        }
        b = bundled;
      }
    }
    return b;
  }

  /**
   * Only the packs under {@code dir} (each a directory with a {@code pack.properties}).
   *
   * @param dir the directory holding the packs, one subdirectory with a pack.properties per pack
   * @return the packs of {@code dir} alone, loaded with {@link LoadOptions#defaults()}
   * @throws RulePackException with every problem found in the manifests and the sandbox checks
   */
  public static RuleBooks directory(Path dir) {
    return directory(dir, LoadOptions.defaults());
  }

  /**
   * Only the packs under {@code dir}, loaded with {@code options}: custom DRL in them is refused unless
   * {@link LoadOptions#allowCustomRules()}, and every book evaluates within {@link LoadOptions#limits()}.
   *
   * @param dir the directory holding the packs, one subdirectory with a pack.properties per pack
   * @param options how to load the packs: custom rules, national override, execution limits
   * @return the packs of {@code dir} alone
   * @throws RulePackException with every problem found in the manifests, the files and the checks
   * @since 0.3
   */
  public static RuleBooks directory(Path dir, LoadOptions options) {
    NullArgumentException.check(dir, "dir");
    NullArgumentException.check(options, "options");
    List<Problem> problems = new ArrayList<>();
    List<RulePack> own = PackLoader.directory(dir, options, problems);
    return new RuleBooks(own, dir.toString(), problems, options);
  }

  /**
   * The bundled packs, with the packs under {@code dir} added; a pack in {@code dir} replaces every
   * bundled version of the same id. This is how a province edits its own pack. The directory may
   * hold province packs only: a national pack (kind {@code national}) is an error, so that a
   * directory cannot replace or weaken national law silently; see {@link #bundledWith(Path, LoadOptions)}.
   *
   * @param dir the directory of the province's packs
   * @return the bundled packs with those of {@code dir}, loaded with {@link LoadOptions#defaults()}
   * @throws RulePackException with every problem found in the manifests and the sandbox checks
   */
  public static RuleBooks bundledWith(Path dir) {
    return bundledWith(dir, LoadOptions.defaults());
  }

  /**
   * The bundled packs with the packs under {@code dir} added, loaded with {@code options}: a
   * directory's {@code .drl} files are refused unless {@link LoadOptions#allowCustomRules()} (its
   * manifests' parameters and {@code removes} are always read, and data-only packs use the bundled
   * generic rules); a directory's national pack is refused unless {@link
   * LoadOptions#allowNationalOverride()}, and then every outcome decided with it carries a reason
   * {@link RuleBook#NATIONAL_OVERRIDE_RULE_ID} naming the national pack replaced and by what (id,
   * version, directory); every book evaluates within {@link LoadOptions#limits()}.
   *
   * @param dir the directory of the host's packs
   * @param options how to load the packs: custom rules, national override, execution limits
   * @return the bundled packs with those of {@code dir}
   * @throws RulePackException with every problem found in the manifests, the files and the checks;
   *     without the national opt-in, one problem per national pack of the directory, on its {@code
   *     kind} line
   * @since 0.3
   */
  public static RuleBooks bundledWith(Path dir, LoadOptions options) {
    NullArgumentException.check(dir, "dir");
    NullArgumentException.check(options, "options");
    List<Problem> problems = new ArrayList<>();
    List<RulePack> own = new ArrayList<>(PackLoader.directory(dir, options, problems));
    guardNational(dir, own, options, problems);
    Set<String> ids = own.stream().map(RulePack::id).collect(Collectors.toSet());
    List<RulePack> all = new ArrayList<>(bundled().packs.stream().filter(p -> !ids.contains(p.id())).toList());
    all.addAll(own);
    return new RuleBooks(all, "bundled packs + " + dir, problems, options);
  }

  /**
   * Refuses a directory's national packs unless {@code options} allow it; when they do, marks each
   * as replacing the bundled pack of its id, so that its outcomes say so.
   */
  private static void guardNational(Path dir, List<RulePack> own, LoadOptions options, List<Problem> problems) {
    for (int i = 0; i < own.size(); i++) {
      RulePack p = own.get(i);
      if (p.kind() != PackKind.NATIONAL) {
        continue;
      }
      String bundledVersions = bundled().packs.stream().filter(b -> b.id().equals(p.id()))
          .map(RulePack::ref).collect(Collectors.joining(", "));
      if (!options.nationalOverrideAllowed()) {
        problems.add(new Problem(p.manifestFile(), p.line("kind") > 0 ? p.line("kind") : p.line("id"), "pack " + p.ref()
            + " is a national pack" + (bundledVersions.isEmpty() ? "" : " and would replace the bundled " + bundledVersions)
            + ": a directory of packs may not replace or add national law unless the host opts in"
            + " (--allow-national-override, LoadOptions.allowNationalOverride())"));
      } else {
        own.set(i, p.overriding((bundledVersions.isEmpty() ? "adds national pack " : "replaces bundled " + bundledVersions
            + " with ") + p.ref() + " from directory " + dir,
            (bundledVersions.isEmpty() ? "thêm gói quốc gia " : "thay gói đi kèm " + bundledVersions + " bằng ")
                + p.ref() + " từ thư mục " + dir));
      }
    }
  }

  /**
   * Every problem of the packs under {@code dir} used with the bundled ones, all at once: files,
   * manifests, the sandbox, compilation of every combination of packs ({@link #validate()}) and the
   * checks of compiled custom rules. The DRL files of a pack whose manifest is broken are still
   * parsed, compiled and checked on their own. What {@code ocop rules check} prints.
   *
   * @param dir the directory of the host's packs
   * @param options how to load the packs: custom rules, national override, execution limits
   * @return the problems, in file and line order; empty when the packs are sound
   * @since 0.3
   */
  public static List<Problem> check(Path dir, LoadOptions options) {
    NullArgumentException.check(dir, "dir");
    NullArgumentException.check(options, "options");
    List<Problem> problems = new ArrayList<>();
    List<RulePack.Source> orphans = new ArrayList<>();
    List<RulePack> own = new ArrayList<>(PackLoader.directory(dir, options, problems, orphans));
    guardNational(dir, own, options, problems);
    Set<Problem> all = new LinkedHashSet<>(problems);
    if (!orphans.isEmpty()) {
      all.addAll(RuleBookCompiler.compileAlone(orphans));
    }
    Set<String> ids = own.stream().map(RulePack::id).collect(Collectors.toSet());
    List<RulePack> packs = new ArrayList<>(bundled().packs.stream().filter(p -> !ids.contains(p.id())).toList());
    packs.addAll(own);
    List<Problem> setProblems = new ArrayList<>();
    PackLoader.checkSet(packs, setProblems);
    all.addAll(setProblems);
    if (setProblems.isEmpty()) {
      try {
        new RuleBooks(packs, "bundled packs + " + dir, new ArrayList<>(), options).validate();
      } catch (RulePackException e) {
        all.addAll(e.problems());
      }
    }
    List<Problem> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line));
    return List.copyOf(sorted);
  }

  /**
   * The options these packs were loaded with.
   *
   * @return the load options; {@link LoadOptions#defaults()} for bundled and given packs
   * @since 0.3
   */
  public LoadOptions options() {
    return options;
  }

  /**
   * The given packs.
   *
   * @param packs the packs, in load order
   * @return a set of exactly these packs, loaded with {@link LoadOptions#defaults()}
   * @throws NullArgumentException if {@code packs} or one of them is null
   */
  public static RuleBooks of(Collection<RulePack> packs) {
    NullArgumentException.check(packs, "packs").forEach(p -> NullArgumentException.check(p, "packs[…]"));
    return new RuleBooks(List.copyOf(packs), "given packs");
  }

  /**
   * Every pack, in load order.
   *
   * @return the packs, unmodifiable
   */
  public List<RulePack> packs() {
    return packs;
  }

  /**
   * The pack with {@code id} in force on {@code date}.
   *
   * @param id the pack id, e.g. {@code national/148}
   * @param date the date
   * @return the version of that pack in force on the date, or empty
   */
  public Optional<RulePack> pack(String id, LocalDate date) {
    NullArgumentException.check(id, "id");
    NullArgumentException.check(date, "date");
    return packs.stream().filter(p -> p.id().equals(id) && p.isInForceOn(date)).findFirst();
  }

  /**
   * The packs that apply to a province on a date for a dossier filed that day, lowest layer first:
   * national base, national extension, province packs. From 22/05/2026 that is Decision
   * 26/2026/QĐ-TTg; a dossier filed earlier may still be judged under 148/1489 during the transition
   * ({@link #resolve(String, LocalDate, Instrument)}).
   *
   * @param province the province's id, e.g. {@code an-giang} ({@code ""} for national packs only)
   * @param date the date, taken as council date and filing date
   * @return the packs in force, lowest layer first, unmodifiable
   * @throws NoRulePackInForceException if no national pack covers the date
   */
  public List<RulePack> resolve(String province, LocalDate date) {
    NullArgumentException.check(province, "province");
    NullArgumentException.check(date, "date");
    Instrument procedure;
    try {
      procedure = LawInForce.forDossier(date, Optional.of(date), DossierKind.FIRST_EVALUATION).procedure();
    } catch (LawNotApplicableException e) {
      throw noNationalPack(province, date);
    }
    return resolve(province, date, procedure);
  }

  /**
   * The packs that apply to a province on a date under the procedure of {@code procedure}, lowest
   * layer first: national base, national extension, province packs.
   *
   * @param province the province's id, e.g. {@code an-giang} ({@code ""} for national packs only)
   * @param date the council date
   * @param procedure the instrument whose procedure applies ({@link ApplicableLaw#procedure()})
   * @return the packs in force, lowest layer first, unmodifiable
   * @throws NoRulePackInForceException if no national pack of that instrument covers the date
   * @since 0.2
   */
  public List<RulePack> resolve(String province, LocalDate date, Instrument procedure) {
    NullArgumentException.check(province, "province");
    NullArgumentException.check(date, "date");
    NullArgumentException.check(procedure, "procedure");
    String code = procedure.shortCode();
    List<RulePack> nationals = packs.stream().filter(p -> p.kind() == PackKind.NATIONAL && p.isInForceOn(date)
        && p.instrument().orElse("").equals(code)).toList();
    if (nationals.isEmpty()) {
      throw noNationalPack(province, date);
    }
    if (nationals.size() > 1) {
      throw new IllegalStateException("National packs " + nationals + " of " + procedure + " are all in force on " + date
          + "; national packs of one instrument must follow each other");
    }
    List<RulePack> chain = new ArrayList<>();
    addWithBases(nationals.get(0), date, chain, new LinkedHashSet<>());
    packs.stream()
        .filter(p -> p.kind() == PackKind.PROVINCE && p.province().orElse("").equals(province) && p.isInForceOn(date))
        .sorted(Comparator.comparing(RulePack::id))
        .forEach(chain::add);
    return List.copyOf(chain);
  }

  private void addWithBases(RulePack pack, LocalDate date, List<RulePack> chain, Set<String> seen) {
    if (!seen.add(pack.id())) {
      throw new IllegalStateException("Packs extend each other in a circle: " + seen);
    }
    if (pack.extendsId().isPresent()) {
      String baseId = pack.extendsId().get();
      // the base version in force on the date, else the last one that began before it
      RulePack base = packs.stream().filter(p -> p.id().equals(baseId) && !p.effectiveFrom().isAfter(date))
          .max(Comparator.comparing(RulePack::effectiveFrom))
          .orElseThrow(() -> new RulePackException(List.of(new Problem(pack.manifestFile(), pack.line("extends"),
              "base pack '" + baseId + "' of " + pack.id() + " has no version that began by " + date))));
      addWithBases(base, date, chain, seen);
    }
    chain.add(pack);
  }

  /**
   * The compiled book for a province on a date.
   *
   * @param province the province's id ({@code an-giang}) or official code, as the place registry
   *     knows it on {@code date}
   * @param date the council date
   * @return the compiled book, evaluating within {@link LoadOptions#limits()} of {@link #options()}
   * @throws NullArgumentException naming {@code province} or {@code date} if it is null
   * @throws vn.ocop.place.UnknownPlaceException if the registry has no such province on that date
   *     (a mistyped province would otherwise silently get the national packs alone)
   * @throws NoRulePackInForceException if no national pack covers the date
   * @throws RulePackException if the packs do not compile
   */
  public RuleBook forProvince(String province, LocalDate date) {
    NullArgumentException.check(province, "province");
    NullArgumentException.check(date, "date");
    vn.ocop.place.Places.province(province, date);
    return RuleBookCompiler.compile(resolve(province, date)).withLimits(options.limits());
  }

  /**
   * The compiled book for a round: its province's packs in force on its council date, under the
   * procedure that judges its dossiers ({@link Round#law}). During the transition of Decision
   * 26/2026/QĐ-TTg (22/05/2026 to 21/07/2026) one round may hold dossiers judged under 148/1489 and
   * others under 26/2026; such a round has one book per law ({@link #forRound(Round, ApplicableLaw)}),
   * and {@link #decide} applies each to its products.
   *
   * @param round the round
   * @return the compiled book, evaluating within {@link LoadOptions#limits()} of {@link #options()}
   * @throws NoRulePackInForceException if no national pack covers the date, or the round is a
   *     district round dated on or after 1 July 2025
   * @throws IllegalArgumentException if the round's dossiers are judged under more than one procedure
   * @throws vn.ocop.place.UnknownPlaceException if the round's province is not a province of the
   *     place registry on its council date (a mistyped or merged-away province would otherwise
   *     silently get no province pack), naming it and its successor or the nearest province
   * @throws RulePackException if the packs do not compile
   */
  public RuleBook forRound(Round round) {
    NullArgumentException.check(round, "round");
    Set<Instrument> procedures = procedures(round).keySet();
    if (procedures.size() > 1) {
      throw new IllegalArgumentException("Round " + round.id() + " holds dossiers judged under "
          + procedures.stream().map(Instrument::toString).collect(Collectors.joining(" and "))
          + " (Decision 26/2026/QĐ-TTg, Article 12.2, by filing date); use RuleBooks.decide, or forRound(round, law)"
          + " for each law");
    }
    return forRound(round, procedures.isEmpty() ? null : procedures.iterator().next());
  }

  /**
   * The compiled book for the products of a round judged under {@code law}.
   *
   * @param round the round
   * @param law the law that judges the products to decide with this book
   * @return the compiled book of the packs of {@code law}'s procedure
   * @throws NoRulePackInForceException as {@link #forRound(Round)}
   * @since 0.2
   */
  public RuleBook forRound(Round round, ApplicableLaw law) {
    NullArgumentException.check(round, "round");
    NullArgumentException.check(law, "law");
    return forRound(round, law.procedure());
  }

  /**
   * The compiled books a round needs, one per law that judges some of its products, in the order of
   * the products: one book for every round except during the transition of Decision 26/2026/QĐ-TTg,
   * when dossiers filed before and after 22/05/2026 meet in one round.
   *
   * @param round the round
   * @return the books, at least one, unmodifiable
   * @throws NoRulePackInForceException as {@link #forRound(Round)}
   * @since 0.2
   */
  public List<RuleBook> booksFor(Round round) {
    NullArgumentException.check(round, "round");
    Set<Instrument> procedures = procedures(round).keySet();
    if (procedures.size() <= 1) {
      return List.of(forRound(round));
    }
    return procedures.stream().map(p -> forRound(round, p)).toList();
  }

  private RuleBook forRound(Round round, Instrument procedure) {
    if (round.level() == CouncilLevel.DISTRICT && !round.councilDate().isBefore(TWO_TIER_REFORM)) {
      throw districtAbolished(round);
    }
    vn.ocop.place.Places.province(round.province().id(), round.councilDate());
    if (procedure == null) {
      return forProvince(round.province().id(), round.councilDate());
    }
    return RuleBookCompiler.compile(resolve(round.province().id(), round.councilDate(), procedure))
        .withLimits(options.limits());
  }

  /** The round's submissions by the procedure that judges them, in submission order. */
  Map<Instrument, List<Submission>> procedures(Round round) {
    Map<Instrument, List<Submission>> by = new LinkedHashMap<>();
    for (Submission s : round.submissions()) {
      Instrument procedure;
      try {
        procedure = round.law(s).procedure();
      } catch (LawNotApplicableException e) {
        throw noNationalPack(round.province().id(), round.councilDate());
      }
      by.computeIfAbsent(procedure, k -> new ArrayList<>()).add(s);
    }
    return by;
  }

  /**
   * Decides a round with the book {@link #forRound} picks — one book per law when the round's
   * dossiers are judged under different laws (the transition of Decision 26/2026/QĐ-TTg, Article 12).
   *
   * @param round the scored round
   * @return one outcome per product, unmodifiable
   */
  @Override
  public List<Outcome> decide(ScoredRound round) {
    NullArgumentException.check(round, "round");
    Map<Instrument, List<Submission>> by = procedures(round.round());
    if (by.size() <= 1) {
      return forRound(round.round()).decide(round);
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Map.Entry<Instrument, List<Submission>> e : by.entrySet()) {
      Set<String> ids = e.getValue().stream().map(s -> s.product().id()).collect(Collectors.toSet());
      List<ScoreSheet> part = round.sheets().stream().filter(s -> ids.contains(s.product().id())).toList();
      outcomes.addAll(forRound(round.round(), e.getKey()).decide(new ScoredRound(round.round(), round.catalogue(), part)));
    }
    return List.copyOf(outcomes);
  }

  /**
   * Says which packs these are and how they are chosen.
   *
   * @return a one-line description, e.g. {@code OCOP rule packs (bundled packs), chosen by province and
   *     council date}
   */
  @Override
  public String description() {
    return "OCOP rule packs (" + origin + "), chosen by province and council date";
  }

  /**
   * Compiles every combination of packs that some province and date can select, so that a broken
   * pack is found now rather than at the first round that needs it. Compiled books are cached.
   *
   * @return this
   * @throws RulePackException with the problems of every combination that fails
   */
  public RuleBooks validate() {
    Set<LocalDate> dates = new TreeSet<>();
    for (RulePack p : packs) {
      dates.add(p.effectiveFrom());
      p.effectiveTo().ifPresent(dates::add);
    }
    Set<String> provinces = new TreeSet<>();
    provinces.add("");
    packs.stream().flatMap(p -> p.province().stream()).forEach(provinces::add);
    Set<Problem> problems = new LinkedHashSet<>();
    Set<String> done = new LinkedHashSet<>();
    for (String province : provinces) {
      for (LocalDate date : dates) {
        List<RulePack> chain;
        try {
          chain = resolve(province, date);
        } catch (NoRulePackInForceException e) {
          continue;
        }
        if (!done.add(RuleBookCompiler.key(chain))) {
          continue;
        }
        try {
          RuleBookCompiler.compile(chain);
        } catch (RulePackException e) {
          problems.addAll(e.problems());
        }
      }
    }
    PackLoader.throwIfAny(new ArrayList<>(problems));
    return this;
  }

  static NoRulePackInForceException districtAbolished(Round round) {
    return new NoRulePackInForceException(round.councilDate(), round.province().id(), List.of(),
        "Round " + round.id() + " is a district round dated " + round.councilDate()
            + ", but districts were abolished on 1 July 2025 by the two-tier local government reform; from 6 July 2025"
            + " Decision 1489/QĐ-TTg has the province council certify 3★ and 4★ (Hội đồng cấp huyện không còn từ"
            + " 01/07/2025 do sắp xếp chính quyền địa phương hai cấp)");
  }

  private NoRulePackInForceException noNationalPack(String province, LocalDate date) {
    List<RulePack> nationals = packs.stream().filter(p -> p.kind() == PackKind.NATIONAL).toList();
    Optional<RulePack> before = nationals.stream().filter(p -> p.effectiveTo().map(date::isAfter).orElse(false))
        .max(Comparator.comparing(p -> p.effectiveTo().get()));
    Optional<RulePack> after = nationals.stream().filter(p -> p.effectiveFrom().isAfter(date))
        .min(Comparator.comparing(RulePack::effectiveFrom));
    List<String> nearest = new ArrayList<>();
    before.ifPresent(p -> nearest.add(p.id() + " (" + p.period() + ")"));
    after.ifPresent(p -> nearest.add(p.id() + " (" + p.period() + ")"));
    String message;
    if (!date.isBefore(TWO_TIER_REFORM) && after.map(p -> p.instrument().orElse("").equals("1489")).orElse(false)) {
      message = "No national rule pack covers " + date + ": districts were abolished on 1 July 2025 (two-tier local"
          + " government) and Decision 1489/QĐ-TTg, which lets the province certify 3★ and 4★ without districts, is in"
          + " force only from " + after.get().effectiveFrom() + "; the procedure of Decision 148 cannot be applied"
          + " without district councils. Nearest packs: " + String.join(", ", nearest);
    } else {
      message = "No national rule pack covers " + date + (province.isEmpty() ? "" : " (province " + province + ")")
          + "; nearest packs: " + (nearest.isEmpty() ? "none loaded" : String.join(", ", nearest));
    }
    return new NoRulePackInForceException(date, province, nearest, message);
  }

  @Override
  public String toString() {
    return "RuleBooks[" + packs.stream().map(RulePack::toString).collect(Collectors.joining(", ")) + "]";
  }
}
