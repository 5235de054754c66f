package vn.ocop.testkit;

import java.util.List;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;

/** Places and a producer for the testkit's own tests (An Giang before and after 1 July 2025, Kiên Giang, Lâm Đồng). */
final class Units {
  private Units() {}

  static final AdministrativeUnit AN_GIANG = AdministrativeUnit.province("an-giang", "An Giang");
  static final AdministrativeUnit LONG_XUYEN = AdministrativeUnit.district(AN_GIANG, "long-xuyen", "Long Xuyên");
  static final AdministrativeUnit CHAU_DOC = AdministrativeUnit.district(AN_GIANG, "chau-doc", "Châu Đốc");
  static final AdministrativeUnit MY_HOA_HUNG = AdministrativeUnit.commune(LONG_XUYEN, "my-hoa-hung", "Mỹ Hòa Hưng");
  static final AdministrativeUnit LAM_DONG = AdministrativeUnit.province("lam-dong", "Lâm Đồng");
  static final AdministrativeUnit DA_LAT = AdministrativeUnit.district(LAM_DONG, "da-lat", "Đà Lạt");
  static final List<AdministrativeUnit> AN_GIANG_PLACES = List.of(LONG_XUYEN, CHAU_DOC, MY_HOA_HUNG);

  static final Producer COOPERATIVE = Producer.builder().id("htx-1").name("HTX Nông nghiệp Mỹ Hòa Hưng")
      .kind(ProducerKind.COOPERATIVE).registration("1600000001").build();
}
