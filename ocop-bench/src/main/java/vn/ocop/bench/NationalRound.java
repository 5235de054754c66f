package vn.ocop.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.Catalogues;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.Selection;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.DossierItem;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * A seeded, made-up national-scale round: {@code n} products spread over the 26 product sets of
 * Decision 148/QĐ-TTg, each scored on full option-level sheets by a provincial council of 7 members,
 * dated 2024 in a province with no bundled province pack (so the bundled packs in force are
 * {@code national/148} alone).
 *
 * <p>The star mix is meant to look like a real national registry: about two thirds 3★, one third 4★,
 * under 1% 5★, a few below 3★ and some whose score is in a higher band but whose stars are capped by
 * a missed star gate; a few products are ineligible (an incomplete dossier, an unregistered household).
 * The same seed gives the same round.
 */
public final class NationalRound {
  /** The council date: Decision 148 and {@code national/148} are in force. */
  public static final LocalDate COUNCIL_DATE = LocalDate.of(2024, 6, 14);

  /** The council's size. */
  public static final int MEMBERS = 7;

  /** The default seed of the benchmarks and tests. */
  public static final long SEED = 20240614L;

  private static final DossierItem[] FULL_DOSSIER = {
      DossierItem.REGISTRATION_FORM, DossierItem.BUSINESS_PLAN, DossierItem.ORGANISATION_DESCRIPTION,
      DossierItem.BUSINESS_REGISTRATION, DossierItem.SELF_ASSESSMENT, DossierItem.PRODUCT_SAMPLES,
      DossierItem.FOOD_SAFETY_EVIDENCE};
  private static final ProducerKind[] KINDS = {
      ProducerKind.COOPERATIVE, ProducerKind.COOPERATIVE, ProducerKind.ENTERPRISE, ProducerKind.ENTERPRISE,
      ProducerKind.HOUSEHOLD, ProducerKind.HOUSEHOLD, ProducerKind.HOUSEHOLD, ProducerKind.COOPERATIVE_GROUP};

  private NationalRound() {}

  /** A round of {@code products} products with the default seed. */
  public static Round generate(int products) {
    return generate(products, SEED);
  }

  /**
   * A round of {@code products} products.
   *
   * @param products how many products (at least 1)
   * @param seed the seed; the same seed gives the same round
   */
  public static Round generate(int products, long seed) {
    if (products < 1) {
      throw new IllegalArgumentException("a round needs at least one product, not " + products);
    }
    SplittableRandom random = new SplittableRandom(seed);
    Catalogue catalogue = Catalogues.inForceOn(COUNCIL_DATE);
    List<ProductSet> sets = catalogue.productSets();
    List<Sheet> sheets = new ArrayList<>(sets.size());
    for (ProductSet set : sets) {
      sheets.add(new Sheet(catalogue.scorecard(set).orElseThrow()));
    }

    AdministrativeUnit province = AdministrativeUnit.province("dong-thap", "Đồng Tháp");
    int districtCount = 12;
    int communesPerDistrict = 12;
    List<AdministrativeUnit> communes = new ArrayList<>();
    for (int d = 1; d <= districtCount; d++) {
      AdministrativeUnit district = AdministrativeUnit.district(province, "huyen-" + d, "Huyện " + d + " (minh họa)");
      for (int c = 1; c <= communesPerDistrict; c++) {
        communes.add(AdministrativeUnit.commune(district, "xa-" + d + "-" + c, "Xã " + d + "." + c + " (minh họa)"));
      }
    }

    Council.Builder council = Council.builder().chair("m1", "Chủ tịch hội đồng (minh họa)");
    for (int m = 2; m <= MEMBERS; m++) {
      council.member("m" + m, "Thành viên " + m + " (minh họa)");
    }

    Round.Builder round = Round.builder().province(province).year(2024).sequence(1).level(CouncilLevel.PROVINCE)
        .councilDate(COUNCIL_DATE).council(council.build());
    for (int i = 0; i < products; i++) {
      Sheet sheet = sheets.get(random.nextInt(sheets.size()));
      AdministrativeUnit commune = communes.get(random.nextInt(communes.size()));
      ProducerKind kind = KINDS[random.nextInt(KINDS.length)];
      boolean unregistered = kind == ProducerKind.HOUSEHOLD && random.nextInt(400) == 0;
      String id = String.format("p%06d", i);
      Producer.Builder producer = Producer.builder().id("cs-" + id).name("Chủ thể " + id + " (minh họa)").kind(kind)
          .place(commune);
      if (!unregistered) {
        producer.registration("18" + String.format("%08d", i));
      }
      Product product = Product.builder().id(id).name("Sản phẩm " + id + " (minh họa)")
          .productSet(sheet.card.productSet().code()).producer(producer.build()).place(commune).build();
      Submission.Builder submission = Submission.builder().product(product);
      if (random.nextInt(250) == 0) {
        submission.addDossier(DossierItem.REGISTRATION_FORM, DossierItem.ORGANISATION_DESCRIPTION,
            DossierItem.BUSINESS_REGISTRATION, DossierItem.SELF_ASSESSMENT, DossierItem.PRODUCT_SAMPLES,
            DossierItem.FOOD_SAFETY_EVIDENCE);
      } else {
        submission.addDossier(FULL_DOSSIER);
      }
      sheet.score(submission, quality(random), random);
      round.submit(submission.build());
    }
    return round.build();
  }

  /** The product's overall quality, 0 to 1, about the share of the points its sheets will reach. */
  private static double quality(SplittableRandom random) {
    int draw = random.nextInt(1000);
    if (draw < 5) {
      return 0.90 + random.nextDouble() * 0.08; // 5★ band
    } else if (draw < 40) {
      return 0.30 + random.nextDouble() * 0.19; // below 3★
    } else if (draw < 360) {
      return 0.71 + random.nextDouble() * 0.14; // 4★ band
    }
    return 0.51 + random.nextDouble() * 0.18; // 3★ band
  }

  /** One product set's scorecard, flattened for drawing sheets quickly. */
  private static final class Sheet {
    final Scorecard card;
    /** Per criterion: the option keys ({@code A1a/3}) and their points, in table order. */
    final List<String[]> keys = new ArrayList<>();
    final List<int[]> points = new ArrayList<>();
    final List<Criterion> criteria;
    /** Per criterion: its group's index among the one-case groups, or -1. */
    final int[] oneCaseGroup;
    final int[] casesInGroup;
    /** Per criterion: its condition, or null. */
    final Condition[] conditions;
    final Map<Condition, Boolean> droppable = new EnumMap<>(Condition.class);
    /** Per star level 0–5, per criterion: the least points its gates need at that level, or 0. */
    final int[][] floor = new int[6][];

    Sheet(Scorecard card) {
      this.card = card;
      this.criteria = card.criteria();
      this.oneCaseGroup = new int[criteria.size()];
      this.casesInGroup = new int[criteria.size()];
      this.conditions = new Condition[criteria.size()];
      for (int level = 0; level <= 5; level++) {
        floor[level] = new int[criteria.size()];
        if (level >= 3) {
          StarRating stars = StarRating.of(level);
          for (int c = 0; c < criteria.size(); c++) {
            floor[level][c] = criteria.get(c).requiredPoints(stars).orElse(0);
          }
        }
      }
      int i = 0;
      int groupIndex = 0;
      for (CriterionGroup g : (Iterable<CriterionGroup>) card.groups()::iterator) {
        boolean oneCase = g.selection() == Selection.ONE_CASE;
        for (Criterion c : g.criteria()) {
          String[] k = new String[c.options().size()];
          int[] p = new int[k.length];
          for (int o = 0; o < k.length; o++) {
            Option option = c.options().get(o);
            k[o] = option.key();
            p[o] = option.points();
          }
          keys.add(k);
          points.add(p);
          oneCaseGroup[i] = oneCase ? groupIndex : -1;
          casesInGroup[i] = g.criteria().size();
          conditions[i] = c.condition().orElse(null);
          if (conditions[i] != null) {
            droppable.merge(conditions[i], !oneCase, Boolean::logicalAnd);
          }
          i++;
        }
        groupIndex++;
      }
    }

    /**
     * Adds {@link #MEMBERS} sheets around {@code quality}: members agree roughly, not exactly. Most
     * products meet the star gates of the band their quality aims at; about one in twenty leaves one
     * gate to chance, and some of those miss it and are capped.
     */
    void score(Submission.Builder submission, double quality, SplittableRandom random) {
      int n = criteria.size();
      int aim = quality >= 0.9 ? 5 : quality >= 0.7 ? 4 : quality >= 0.5 ? 3 : 0;
      int[] least = floor[aim].clone();
      if (random.nextInt(20) == 0) {
        int gates = 0;
        for (int x : least) {
          gates += x > 0 ? 1 : 0;
        }
        if (gates > 0) {
          int free = random.nextInt(gates);
          for (int c = 0; c < n; c++) {
            if (least[c] > 0 && free-- == 0) {
              least[c] = 0;
            }
          }
        }
      }
      double[] target = new double[n];
      for (int c = 0; c < n; c++) {
        target[c] = quality + random.nextGaussian() * 0.12;
      }
      // One case per one-case group, the same for every member (the council agrees which case applies).
      int[] chosenCase = new int[n];
      int lastGroup = -1;
      int pick = 0;
      int position = 0;
      for (int c = 0; c < n; c++) {
        if (oneCaseGroup[c] < 0) {
          continue;
        }
        if (oneCaseGroup[c] != lastGroup) {
          lastGroup = oneCaseGroup[c];
          pick = random.nextInt(casesInGroup[c]);
          position = 0;
        }
        chosenCase[c] = position++ == pick ? 1 : -1;
      }
      // A few products have no story (or the like): every criterion of that condition is left out.
      EnumSet<Condition> notMet = EnumSet.noneOf(Condition.class);
      for (Map.Entry<Condition, Boolean> e : droppable.entrySet()) {
        if (e.getValue() && random.nextInt(10) == 0 && !gated(e.getKey(), least)) {
          notMet.add(e.getKey());
        }
      }
      for (int m = 1; m <= MEMBERS; m++) {
        List<String> choices = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
          if (chosenCase[c] < 0 || (conditions[c] != null && notMet.contains(conditions[c]))) {
            continue;
          }
          choices.add(pick(c, target[c] + random.nextGaussian() * 0.08, least[c]));
        }
        submission.addScorecards(MemberScorecard.builder().member("m" + m).addAllChoices(choices).build());
      }
    }

    /** Whether a criterion of {@code condition} is a gate the product means to meet. */
    private boolean gated(Condition condition, int[] least) {
      for (int c = 0; c < conditions.length; c++) {
        if (conditions[c] == condition && least[c] > 0) {
          return true;
        }
      }
      return false;
    }

    /** The option scoring at least {@code least} whose share of the criterion's maximum is nearest {@code share}. */
    private String pick(int c, double share, int least) {
      int[] p = points.get(c);
      int max = 0;
      for (int x : p) {
        max = Math.max(max, x);
      }
      int best = 0;
      double bestDistance = Double.MAX_VALUE;
      for (int o = 0; o < p.length; o++) {
        if (p[o] < least) {
          continue;
        }
        double d = Math.abs((double) p[o] / max - share);
        if (d < bestDistance) {
          bestDistance = d;
          best = o;
        }
      }
      return keys.get(c)[best];
    }
  }
}
