package vn.ocop.spring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.rules.LoadOptions;
import vn.ocop.rules.RuleBookHolder;
import vn.ocop.rules.RuleBooks;
import vn.ocop.rules.RulePack;
import vn.ocop.rules.RulePackException;

/**
 * The rule packs a Spring Boot host evaluates with: a {@link RuleBookHolder} serving the bundled
 * packs plus the configured directory ({@code ocop.rules.directory}), reloaded on demand, with the
 * status of the last load for the health indicator. Thread-safe: reloads are serialised, and an
 * evaluation through {@code Ocop.evaluate(round, holder())} sees one set of packs from start to end.
 *
 * <pre>{@code
 * @Autowired OcopRules rules;
 * RoundResult result = Ocop.evaluate(round, rules.holder());
 * try {
 *   rules.reload();                        // after the province edited its packs
 * } catch (RulePackException e) {
 *   e.problems().forEach(System.err::println); // the previous packs are still in service
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OcopRules {
  private static final Logger LOG = LoggerFactory.getLogger(OcopRules.class);

  private final RuleBookHolder holder;
  private final Optional<Path> directory;
  private final LoadOptions options;
  private final Clock clock;
  private volatile OcopRulesStatus status;

  private OcopRules(RuleBookHolder holder, Optional<Path> directory, LoadOptions options, Clock clock) {
    this.holder = vn.ocop.NullArgumentException.check(holder, "holder");
    this.directory = vn.ocop.NullArgumentException.check(directory, "directory");
    this.options = vn.ocop.NullArgumentException.check(options, "options");
    this.clock = vn.ocop.NullArgumentException.check(clock, "clock");
    Instant now = clock.instant();
    this.status = new OcopRulesStatus(packs(holder.current()), directory, now, now, Optional.empty());
  }

  /**
   * The rules of {@code holder}, with the packs of {@code directory} (if any) loaded into it now.
   *
   * @param holder the holder to serve and reload; it keeps what it serves if the directory fails
   * @param directory the directory of the province's own packs, or empty for the bundled packs alone
   * @param failOnError whether a directory that cannot be loaded throws (else it is reported by
   *     {@link #status()} and the holder keeps its packs)
   * @throws RulePackException if {@code failOnError} and the directory's packs cannot be loaded
   */
  public static OcopRules start(RuleBookHolder holder, Optional<Path> directory, boolean failOnError) {
    return start(holder, directory, LoadOptions.defaults(), failOnError, Clock.systemUTC());
  }

  /**
   * The same, with the directory loaded with {@code options}: whether its custom DRL is accepted
   * ({@code ocop.rules.allow-custom-rules}) and whether its national packs may replace the bundled
   * ones ({@code ocop.rules.allow-national-override}); see docs/rules.md, "Trust boundary".
   *
   * @since 0.3
   */
  public static OcopRules start(RuleBookHolder holder, Optional<Path> directory, LoadOptions options,
      boolean failOnError) {
    return start(holder, directory, options, failOnError, Clock.systemUTC());
  }

  static OcopRules start(RuleBookHolder holder, Optional<Path> directory, boolean failOnError, Clock clock) {
    return start(holder, directory, LoadOptions.defaults(), failOnError, clock);
  }

  static OcopRules start(RuleBookHolder holder, Optional<Path> directory, LoadOptions options, boolean failOnError,
      Clock clock) {
    OcopRules rules = new OcopRules(holder, directory, options, clock);
    if (directory.isPresent()) {
      try {
        rules.reload();
      } catch (RulePackException e) {
        if (failOnError) {
          throw e;
        }
      }
    }
    return rules;
  }

  /** The holder in service: pass it to {@code Ocop.evaluate}. */
  public RuleBookHolder holder() {
    return holder;
  }

  /** The configured directory of the province's own packs, if any. */
  public Optional<Path> directory() {
    return directory;
  }

  /**
   * Loads the bundled packs plus the configured directory again, compiles every combination, and puts
   * them in service. Without a directory there is nothing to reload (the bundled packs are in the jar):
   * the packs in service stay, and only the time of the reload is recorded.
   *
   * @return the status after the reload
   * @throws RulePackException with every problem found; the previous packs stay in service, and
   *     {@link #status()} reports the problems until a reload succeeds
   */
  public synchronized OcopRulesStatus reload() {
    Instant attempt = clock.instant();
    if (directory.isEmpty()) {
      status = new OcopRulesStatus(packs(holder.current()), directory, status.loadedAt(), attempt, Optional.empty());
      return status;
    }
    try {
      RuleBooks books = holder.reload(directory.get(), options);
      status = new OcopRulesStatus(packs(books), directory, attempt, attempt, Optional.empty());
      LOG.info("ocop rule packs loaded: {} packs, bundled + {}", books.packs().size(), directory.get());
      return status;
    } catch (RulePackException e) {
      String problems = e.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
      OcopRulesStatus previous = status;
      status = new OcopRulesStatus(previous.packs(), directory, previous.loadedAt(), attempt, Optional.of(problems));
      LOG.warn("ocop rule packs of {} not loaded, the previous packs stay in service: {}", directory.get(),
          e.getMessage());
      throw e;
    }
  }

  /** The packs in service and how the last load went. */
  public OcopRulesStatus status() {
    return status;
  }

  private static List<OcopRulesStatus.Pack> packs(RuleBooks books) {
    return books.packs().stream().map(OcopRules::pack).toList();
  }

  private static OcopRulesStatus.Pack pack(RulePack p) {
    return new OcopRulesStatus.Pack(p.id(), p.version(), p.effectiveFrom(), p.effectiveTo(), p.manifestFile());
  }
}
