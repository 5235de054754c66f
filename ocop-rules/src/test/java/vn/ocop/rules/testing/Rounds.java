package vn.ocop.rules.testing;

import vn.ocop.testing.TestCatalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.ocop.Ocop;
import vn.ocop.catalog.Catalogue;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.DossierItem;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/** Places, producers, councils and rounds for the rule tests. */
public final class Rounds {
  private Rounds() {}

  public static final AdministrativeUnit KIEN_GIANG = AdministrativeUnit.builder()
      .id("kien-giang").name("Kiên Giang").level(AdministrativeLevel.PROVINCE).officialCode("91").build();
  public static final AdministrativeUnit HON_DAT = AdministrativeUnit.district(KIEN_GIANG, "hon-dat", "Hòn Đất");
  public static final AdministrativeUnit PHU_QUOC = AdministrativeUnit.district(KIEN_GIANG, "phu-quoc", "Phú Quốc");
  public static final AdministrativeUnit AN_GIANG = AdministrativeUnit.province("an-giang", "An Giang");
  public static final AdministrativeUnit THOAI_SON = AdministrativeUnit.district(AN_GIANG, "thoai-son", "Thoại Sơn");
  public static final AdministrativeUnit TRI_TON = AdministrativeUnit.district(AN_GIANG, "tri-ton", "Tri Tôn");
  public static final AdministrativeUnit HA_TINH = AdministrativeUnit.province("ha-tinh", "Hà Tĩnh");
  public static final AdministrativeUnit NGHI_XUAN = AdministrativeUnit.district(HA_TINH, "nghi-xuan", "Nghi Xuân");
  public static final AdministrativeUnit QUANG_NAM = AdministrativeUnit.province("quang-nam", "Quảng Nam");
  public static final AdministrativeUnit HOI_AN = AdministrativeUnit.district(QUANG_NAM, "hoi-an", "Hội An");
  public static final AdministrativeUnit TAY_NINH = AdministrativeUnit.province("tay-ninh", "Tây Ninh");
  public static final AdministrativeUnit TAN_BIEN = AdministrativeUnit.district(TAY_NINH, "tan-bien", "Tân Biên");
  public static final AdministrativeUnit LAM_DONG = AdministrativeUnit.province("lam-dong", "Lâm Đồng");
  public static final AdministrativeUnit DA_LAT = AdministrativeUnit.district(LAM_DONG, "da-lat", "Đà Lạt");

  public static final Producer COOPERATIVE = Producer.builder()
      .id("htx-1").name("HTX Nông nghiệp").kind(ProducerKind.COOPERATIVE).registration("1700000001").build();

  public static final Set<DossierItem> FULL_DOSSIER = EnumSet.allOf(DossierItem.class);

  /** A council of m1 (chair), m2, m3. */
  public static final Council COUNCIL = council(3);

  /** A council of {@code n} members m1..mn, m1 the chair. */
  public static Council council(int n) {
    Council.Builder b = Council.builder().chair("m1", "Chủ tịch");
    for (int i = 2; i <= n; i++) {
      b.member("m" + i, "Thành viên " + i);
    }
    return b.build();
  }

  /** The set used under a date: 148/99 of the test catalogue from 24/02/2023, 1048/01 before. */
  public static Catalogue catalogueOn(LocalDate date) {
    return date.isBefore(LocalDate.of(2023, 2, 24)) ? TestCatalogue.PART_LEVEL : TestCatalogue.CATALOGUE;
  }

  public static String setOn(LocalDate date) {
    return date.isBefore(LocalDate.of(2023, 2, 24)) ? "1048/01" : TestCatalogue.SET;
  }

  public static Product product(String id, AdministrativeUnit place, String set) {
    return Product.builder().id(id).name("Sản phẩm " + id).productSet(set).producer(COOPERATIVE).place(place).build();
  }

  /**
   * A product with a full dossier and council-level part scores summing to {@code score} (2 decimals),
   * spread over A, B, C within the smaller maxima of both instruments (35/25/35).
   */
  public static Submission scored(String id, AdministrativeUnit place, String set, String score) {
    return scoredBuilder(id, place, set, score).build();
  }

  private static Submission.Builder scoredBuilder(String id, AdministrativeUnit place, String set, String score) {
    BigDecimal total = new BigDecimal(score).setScale(2, RoundingMode.UNNECESSARY);
    BigDecimal a = total.min(new BigDecimal("35"));
    BigDecimal b = total.subtract(a).min(new BigDecimal("25"));
    BigDecimal c = total.subtract(a).subtract(b);
    return Submission.builder().product(product(id, place, set)).addAllDossier(FULL_DOSSIER)
        .addPartScores(PartScores.builder().partA(a).partB(b).partC(c).build());
  }

  /** A round of {@code province} at {@code level} on {@code date}, with the test catalogue for the date. */
  public static Round.Builder round(AdministrativeUnit province, AdministrativeUnit district, CouncilLevel level,
      LocalDate date) {
    return round(province, district, level, date, 1, COUNCIL);
  }

  /** The same with the round's sequence and council. */
  public static Round.Builder round(AdministrativeUnit province, AdministrativeUnit district, CouncilLevel level,
      LocalDate date, int sequence, Council council) {
    Round.Builder b = Round.builder().province(province).year(date.getYear()).sequence(sequence).level(level)
        .councilDate(date).council(council).catalogue(catalogueOn(date));
    if (level == CouncilLevel.DISTRICT) {
      b.district(district);
    }
    return b;
  }

  /**
   * One product of {@code province} scored {@code score} in a round at {@code level} on {@code date}, its
   * dossier filed that day (so that from 22/05/2026 it is judged under Decision 26/2026/QĐ-TTg).
   */
  public static Round single(AdministrativeUnit district, CouncilLevel level, LocalDate date, String score) {
    AdministrativeUnit province = district.province();
    Submission s = scoredBuilder("p1", district, setOn(date), score).filedOn(date).build();
    return round(province, district, level, date).addSubmissions(s).build();
  }

  /** The one outcome of a one-product round. */
  public static Outcome outcome(Round round, EvaluationPolicy policy) {
    List<Outcome> outcomes = policy.decide(Ocop.score(round));
    return outcomes.get(0);
  }
}
