package vn.ocop.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.io.RoundDocument;
import vn.ocop.io.RoundFiles;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.producer.ProducerKind;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.CouncilRole;
import vn.ocop.round.DossierItem;

/** Round files for the tests, written with the same mapper the reader uses. */
final class TestRounds {
  private TestRounds() {}

  static final List<DossierItem> FULL = List.of(DossierItem.REGISTRATION_FORM, DossierItem.BUSINESS_PLAN,
      DossierItem.ORGANISATION_DESCRIPTION, DossierItem.BUSINESS_REGISTRATION, DossierItem.SELF_ASSESSMENT,
      DossierItem.PRODUCT_SAMPLES, DossierItem.FOOD_SAFETY_EVIDENCE);

  /** A 148/03 rice sheet of 78 points (the hand-checked sheet of ocop-examples' SampleRound). */
  static final List<String> RICE = List.of("A1a/3", "A1b/2", "A1c/2", "A1d/3", "A1dd/2", "A1e/2",
      "A2a/4", "A2b/3", "A2c/3", "A3a/3", "A3b/2", "A3c/2", "A3d/2", "A3dd/2", "A3e/2",
      "B4a/3", "B4b/3", "B4c/4", "B5a/5", "B5b/4", "B5c/2",
      "C6a/2", "C6b/4", "C6c/3", "C6d/4", "C7a/2", "C8a/3", "C9a/3", "C9b/3", "C10a/4", "C11a/1", "C12a/2");

  static List<RoundDocument.Place> places() {
    return List.of(new RoundDocument.Place("kien-giang", "Kiên Giang", AdministrativeLevel.PROVINCE, null, null, null, null),
        new RoundDocument.Place("hon-dat", "Hòn Đất", AdministrativeLevel.DISTRICT, "kien-giang", null, null, null),
        new RoundDocument.Place("chau-thanh", "Châu Thành", AdministrativeLevel.DISTRICT, "kien-giang", null, null, null));
  }

  static List<RoundDocument.Member> council(int n) {
    List<RoundDocument.Member> m = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      m.add(new RoundDocument.Member("m" + i, "Thành viên " + i, i == 1 ? CouncilRole.CHAIR : CouncilRole.MEMBER));
    }
    return m;
  }

  /** A province round of Kiên Giang in 2024 with two rice products scored on option-level sheets. */
  static RoundDocument small() {
    List<RoundDocument.ProductEntry> products = List.of(
        new RoundDocument.ProductEntry("rice-1", "Gạo thơm 1", "148/03", "p1", "hon-dat", null, null, null, FULL, List.of(),
            List.of(new RoundDocument.Sheet("m1", null, RICE), new RoundDocument.Sheet("m2", null, RICE)), List.of()),
        new RoundDocument.ProductEntry("rice-2", "Gạo thơm 2", "148/03", "p1", "chau-thanh", null, null, null, FULL, List.of(), List.of(),
            List.of(new RoundDocument.Parts(null, new BigDecimal("30"), new BigDecimal("20.5"), new BigDecimal("25")))));
    return new RoundDocument(RoundDocument.FORMAT, "test", List.of(), null,
        new RoundDocument.RoundInfo("kien-giang", null, 2024, 1, CouncilLevel.PROVINCE, LocalDate.of(2024, 6, 25), null),
        places(), council(2),
        List.of(new RoundDocument.ProducerEntry("p1", "HTX Thử nghiệm", ProducerKind.COOPERATIVE, null, "1700000001", null, null, null)),
        products);
  }

  /** A province round of {@code n} products scored per part by the council, spread over the bands. */
  static RoundDocument large(int n) {
    List<RoundDocument.ProductEntry> products = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      BigDecimal a = BigDecimal.valueOf(10 + (i * 7) % 31);
      BigDecimal b = BigDecimal.valueOf(5 + (i * 3) % 21);
      BigDecimal c = new BigDecimal((8 + (i * 11) % 27) + ".25");
      products.add(new RoundDocument.ProductEntry("p-" + i, "Sản phẩm " + i, "148/0" + (1 + i % 9), "p1",
          i % 2 == 0 ? "hon-dat" : "chau-thanh", null, null, null, FULL, List.of(), List.of(),
          List.of(new RoundDocument.Parts(null, a, b, c))));
    }
    return new RoundDocument(RoundDocument.FORMAT, null, List.of(), null,
        new RoundDocument.RoundInfo("kien-giang", null, 2024, 2, CouncilLevel.PROVINCE, LocalDate.of(2024, 11, 20), null),
        places(), council(7),
        List.of(new RoundDocument.ProducerEntry("p1", "HTX Thử nghiệm", ProducerKind.COOPERATIVE, null, "1700000001", null, null, null)),
        products);
  }

  static String json(RoundDocument doc) {
    return RoundFiles.write(doc);
  }
}
