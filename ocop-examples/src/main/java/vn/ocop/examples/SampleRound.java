package vn.ocop.examples;

import java.time.LocalDate;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.producer.ProducerKind;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.DossierItem;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * A sample Decision 148 round: a district council of Hòn Đất, Kiên Giang, in 2024 scoring a rice
 * product (set 148/03, "Gạo, ngũ cốc, hạt sơ chế") on full option-level sheets. The producer,
 * product and members are illustrative; the scorecard is the law's.
 */
public final class SampleRound {
  private SampleRound() {}

  public static final AdministrativeUnit KIEN_GIANG = AdministrativeUnit.builder()
      .id("kien-giang").name("Kiên Giang").level(AdministrativeLevel.PROVINCE).officialCode("91")
      .existsUntil(LocalDate.of(2025, 6, 30)).build();
  public static final AdministrativeUnit HON_DAT = AdministrativeUnit.builder()
      .id("hon-dat").name("Hòn Đất").level(AdministrativeLevel.DISTRICT).parent(KIEN_GIANG)
      .existsUntil(LocalDate.of(2025, 6, 30)).build();
  public static final AdministrativeUnit SOC_SON = AdministrativeUnit.commune(HON_DAT, "soc-son", "Sóc Sơn");

  /** Illustrative producer. */
  public static final Producer COOPERATIVE = Producer.builder()
      .id("htx-soc-son").name("HTX Nông nghiệp Sóc Sơn (minh họa)").kind(ProducerKind.COOPERATIVE)
      .registration("1700000001").place(SOC_SON).representativeIsWoman(true).build();

  /** Illustrative product of set 148/03. */
  public static final Product RICE = Product.builder()
      .id("kg-2024-hd-01").name("Gạo thơm Sóc Sơn (minh họa)").productSet("148/03")
      .producer(COOPERATIVE).place(SOC_SON).build();

  /** A complete dossier for a food product (Decision 148/QĐ-TTg, Appendix II). */
  public static final DossierItem[] FOOD_DOSSIER = {
      DossierItem.REGISTRATION_FORM, DossierItem.BUSINESS_PLAN, DossierItem.ORGANISATION_DESCRIPTION,
      DossierItem.BUSINESS_REGISTRATION, DossierItem.SELF_ASSESSMENT, DossierItem.PRODUCT_SAMPLES,
      DossierItem.FOOD_SAFETY_EVIDENCE};

  public static final Council COUNCIL = Council.builder()
      .chair("m1", "Chủ tịch hội đồng (minh họa)")
      .member("m2", "Thành viên 2 (minh họa)")
      .member("m3", "Thành viên 3 (minh họa)")
      .build();

  /**
   * Member m1's sheet: 78 points (A 35, B 19, C 24). Criterion by criterion, see
   * {@code HandCheckedScorecardTest}.
   */
  public static final String[] RICE_M1 = {
      "A1a/3", "A1b/2", "A1c/2", "A1d/3", "A1dd/2", "A1e/2",
      "A2a/4", "A2b/3", "A2c/3",
      "A3a/3", "A3b/2", "A3c/2", "A3d/2", "A3dd/2", "A3e/2",
      "B4a/3", "B4b/3", "B4c/4",
      "B5a/5", "B5b/4", "B5c/2",
      "C6a/2", "C6b/4", "C6c/3", "C6d/4",
      "C7a/2", "C8a/3", "C9a/3", "C9b/3", "C10a/4", "C11a/1", "C12a/2"};

  /** Member m2's sheet: as m1 but A2a/3 (3 instead of 4) and B4c/3 (2 instead of 3): 76 points. */
  public static final String[] RICE_M2 = replacing(RICE_M1, "A2a/3", "B4c/3");

  /** Member m3's sheet: as m1 but A2a/3 and C8a/4 (5 instead of 3): 79 points. */
  public static final String[] RICE_M3 = replacing(RICE_M1, "A2a/3", "C8a/4");

  /** A copy of {@code sheet} with the choices for the criteria of {@code changes} replaced. */
  static String[] replacing(String[] sheet, String... changes) {
    String[] copy = sheet.clone();
    for (String change : changes) {
      String criterion = change.substring(0, change.indexOf('/') + 1);
      for (int i = 0; i < copy.length; i++) {
        if (copy[i].startsWith(criterion)) {
          copy[i] = change;
        }
      }
    }
    return copy;
  }

  /** The sample round. */
  public static Round round() {
    return Round.builder()
        .province(KIEN_GIANG).district(HON_DAT).year(2024).sequence(1).level(CouncilLevel.DISTRICT)
        .councilDate(LocalDate.of(2024, 6, 5)).council(COUNCIL)
        .submit(Submission.builder().product(RICE)
            .addDossier(FOOD_DOSSIER)
            .scoredBy("m1", RICE_M1)
            .scoredBy("m2", RICE_M2)
            .scoredBy("m3", RICE_M3)
            .build())
        .build();
  }
}
