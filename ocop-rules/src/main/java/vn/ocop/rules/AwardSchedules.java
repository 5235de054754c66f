package vn.ocop.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ocop.funding.AwardMode;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.funding.Vnd;
import vn.ocop.law.StarRating;

/**
 * Builds a province's {@link AwardSchedule} (thưởng theo hạng sao) from the parameters of the rule
 * packs in force for a round, so that the amounts live in the province's pack and not in code. Awards
 * are province policy; no national instrument sets them (e.g. Hà Tĩnh 2019: 30 million VND per 3★, 50
 * million per 4★, pack {@code province/ha-tinh}). Stateless and thread-safe.
 *
 * <p>Parameters, after layering (a higher pack replaces a lower pack's value):
 *
 * <ul>
 *   <li>{@code award.3}, {@code award.4}, {@code award.5}: VND per product certified at that level,
 *       a whole amount ({@code 30000000} or {@code 30_000_000});
 *   <li>{@code award.mode}: {@code every-certification} (default: paid in every round that certifies
 *       the product) or {@code once-per-level} (paid once per star level; an upgrade is paid only the
 *       difference).
 * </ul>
 *
 * <pre>{@code
 * RuleBook book = RuleBooks.bundled().forRound(round);
 * AwardSchedule schedule = AwardSchedules.from(book);      // throws if no pack sets award.3 … award.5
 * AwardStatement awards = schedule.apply(roundResult);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class AwardSchedules {
  private AwardSchedules() {}

  /** The parameter prefix of the amounts: {@code award.<stars>}. */
  public static final String AMOUNT_PREFIX = "award.";

  /** The parameter of the mode. */
  public static final String MODE = "award.mode";

  /**
   * The award schedule the book's packs set.
   *
   * @param book the compiled book
   * @return the schedule
   * @throws RulePackException if no pack of the book sets an award amount, or a pack sets a
   *     malformed amount or mode; the problem names the pack's manifest and line
   */
  public static AwardSchedule from(RuleBook book) {
    return find(book).orElseThrow(() -> new RulePackException(List.of(new Problem(top(book).manifestFile(), 0,
        "no pack of " + book.description() + " sets award parameters (param.award.3, param.award.4 or "
            + "param.award.5, VND per certified product); awards are province policy, set in the province's pack"))));
  }

  /**
   * The award schedule the book's packs set, if any pack sets an award amount.
   *
   * @param book the compiled book
   * @return the schedule, or empty if no pack of the book sets an award amount
   * @throws RulePackException if a pack sets a malformed amount or mode
   */
  public static Optional<AwardSchedule> find(RuleBook book) {
    vn.ocop.NullArgumentException.check(book, "book");
    Map<String, String> params = book.parameters();
    Map<String, String> sources = book.parameterSources();
    AwardSchedule.Builder b = AwardSchedule.builder();
    Set<String> setters = new LinkedHashSet<>();
    boolean any = false;
    for (StarRating stars : StarRating.values()) {
      if (!stars.isCertifiable()) {
        continue;
      }
      String key = AMOUNT_PREFIX + stars.stars();
      String value = params.get(key);
      if (value == null) {
        continue;
      }
      String source = sources.getOrDefault(key, book.description());
      b.putAmounts(stars, Vnd.of(amount(book, key, value, source)));
      b.putAmountSources(stars, source);
      setters.add(source);
      any = true;
    }
    if (!any) {
      return Optional.empty();
    }
    String mode = params.get(MODE);
    if (mode != null) {
      b.mode(mode(book, mode, sources.getOrDefault(MODE, book.description())));
      setters.add(sources.getOrDefault(MODE, book.description()));
    }
    List<RulePack> packs = book.packs().stream().filter(p -> setters.contains(p.ref())).toList();
    RulePack owner = packs.isEmpty() ? top(book) : packs.get(packs.size() - 1);
    List<String> basis = new ArrayList<>();
    for (RulePack p : packs) {
      basis.add(p.ref() + (p.legal().isBlank() ? "" : ": " + p.legal()));
    }
    b.id(owner.ref()).provinceId(owner.province().orElse("national"));
    if (!basis.isEmpty()) {
      b.basis(String.join("; ", basis));
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      throw new RulePackException(List.of(new Problem(owner.manifestFile(), 0, e.getMessage())));
    }
  }

  /**
   * The mode a parameter value names: {@code every-certification} or {@code once-per-level} (the
   * enum names are accepted too).
   *
   * @return empty if the value names no mode
   */
  static Optional<AwardMode> parseMode(String value) {
    String v = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (AwardMode m : AwardMode.values()) {
      if (m.name().equals(v)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** A whole amount of VND, {@code _} separators allowed; empty if the text is not one. */
  static Optional<Long> parseAmount(String value) {
    String v = value.strip().replace("_", "");
    if (!v.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(v));
  }

  private static long amount(RuleBook book, String key, String value, String source) {
    return parseAmount(value).orElseThrow(() -> problem(book, key, source, "parameter " + key + "=" + value
        + ": should be a whole amount of VND per certified product, e.g. 30000000 or 30_000_000"));
  }

  private static AwardMode mode(RuleBook book, String value, String source) {
    return parseMode(value).orElseThrow(() -> problem(book, MODE, source, "parameter " + MODE + "=" + value
        + ": should be every-certification or once-per-level"));
  }

  private static RulePackException problem(RuleBook book, String key, String source, String message) {
    RulePack pack = book.packs().stream().filter(p -> p.ref().equals(source)).findFirst().orElse(top(book));
    return new RulePackException(List.of(new Problem(pack.manifestFile(), pack.line("param." + key), message)));
  }

  private static RulePack top(RuleBook book) {
    return book.packs().get(book.packs().size() - 1);
  }
}
