package vn.ocop.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.law.ApplicableLaw;
import vn.ocop.law.DossierKind;
import vn.ocop.law.LawInForce;
import vn.ocop.law.LawNotApplicableException;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.place.Places;
import vn.ocop.producer.Producer;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.DossierItem;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;
import vn.ocop.scoring.Granularity;

/**
 * Builds a generator of whole rounds ({@code Gen<Round>}) of a chosen province, council level and
 * council date: a council of drawn size, and products of drawn product sets, producers, dossiers and
 * places, each scored by every member (option-level sheets where the product's catalogue holds
 * scorecards, else part-level scores).
 *
 * <pre>{@code
 * Gen<Round> rounds = RoundGenerator.of(anGiang)
 *     .places(List.of(longXuyen, chauDoc))          // where products come from
 *     .councilDate(LocalDate.of(2024, 11, 20))      // Decision 148: its scorecards and procedure
 *     .products(1, 200).councilSize(7, 11)
 *     .build();
 * }</pre>
 *
 * <p>Each product is scored with the catalogue of the law that judges its dossier ({@link
 * Round#law}): its filing date is drawn within {@link #filedWithinDays(int)} days before the council
 * date, so that a round held during the change of law of 2026 mixes dossiers under both laws, as real
 * rounds did. A catalogue given with {@link #catalogue(Catalogue)} is used for every product instead.
 *
 * <p>Each setter checks its argument at once and throws {@link IllegalArgumentException} naming it;
 * {@link #build()} checks the whole and throws naming what does not fit. The builder is not
 * thread-safe; the generator it builds is immutable and thread-safe.
 *
 * @since 0.2
 */
public final class RoundGenerator {

  private final AdministrativeUnit province;
  private List<AdministrativeUnit> places = List.of();
  private CouncilLevel level = CouncilLevel.PROVINCE;
  private AdministrativeUnit district;
  private LocalDate councilDate;
  private int sequence = 1;
  private Catalogue catalogue;
  private int minProducts = 1;
  private int maxProducts = 20;
  private int minMembers = 5;
  private int maxMembers = 9;
  private Granularity granularity;
  private List<String> productSets = List.of();
  private Conditions conditions = Conditions.EITHER;
  private Gen<Set<DossierItem>> dossiers;
  private Gen<Producer> producers;
  private List<DossierKind> dossierKinds = List.of(DossierKind.FIRST_EVALUATION);
  private int filedWithinDays = 30;
  private int disqualifiedPercent;

  private RoundGenerator(AdministrativeUnit province) {
    this.province = province;
  }

  /**
   * Starts a generator of rounds run by {@code province}: a provincial round of 1–20 products before
   * a council of 5–9 members, full dossiers, registered producers of the kinds every law admits.
   *
   * @param province the province; not null
   * @return a new generator, to configure and then {@link #build()}
   * @throws IllegalArgumentException if the unit is not a province
   */
  public static RoundGenerator of(AdministrativeUnit province) {
    vn.ocop.NullArgumentException.check(province, "province");
    if (province.level() != AdministrativeLevel.PROVINCE) {
      throw new IllegalArgumentException("A round is run by a province; '" + province.name() + "' is a "
          + province.level().nameEn());
    }
    return new RoundGenerator(province);
  }

  /**
   * Starts a generator of provincial rounds of a province of the place registry ({@link Places}) on
   * {@code councilDate}, whose products come from the communes of the province that existed on that
   * date: the 34 provinces and their communes from 1 July 2025, the 63 provinces and the communes of
   * their districts before.
   *
   * <pre>{@code
   * Gen<Round> rounds = RoundGenerator.inProvince("an-giang", LocalDate.of(2026, 8, 20)).products(1, 200).build();
   * }</pre>
   *
   * @param provinceIdOrCode the province's id, official code or name, e.g. {@code "an-giang"} or {@code "91"}; not null
   * @param councilDate the council date; not null
   * @return a new generator with the province's places and the council date set
   * @throws vn.ocop.place.UnknownPlaceException naming the province and the date if it did not exist
   *     then (e.g. Kiên Giang after its merger into An Giang on 1 July 2025)
   * @since 0.2
   */
  public static RoundGenerator inProvince(String provinceIdOrCode, LocalDate councilDate) {
    vn.ocop.NullArgumentException.check(councilDate, "councilDate");
    AdministrativeUnit province = Places.province(provinceIdOrCode, councilDate);
    return of(province).places(communes(province, councilDate)).councilDate(councilDate);
  }

  /**
   * Starts a generator of district rounds of a district of the place registry on {@code councilDate}
   * (districts existed until 30 June 2025), whose products come from the district's communes.
   *
   * @param provinceIdOrCode the province's id, code or name; not null
   * @param districtIdOrCode the district's id, code or name, e.g. {@code "hon-dat"}; not null
   * @param councilDate the council date, before 1 July 2025; not null
   * @return a new generator of district rounds with the district's places and the council date set
   * @throws vn.ocop.place.UnknownPlaceException naming the place and the date if it did not exist then
   * @since 0.2
   */
  public static RoundGenerator inDistrict(String provinceIdOrCode, String districtIdOrCode, LocalDate councilDate) {
    vn.ocop.NullArgumentException.check(councilDate, "councilDate");
    AdministrativeUnit province = Places.province(provinceIdOrCode, councilDate);
    AdministrativeUnit district = Places.district(province, districtIdOrCode, councilDate);
    List<AdministrativeUnit> communes = Places.children(district, councilDate);
    return of(province).district(district).places(communes.isEmpty() ? List.of(district) : communes)
        .councilDate(councilDate);
  }

  private static List<AdministrativeUnit> communes(AdministrativeUnit province, LocalDate date) {
    List<AdministrativeUnit> out = new ArrayList<>();
    for (AdministrativeUnit child : Places.children(province, date)) {
      if (child.level() == AdministrativeLevel.DISTRICT) {
        List<AdministrativeUnit> under = Places.children(child, date);
        out.addAll(under.isEmpty() ? List.of(child) : under);
      } else {
        out.add(child);
      }
    }
    return out.isEmpty() ? List.of(province) : out;
  }

  /**
   * The places (communes, districts) products come from, drawn for each product; by default the
   * province itself, or the district of a district round.
   *
   * @param places units of the round's province; not null, not empty
   * @return this generator, for chaining
   * @throws IllegalArgumentException naming a place that is not in the province
   */
  public RoundGenerator places(List<AdministrativeUnit> places) {
    vn.ocop.NullArgumentException.check(places, "places");
    if (places.isEmpty()) {
      throw new IllegalArgumentException("Give at least one place for the products of " + province.name());
    }
    for (AdministrativeUnit p : places) {
      if (!p.province().id().equals(province.id())) {
        throw new IllegalArgumentException("Place '" + p.name() + "' (" + p.path() + ") is not in " + province.name());
      }
    }
    this.places = List.copyOf(places);
    return this;
  }

  /**
   * A provincial or central round (the default is provincial); a district round is set with
   * {@link #district(AdministrativeUnit)}.
   *
   * @param level the council level; not null, not {@link CouncilLevel#DISTRICT}
   * @return this generator, for chaining
   * @throws IllegalArgumentException for {@link CouncilLevel#DISTRICT}
   */
  public RoundGenerator level(CouncilLevel level) {
    vn.ocop.NullArgumentException.check(level, "level");
    if (level == CouncilLevel.DISTRICT) {
      throw new IllegalArgumentException("A district round needs its district: use district(unit)");
    }
    this.level = level;
    this.district = null;
    return this;
  }

  /**
   * A district round of {@code district} (a council level that exists up to 30/06/2025).
   *
   * @param district a district of the round's province; not null
   * @return this generator, for chaining
   * @throws IllegalArgumentException if the unit is not a district of the province
   */
  public RoundGenerator district(AdministrativeUnit district) {
    vn.ocop.NullArgumentException.check(district, "district");
    if (district.level() != AdministrativeLevel.DISTRICT || !district.province().id().equals(province.id())) {
      throw new IllegalArgumentException("'" + district.name() + "' is not a district of " + province.name());
    }
    this.level = CouncilLevel.DISTRICT;
    this.district = district;
    return this;
  }

  /**
   * The council date, which selects the law (required).
   *
   * @param date the council date; not null
   * @return this generator, for chaining
   */
  public RoundGenerator councilDate(LocalDate date) {
    this.councilDate = vn.ocop.NullArgumentException.check(date, "councilDate");
    return this;
  }

  /**
   * The round's number in its year (default 1).
   *
   * @param sequence the round's number, at least 1
   * @return this generator, for chaining
   * @throws IllegalArgumentException if below 1
   */
  public RoundGenerator sequence(int sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("A round's sequence starts at 1; was " + sequence);
    }
    this.sequence = sequence;
    return this;
  }

  /**
   * Scores every product with this catalogue, chosen by the host, instead of the law's.
   *
   * @param catalogue the catalogue; not null
   * @return this generator, for chaining
   */
  public RoundGenerator catalogue(Catalogue catalogue) {
    this.catalogue = vn.ocop.NullArgumentException.check(catalogue, "catalogue");
    return this;
  }

  /**
   * How many products a round holds (default 1–20); shrinks towards {@code min}. A 200-product round
   * evaluates in well under a second with the bundled packs.
   *
   * @param min the fewest products, 0 or more
   * @param max the most products, at least {@code min}
   * @return this generator, for chaining
   * @throws IllegalArgumentException if {@code min} is negative or above {@code max}
   */
  public RoundGenerator products(int min, int max) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("Products per round must run from 0 or more up to a maximum no smaller; were "
          + min + " to " + max);
    }
    this.minProducts = min;
    this.maxProducts = max;
    return this;
  }

  /**
   * How many members the council has (default 5–9); shrinks towards {@code min}.
   *
   * @param min the fewest members, at least 1
   * @param max the most members, at least {@code min}
   * @return this generator, for chaining
   * @throws IllegalArgumentException if {@code min} is below 1 or above {@code max}
   */
  public RoundGenerator councilSize(int min, int max) {
    OcopGenerators.councils(min, max); // checks the range
    this.minMembers = min;
    this.maxMembers = max;
    return this;
  }

  /**
   * Option-level sheets or part-level scores for every product; by default option-level where the
   * product's catalogue holds scorecards, part-level otherwise (Decision 1048/QĐ-TTg).
   *
   * @param granularity option-level or part-level; not null
   * @return this generator, for chaining
   * @throws IllegalArgumentException for {@link Granularity#UNSCORED}
   */
  public RoundGenerator granularity(Granularity granularity) {
    vn.ocop.NullArgumentException.check(granularity, "granularity");
    if (granularity == Granularity.UNSCORED) {
      throw new IllegalArgumentException("Generated rounds are scored; choose OPTION_LEVEL or PART_LEVEL");
    }
    this.granularity = granularity;
    return this;
  }

  /**
   * Draws products only from these product sets, by number ({@code "03"}) or code ({@code 148/03});
   * by default every set of the product's catalogue.
   *
   * @param numbersOrCodes the product sets' numbers or codes; at least one
   * @return this generator, for chaining
   * @throws IllegalArgumentException if none is given
   */
  public RoundGenerator productSets(String... numbersOrCodes) {
    if (numbersOrCodes.length == 0) {
      throw new IllegalArgumentException("Name at least one product set");
    }
    this.productSets = List.of(numbersOrCodes);
    return this;
  }

  /**
   * How the scorecards' conditions are judged (default: drawn, met three times in four).
   *
   * @param conditions met, not met, or drawn; not null
   * @return this generator, for chaining
   */
  public RoundGenerator conditions(Conditions conditions) {
    this.conditions = vn.ocop.NullArgumentException.check(conditions, "conditions");
    return this;
  }

  /**
   * The dossiers (default: {@link OcopGenerators#FULL_DOSSIER} for every product).
   *
   * @param dossiers the generator of each product's dossier items; not null
   * @return this generator, for chaining
   */
  public RoundGenerator dossiers(Gen<Set<DossierItem>> dossiers) {
    this.dossiers = vn.ocop.NullArgumentException.check(dossiers, "dossiers");
    return this;
  }

  /**
   * The producers (default: {@link OcopGenerators#producers()}).
   *
   * @param producers the generator of each product's producer; not null
   * @return this generator, for chaining
   */
  public RoundGenerator producers(Gen<Producer> producers) {
    this.producers = vn.ocop.NullArgumentException.check(producers, "producers");
    return this;
  }

  /**
   * The kinds of dossier drawn (default: first evaluations only).
   *
   * @param kinds the kinds, drawn for each product; at least one
   * @return this generator, for chaining
   * @throws IllegalArgumentException if none is given
   */
  public RoundGenerator dossierKinds(DossierKind... kinds) {
    if (kinds.length == 0) {
      throw new IllegalArgumentException("Name at least one kind of dossier");
    }
    this.dossierKinds = List.of(kinds);
    return this;
  }

  /**
   * Dossiers are filed 0 to {@code days} days before the council date (default 30); where the law
   * refuses a filing date so drawn (a transition deadline passed), the dossier is filed on the
   * council date.
   *
   * @param days the most days before the council date, 0 or more
   * @return this generator, for chaining
   * @throws IllegalArgumentException if negative
   */
  public RoundGenerator filedWithinDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Filing days before the council must be 0 or more; was " + days);
    }
    this.filedWithinDays = days;
    return this;
  }

  /**
   * The share of products, in percent (default 0), in whose dossier the council finds grounds for
   * disqualification, where the product's scorecard lists any (Decision 26/2026/QĐ-TTg, Phụ lục II:
   * "Hồ sơ bị loại khi…", "Bị loại nếu…"); such a product names one or more of its scorecard's grounds
   * ({@link Submission#disqualifications()}).
   *
   * @param percent 0 to 100
   * @return this generator, for chaining
   * @throws IllegalArgumentException if outside 0–100
   * @since 0.2
   */
  public RoundGenerator disqualified(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("The share of disqualified products is a percentage, 0 to 100; was " + percent);
    }
    this.disqualifiedPercent = percent;
    return this;
  }

  /**
   * The generator.
   *
   * @return a generator of rounds as configured
   * @throws IllegalStateException if no council date was given
   * @throws IllegalArgumentException if no law or catalogue covers the council date, if
   *     option-level sheets are asked of a part-level catalogue, or a named product set is not in it
   */
  public Gen<Round> build() {
    if (councilDate == null) {
      throw new IllegalStateException("Give the council date: it selects the law in force");
    }
    Spec spec = new Spec(province, places.isEmpty() ? List.of(district != null ? district : province) : places,
        level, district, councilDate, sequence, Optional.ofNullable(catalogue), minProducts, maxProducts,
        minMembers, maxMembers, Optional.ofNullable(granularity), productSets, conditions,
        dossiers != null ? dossiers : in -> OcopGenerators.FULL_DOSSIER,
        producers != null ? producers : OcopGenerators.producers(), dossierKinds, filedWithinDays, disqualifiedPercent,
        Collections.synchronizedMap(new IdentityHashMap<>()));
    if (district != null) {
      for (AdministrativeUnit p : spec.places) {
        if (!p.district().map(d -> d.id().equals(district.id())).orElse(false)) {
          throw new IllegalArgumentException("Place '" + p.name() + "' is not in district " + district.name()
              + ", whose round this is");
        }
      }
    }
    for (DossierKind kind : dossierKinds) {
      spec.setsFor(spec.lawFor(councilDate, kind)); // fails now, naming the date or the set, rather than in a property
    }
    Gen<Round> gen = spec::round;
    return gen.describedAs(Describe::round);
  }

  /** A snapshot of the builder; generates rounds. */
  private record Spec(AdministrativeUnit province, List<AdministrativeUnit> places, CouncilLevel level,
      AdministrativeUnit district, LocalDate councilDate, int sequence, Optional<Catalogue> catalogue,
      int minProducts, int maxProducts, int minMembers, int maxMembers, Optional<Granularity> granularity,
      List<String> productSets, Conditions conditions, Gen<Set<DossierItem>> dossiers, Gen<Producer> producers,
      List<DossierKind> dossierKinds, int filedWithinDays, int disqualifiedPercent, Map<Scorecard, Sheets.Form> forms) {

    ApplicableLaw lawFor(LocalDate filedOn, DossierKind kind) {
      return LawInForce.forDossier(councilDate, Optional.of(filedOn), kind);
    }

    Catalogue catalogueFor(ApplicableLaw law) {
      if (catalogue.isPresent()) {
        return catalogue.get();
      }
      try {
        return Catalogues.forInstrument(law.criteria());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("No bundled catalogue holds the criteria of " + law.label()
            + ", the law for a dossier before the council of " + councilDate + "; give one with catalogue(…): "
            + e.getMessage(), e);
      }
    }

    List<ProductSet> setsFor(ApplicableLaw law) {
      Catalogue c = catalogueFor(law);
      boolean optionLevel = granularity.map(g -> g == Granularity.OPTION_LEVEL).orElse(c.isOptionLevel());
      if (optionLevel && !c.isOptionLevel()) {
        throw new IllegalArgumentException("Option-level sheets were asked for, but the catalogue of "
            + c.instrument() + " is held at part level");
      }
      List<ProductSet> sets = new ArrayList<>();
      if (productSets.isEmpty()) {
        sets.addAll(c.productSets());
      } else {
        for (String s : productSets) {
          sets.add(c.findProductSet(s).orElseThrow(() -> new IllegalArgumentException(
              "Product set '" + s + "' is not in the catalogue of " + c.instrument())));
        }
      }
      if (optionLevel) {
        sets.removeIf(s -> c.scorecard(s).isEmpty());
      }
      if (sets.isEmpty()) {
        throw new IllegalArgumentException("No product set of the catalogue of " + c.instrument() + " fits " + productSets);
      }
      return sets;
    }

    Round round(RandomnessSource in) {
      int n = integers().between(minProducts, maxProducts).generate(in);
      Council council = OcopGenerators.council(integers().between(minMembers, maxMembers).generate(in));
      Round.Builder b = Round.builder().province(province).year(councilDate.getYear()).sequence(sequence)
          .level(level).councilDate(councilDate).council(council);
      if (district != null) {
        b.district(district);
      }
      catalogue.ifPresent(b::catalogue);
      for (int i = 1; i <= n; i++) {
        b.addSubmissions(submission(in, i, council));
      }
      return b.build();
    }

    private Submission submission(RandomnessSource in, int i, Council council) {
      DossierKind kind = dossierKinds.get(integers().between(0, dossierKinds.size() - 1).generate(in));
      LocalDate filed = councilDate.minusDays(integers().between(0, filedWithinDays).generate(in));
      ApplicableLaw law;
      try {
        law = lawFor(filed, kind);
      } catch (LawNotApplicableException e) {
        filed = councilDate;
        law = lawFor(filed, kind);
      }
      Catalogue c = catalogueFor(law);
      List<ProductSet> sets = setsFor(law);
      ProductSet set = sets.get(integers().between(0, sets.size() - 1).generate(in));
      AdministrativeUnit place = places.get(integers().between(0, places.size() - 1).generate(in));
      String id = String.format(Locale.ROOT, "p%03d", i);
      Product product = Product.builder().id(id)
          .name(String.format(Locale.ROOT, "Sản phẩm %03d – %s", i, set.nameVi()))
          .productSet(set.code()).producer(producers.generate(in)).place(place).build();
      Submission.Builder s = Submission.builder().product(product).addAllDossier(dossiers.generate(in))
          .filedOn(filed).dossierKind(kind);
      boolean optionLevel = granularity.map(g -> g == Granularity.OPTION_LEVEL).orElse(c.isOptionLevel());
      Optional<Scorecard> scorecard = c.scorecard(set);
      if (scorecard.isPresent() && !scorecard.get().disqualifications().isEmpty()
          && integers().between(1, 100).generate(in) > 100 - disqualifiedPercent) {
        s.addAllDisqualifications(OcopGenerators.grounds(in, scorecard.get()));
      }
      if (optionLevel) {
        Scorecard card = c.scorecard(set).orElseThrow();
        s.addAllScorecards(OcopGenerators.sheets(in, forms.computeIfAbsent(card, Sheets.Form::new), council, conditions));
      } else {
        s.addPartScores(OcopGenerators.parts(in, c, integers().between(0, 100).generate(in), null));
      }
      return s.build();
    }
  }
}
