package vn.ocop.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.Ocop;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.product.Product;
import vn.ocop.result.RoundResult;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/** Places, products and evaluated rounds for the programme tests (cycle, certificates, funding, targets). */
public final class ProgrammeFixtures {
  private ProgrammeFixtures() {}

  public static final AdministrativeUnit KIEN_GIANG = Fixtures.KIEN_GIANG;
  public static final AdministrativeUnit HON_DAT = Fixtures.HON_DAT;
  public static final AdministrativeUnit PHU_QUOC = Fixtures.PHU_QUOC;
  public static final AdministrativeUnit SOC_SON = Fixtures.SOC_SON;
  public static final AdministrativeUnit AN_GIANG = AdministrativeUnit.builder().id("an-giang").name("An Giang")
      .level(AdministrativeLevel.PROVINCE).officialCode("89").build();
  public static final AdministrativeUnit THOAI_SON = AdministrativeUnit.district(AN_GIANG, "thoai-son", "Thoại Sơn");
  public static final AdministrativeUnit TRI_TON = AdministrativeUnit.district(AN_GIANG, "tri-ton", "Tri Tôn");
  public static final AdministrativeUnit HA_TINH = AdministrativeUnit.province("ha-tinh", "Hà Tĩnh");
  public static final AdministrativeUnit NGHI_XUAN = AdministrativeUnit.district(HA_TINH, "nghi-xuan", "Nghi Xuân");
  public static final AdministrativeUnit QUANG_NAM = AdministrativeUnit.builder().id("quang-nam").name("Quảng Nam")
      .level(AdministrativeLevel.PROVINCE).existsUntil(LocalDate.of(2025, 6, 30)).build();
  public static final AdministrativeUnit DA_NANG = AdministrativeUnit.province("da-nang", "Đà Nẵng");

  public static final Producer UNREGISTERED_HOUSEHOLD = Producer.builder()
      .id("ho-nguyen-van-a").name("Hộ Nguyễn Văn A").kind(ProducerKind.HOUSEHOLD).build();

  /** A product of a registered cooperative on the 148-shaped test scorecard. */
  public static Product product(String id, AdministrativeUnit place) {
    return Fixtures.product(id, place);
  }

  /** A product of a household without a business registration. */
  public static Product unregisteredProduct(String id) {
    return Product.builder().id(id).name("Sản phẩm " + id).productSet(TestCatalogue.SET)
        .producer(UNREGISTERED_HOUSEHOLD).place(SOC_SON).build();
  }

  /**
   * Hà Tĩnh round 2/2019 shaped like the real one: {@code threeStars} products scored 55 (3★),
   * {@code fourStars} scored 71 (4★) and {@code below} scored 45 (not achieved), on the part-level
   * 1048 catalogue, decided by the test band policy.
   */
  public static RoundResult haTinhRound2019(int threeStars, int fourStars, int below) {
    List<Submission> subs = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < threeStars; i++) {
      subs.add(partLevel("ht-" + (++n), "20", "15", "20"));
    }
    for (int i = 0; i < fourStars; i++) {
      subs.add(partLevel("ht-" + (++n), "25", "20", "26"));
    }
    for (int i = 0; i < below; i++) {
      subs.add(partLevel("ht-" + (++n), "15", "10", "20"));
    }
    Round round = Round.builder().province(HA_TINH).year(2019).sequence(2).level(CouncilLevel.PROVINCE)
        .councilDate(LocalDate.of(2019, 12, 20)).council(Fixtures.COUNCIL).catalogue(TestCatalogue.PART_LEVEL)
        .addAllSubmissions(subs).build();
    return Ocop.evaluate(round, new BandPolicy());
  }

  private static Submission partLevel(String id, String a, String b, String c) {
    Product p = Product.builder().id(id).name("Sản phẩm " + id).productSet("1048/01")
        .producer(Fixtures.COOPERATIVE).place(NGHI_XUAN).build();
    return Submission.builder().product(p).addPartScores(PartScores.of(a, b, c)).build();
  }

  /** A provincial round of Kiên Giang on {@code date} with the given products scored at {@code score} each (A/B/C split). */
  public static RoundResult kienGiangRound(LocalDate date, int sequence, List<Product> products, String a, String b, String c) {
    Round round = Round.builder().province(KIEN_GIANG).year(date.getYear()).sequence(sequence).level(CouncilLevel.PROVINCE)
        .councilDate(date).council(Fixtures.COUNCIL).catalogue(TestCatalogue.CATALOGUE)
        .addAllSubmissions(products.stream().map(p -> Submission.builder().product(p)
            .addPartScores(PartScores.of(a, b, c)).build()).toList())
        .build();
    return Ocop.evaluate(round, new BandPolicy());
  }
}
