package vn.ocop.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.Scorecard;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilMember;
import vn.ocop.round.DossierItem;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;

/**
 * QuickTheories generators ({@link Gen}) of the pieces of a round: members' sheets of any scorecard
 * of any catalogue, part-level scores, councils, producers and dossiers. Whole rounds come from
 * {@link RoundGenerator}; sheets on a band boundary or one gate short of a level from {@link NearMiss}.
 *
 * <p>Every generator draws through QuickTheories, so a failing example shrinks: sheets towards the
 * option with the fewest points on each criterion with every condition met, councils towards the smallest size,
 * dossiers towards complete. Each generator is described in the domain's words ({@link Describe}).
 *
 * <pre>{@code
 * Scorecard rice = Catalogues.decision148().scorecard(Catalogues.decision148().productSet("03")).orElseThrow();
 * qt().forAll(OcopGenerators.memberChoices(rice)).checkAssert(choices -> ...);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class OcopGenerators {
  private OcopGenerators() {}

  /** Every dossier item: a dossier complete under every law the library knows. Unmodifiable. */
  public static final Set<DossierItem> FULL_DOSSIER = Collections.unmodifiableSet(EnumSet.allOf(DossierItem.class));

  /** The producer kinds every law admits: enterprise, cooperative, cooperative group, household. */
  public static final List<ProducerKind> KINDS_ADMITTED_BY_EVERY_LAW = List.of(
      ProducerKind.ENTERPRISE, ProducerKind.COOPERATIVE, ProducerKind.COOPERATIVE_GROUP, ProducerKind.HOUSEHOLD);

  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ",
      "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
  private static final String[] GIVEN = {"Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Đức", "Thị Hà",
      "Quốc Hùng", "Thị Lan", "Văn Long", "Thị Mai", "Thanh Nam", "Thị Oanh", "Văn Phúc", "Thị Quỳnh", "Văn Sơn"};

  /**
   * One council member's valid choices on a scorecard: one option per criterion, in table order, as
   * option keys ({@code A1a/3}, or {@code 1.1/2} under law-numbered codes). Every criterion is answered
   * except the unchosen cases of a one-case group and the criteria whose condition is drawn not met
   * (each condition three times in four met).
   *
   * @param card the scorecard; not null
   * @return a generator of option keys, one per answered criterion
   */
  public static Gen<List<String>> memberChoices(Scorecard card) {
    return memberChoices(card, Conditions.EITHER);
  }

  /**
   * One council member's valid choices on a scorecard, with the scorecard's conditions treated as
   * {@code conditions} says.
   *
   * @param card the scorecard; not null
   * @param conditions met, not met, or drawn; not null
   * @return a generator of option keys, one per answered criterion
   */
  public static Gen<List<String>> memberChoices(Scorecard card, Conditions conditions) {
    vn.ocop.NullArgumentException.check(card, "card");
    vn.ocop.NullArgumentException.check(conditions, "conditions");
    Sheets.Form form = new Sheets.Form(card);
    Gen<List<String>> gen = in -> form.choices(in, form.profile(in, conditions));
    return gen.describedAs(c -> card.productSet().code() + ": " + String.join(" ", c));
  }

  /**
   * The sheets of every member of a council for one product, as councils fill them: the members
   * agree on the product's conditions and on the case of each one-case group, and pick options around
   * one shared judgement of the product's quality (the share of each criterion's points it earns), at
   * most one option apart from it, so that scores spread over every star band. Member ids are
   * the council's.
   *
   * @param card the product's scorecard; not null
   * @param council the council; not null
   * @param conditions how the scorecard's conditions are treated; not null
   * @return a generator of one sheet per council member, in the council's order
   */
  public static Gen<List<MemberScorecard>> memberScorecards(Scorecard card, Council council, Conditions conditions) {
    vn.ocop.NullArgumentException.check(card, "card");
    vn.ocop.NullArgumentException.check(council, "council");
    vn.ocop.NullArgumentException.check(conditions, "conditions");
    Sheets.Form form = new Sheets.Form(card);
    Gen<List<MemberScorecard>> gen = in -> sheets(in, form, council, conditions);
    return gen.describedAs(Describe::sheets);
  }

  static List<MemberScorecard> sheets(RandomnessSource in, Sheets.Form form, Council council, Conditions conditions) {
    Sheets.Profile p = form.profile(in, conditions);
    List<MemberScorecard> list = new ArrayList<>(council.size());
    for (CouncilMember m : council.members()) {
      list.add(MemberScorecard.builder().member(m.id()).addAllChoices(form.choices(in, p)).build());
    }
    return list;
  }

  /**
   * Grounds for disqualification a council finds on a scorecard ("Hồ sơ bị loại khi…", "Bị loại
   * nếu…" of Decision 26/2026/QĐ-TTg, Phụ lục II), by key ({@code X1}…): one or more of the
   * scorecard's grounds; shrinks towards the first ground alone.
   *
   * @param card a scorecard that lists grounds for disqualification; not null
   * @return a generator of non-empty, unmodifiable sets of ground keys
   * @throws IllegalArgumentException naming the scorecard if it lists none (Decision 148's keep them as notes)
   * @since 0.2
   */
  public static Gen<Set<String>> disqualifications(Scorecard card) {
    vn.ocop.NullArgumentException.check(card, "card");
    if (card.disqualifications().isEmpty()) {
      throw new IllegalArgumentException("Scorecard " + card.productSet().code() + " lists no grounds for disqualification");
    }
    Gen<Set<String>> gen = in -> grounds(in, card);
    return gen.describedAs(g -> "grounds for disqualification " + String.join(", ", g));
  }

  static Set<String> grounds(RandomnessSource in, Scorecard card) {
    List<vn.ocop.catalog.Disqualification> all = card.disqualifications();
    Set<String> keys = new java.util.LinkedHashSet<>();
    keys.add(all.get(integers().between(0, all.size() - 1).generate(in)).key());
    for (vn.ocop.catalog.Disqualification d : all) {
      if (integers().between(0, 7).generate(in) == 7) {
        keys.add(d.key());
      }
    }
    return Collections.unmodifiableSet(keys);
  }

  /**
   * Council-level part scores (no member) within the catalogue's part maxima, in quarter points,
   * around one drawn quality of the product so that totals spread over every star band; quarter
   * points make ties between products common, as they are in real rounds.
   *
   * @param catalogue the catalogue whose part maxima bound the scores (35/25/40 under 1048,
   *     40/25/35 under 148 and 26/2026); not null
   * @return a generator of council-level part scores
   */
  public static Gen<PartScores> partScores(Catalogue catalogue) {
    vn.ocop.NullArgumentException.check(catalogue, "catalogue");
    Gen<PartScores> gen = in -> parts(in, catalogue, integers().between(0, 100).generate(in), null);
    return gen.describedAs(Describe::parts);
  }

  /**
   * Part scores by each member of a council, around one drawn quality of the product.
   *
   * @param catalogue the catalogue whose part maxima bound the scores; not null
   * @param council the council whose members score; not null
   * @return a generator of each council member's part scores, in the council's order
   */
  public static Gen<List<PartScores>> partScoresByMember(Catalogue catalogue, Council council) {
    vn.ocop.NullArgumentException.check(catalogue, "catalogue");
    vn.ocop.NullArgumentException.check(council, "council");
    Gen<List<PartScores>> gen = in -> partsByMember(in, catalogue, council);
    return gen.describedAs(l -> String.join("; ", l.stream().map(Describe::parts).toList()));
  }

  static List<PartScores> partsByMember(RandomnessSource in, Catalogue catalogue, Council council) {
    int quality = integers().between(0, 100).generate(in);
    List<PartScores> list = new ArrayList<>();
    for (CouncilMember m : council.members()) {
      list.add(parts(in, catalogue, quality, m.id()));
    }
    return list;
  }

  static PartScores parts(RandomnessSource in, Catalogue catalogue, int quality, String member) {
    PartScores.Builder b = PartScores.builder();
    BigDecimal[] values = new BigDecimal[3];
    for (Part part : Part.values()) {
      int max = catalogue.partMaximum(part);
      int noise = integers().between(0, 20).generate(in) - 10;
      int percent = Math.max(0, Math.min(100, quality + noise));
      long quarters = Math.round(max * 4 * percent / 100.0);
      values[part.ordinal()] = BigDecimal.valueOf(quarters * 25, 2);
    }
    b.partA(values[0]).partB(values[1]).partC(values[2]);
    if (member != null) {
      b.member(member);
    }
    return b.build();
  }

  /**
   * A council of {@code size} members {@code m1}…{@code mN}, {@code m1} the chair, with Vietnamese
   * names.
   *
   * @param size at least 1 (a council has about 7–15 members)
   * @return the council
   * @throws IllegalArgumentException if {@code size} is below 1
   */
  public static Council council(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("A council needs at least one member (its chair); size was " + size);
    }
    Council.Builder b = Council.builder().chair("m1", name(0));
    for (int i = 2; i <= size; i++) {
      b.member("m" + i, name(i - 1));
    }
    return b.build();
  }

  private static String name(int i) {
    return FAMILY[i % FAMILY.length] + " " + GIVEN[(i * 7) % GIVEN.length];
  }

  /**
   * Councils of {@code min} to {@code max} members (see {@link #council(int)}); shrinks to {@code min}.
   *
   * @param min the fewest members, at least 1
   * @param max the most members, at least {@code min}
   * @return a generator of councils
   * @throws IllegalArgumentException if {@code min} is below 1 or above {@code max}
   */
  public static Gen<Council> councils(int min, int max) {
    if (min < 1 || min > max) {
      throw new IllegalArgumentException("Council sizes must run from at least 1 up to a maximum no smaller; were "
          + min + " to " + max);
    }
    Gen<Council> gen = integers().between(min, max).map(OcopGenerators::council);
    return gen.describedAs(c -> c.size() + " members (" + c.chair().id() + " chair)");
  }

  /**
   * Producers of one kind, registered (a business registration number) and, for enterprises,
   * declared small or medium, so that every law that admits the kind admits the producer.
   *
   * @param kind the legal form; not null
   * @return a generator of admissible producers of {@code kind}
   */
  public static Gen<Producer> producers(ProducerKind kind) {
    vn.ocop.NullArgumentException.check(kind, "kind");
    Gen<Producer> gen = in -> producer(in, kind);
    return gen.describedAs(Describe::producer);
  }

  /**
   * Registered producers of the kinds every law admits ({@link #KINDS_ADMITTED_BY_EVERY_LAW}).
   *
   * @return a generator of admissible producers
   */
  public static Gen<Producer> producers() {
    Gen<Producer> gen = in -> producer(in, KINDS_ADMITTED_BY_EVERY_LAW.get(
        integers().between(0, KINDS_ADMITTED_BY_EVERY_LAW.size() - 1).generate(in)));
    return gen.describedAs(Describe::producer);
  }

  /**
   * Producers no law admits as they are: households without a business registration, and
   * enterprises that do not declare themselves small or medium (inadmissible under Decision
   * 26/2026/QĐ-TTg, Article 2.3).
   *
   * @return a generator of inadmissible households and enterprises
   */
  public static Gen<Producer> inadmissibleProducers() {
    Gen<Producer> gen = in -> {
      int n = integers().between(1, 9999).generate(in);
      if (integers().between(0, 1).generate(in) == 0) {
        return Producer.builder().id("ho-" + n).name("Hộ " + name(n) + " (chưa đăng ký kinh doanh)")
            .kind(ProducerKind.HOUSEHOLD).build();
      }
      return Producer.builder().id("dn-" + n).name("Công ty " + n).kind(ProducerKind.ENTERPRISE)
          .registration(String.format(Locale.ROOT, "03%08d", n)).build();
    };
    return gen.describedAs(Describe::producer);
  }

  static Producer producer(RandomnessSource in, ProducerKind kind) {
    int n = integers().between(1, 9999).generate(in);
    String name = switch (kind) {
      case ENTERPRISE -> "Công ty TNHH Nông sản " + n;
      case COOPERATIVE -> "HTX Nông nghiệp " + n;
      case COOPERATIVE_GROUP -> "Tổ hợp tác " + n;
      case HOUSEHOLD -> "Hộ kinh doanh " + name(n);
      case FARM -> "Trang trại " + name(n);
      case ASSOCIATION -> "Hội du lịch cộng đồng " + n;
      case OPERATING_CENTRE -> "Trung tâm điều hành du lịch " + n;
    };
    Producer.Builder b = Producer.builder().id(kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + n)
        .name(name).kind(kind).registration(String.format(Locale.ROOT, "17%08d", n));
    if (kind == ProducerKind.ENTERPRISE) {
      b.smallOrMediumEnterprise(true);
    }
    return b.build();
  }

  /**
   * Dossiers complete ({@link #FULL_DOSSIER}) three times in four, otherwise missing one or more of
   * {@code required}; shrinks towards complete.
   *
   * @param required the items a law or pack requires (e.g. the {@code dossier.required} of
   *     {@code national/148}); not null, not empty
   * @return a generator of unmodifiable sets of the items a dossier holds
   * @throws IllegalArgumentException if {@code required} is empty
   */
  public static Gen<Set<DossierItem>> dossiers(Set<DossierItem> required) {
    Gen<Set<DossierItem>> missing = dossiersMissingSomeOf(required);
    Gen<Set<DossierItem>> gen = in -> integers().between(0, 3).generate(in) != 3 ? FULL_DOSSIER : missing.generate(in);
    return gen.describedAs(Describe::dossier);
  }

  /**
   * Dossiers that hold every item except one or more of {@code required} (at least one missing);
   * shrinks towards missing only the first required item.
   *
   * @param required the items a law or pack requires; not null, not empty
   * @return a generator of unmodifiable sets of the items a dossier holds
   * @throws IllegalArgumentException if {@code required} is empty
   */
  public static Gen<Set<DossierItem>> dossiersMissingSomeOf(Set<DossierItem> required) {
    vn.ocop.NullArgumentException.check(required, "required");
    if (required.isEmpty()) {
      throw new IllegalArgumentException("A dossier cannot miss a required item when none is required");
    }
    List<DossierItem> items = List.copyOf(EnumSet.copyOf(required));
    Gen<Set<DossierItem>> gen = in -> {
      Set<DossierItem> d = EnumSet.allOf(DossierItem.class);
      d.remove(items.get(integers().between(0, items.size() - 1).generate(in)));
      for (DossierItem i : items) {
        if (integers().between(0, 3).generate(in) == 3) {
          d.remove(i);
        }
      }
      return Collections.unmodifiableSet(d);
    };
    return gen.describedAs(Describe::dossier);
  }
}
