package vn.ocop.testing;

import java.time.LocalDate;
import java.util.List;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/** Places, producers, a council and round builders shared by the core tests. */
public final class Fixtures {
  private Fixtures() {}

  public static final AdministrativeUnit KIEN_GIANG = AdministrativeUnit.builder()
      .id("kien-giang").name("Kiên Giang").level(vn.ocop.place.AdministrativeLevel.PROVINCE).officialCode("91")
      .existsUntil(LocalDate.of(2025, 6, 30)).build();
  public static final AdministrativeUnit HON_DAT = AdministrativeUnit.district(KIEN_GIANG, "hon-dat", "Hòn Đất");
  public static final AdministrativeUnit PHU_QUOC = AdministrativeUnit.district(KIEN_GIANG, "phu-quoc", "Phú Quốc");
  public static final AdministrativeUnit SOC_SON = AdministrativeUnit.commune(HON_DAT, "soc-son", "Sóc Sơn");

  public static final Producer COOPERATIVE = Producer.builder()
      .id("htx-soc-son").name("HTX Nông nghiệp Sóc Sơn").kind(ProducerKind.COOPERATIVE).registration("1700000001").build();

  public static final Council COUNCIL = Council.builder()
      .chair("m1", "Nguyễn Văn An")
      .member("m2", "Trần Thị Bình")
      .member("m3", "Lê Văn Cường")
      .build();

  public static Product product(String id, AdministrativeUnit place) {
    return Product.builder().id(id).name("Sản phẩm " + id).productSet(TestCatalogue.SET)
        .producer(COOPERATIVE).place(place).build();
  }

  public static Product product(String id) {
    return product(id, SOC_SON);
  }

  /** A round of Kiên Giang in 2024 with no council, level nor catalogue set yet. */
  public static Round.Builder roundOf2024() {
    return Round.builder().province(KIEN_GIANG).year(2024).sequence(1).councilDate(LocalDate.of(2024, 6, 25));
  }

  /** A provincial round of Kiên Giang in 2024 with the test catalogue. */
  public static Round.Builder provinceRound() {
    return roundOf2024().council(COUNCIL).level(CouncilLevel.PROVINCE).catalogue(TestCatalogue.CATALOGUE);
  }

  /** A provincial round holding the given submissions. */
  public static Round round(List<Submission> submissions) {
    return provinceRound().addAllSubmissions(submissions).build();
  }
}
