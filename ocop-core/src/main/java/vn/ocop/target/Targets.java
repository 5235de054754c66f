package vn.ocop.target;

import java.util.List;
import vn.ocop.law.StarRating;

/**
 * The seed provinces' targets, as their documents state them: data a programme file names by id
 * ({@code "targets": ["kien-giang-2021-certified"]}). The targets themselves are not API (package-private
 * constants); {@link #seeds()} is the lookup.
 */
public final class Targets {
  private Targets() {}

  /**
   * Kiên Giang 2021: at least 30–50 products at ≥3★, stretch 70 (144 registered by the districts).
   * Conclusions of the Director of the Department of Agriculture, conference of 04/03/2021.
   */
  static final Target KIEN_GIANG_2021 = Target.builder().id("kien-giang-2021-certified").provinceId("kien-giang")
      .fromYear(2021).toYear(2021).kind(TargetKind.PRODUCTS_CERTIFIED).minimum(30).upper(50).stretch(70)
      .source("Thông báo kết luận Hội nghị triển khai Chương trình OCOP năm 2021, Sở NN&PTNT Kiên Giang, 04/03/2021").build();

  /** Kiên Giang 2021: every district (huyện, thành phố) at least 2–3 products at ≥3★. Same source. */
  static final Target KIEN_GIANG_2021_PER_DISTRICT = Target.builder().id("kien-giang-2021-per-district")
      .provinceId("kien-giang").fromYear(2021).toYear(2021).kind(TargetKind.PRODUCTS_CERTIFIED_PER_DISTRICT)
      .minimum(2).upper(3).source(KIEN_GIANG_2021.source()).build();

  /** Kiên Giang 2021–2025: at least 120 products at ≥3★ (about 8 per district a year). Plan 118/KH-UBND of 13/08/2020. */
  static final Target KIEN_GIANG_2021_2025 = Target.builder().id("kien-giang-2021-2025-certified")
      .provinceId("kien-giang").fromYear(2021).toYear(2025).kind(TargetKind.PRODUCTS_CERTIFIED).minimum(120)
      .source("Kế hoạch 118/KH-UBND ngày 13/8/2020 của UBND tỉnh Kiên Giang").build();

  /**
   * Kiên Giang 2021–2025: at least 25 products at 5★ (the plan writes "5 sao cấp tỉnh"; counted
   * here as 5★ certificates, which only the central level issues — uncertain reading).
   */
  static final Target KIEN_GIANG_2021_2025_FIVE_STARS = Target.builder().id("kien-giang-2021-2025-five-stars")
      .provinceId("kien-giang").fromYear(2021).toYear(2025).kind(TargetKind.PRODUCTS_CERTIFIED)
      .minimumStars(StarRating.FIVE_STARS).minimum(25).source(KIEN_GIANG_2021_2025.source()).build();

  /** Kiên Giang 2020: 4–5 products at ≥3★ (and 1–2 at 5★, not encoded). Plan 118/KH-UBND. */
  static final Target KIEN_GIANG_2020 = Target.builder().id("kien-giang-2020-certified").provinceId("kien-giang")
      .fromYear(2020).toYear(2020).kind(TargetKind.PRODUCTS_CERTIFIED).minimum(4).upper(5)
      .source(KIEN_GIANG_2021_2025.source()).build();

  /**
   * An Giang 2020: every district, town and city puts at least 3 products into the provincial
   * evaluation. Letter 600/UBND-KTN of 05/06/2020 (implementing Plan 180/KH-UBND of 10/04/2020).
   */
  static final Target AN_GIANG_2020_PER_DISTRICT_ROUND = Target.builder().id("an-giang-2020-per-district-round")
      .provinceId("an-giang").fromYear(2020).toYear(2020).kind(TargetKind.PRODUCTS_PER_DISTRICT_IN_PROVINCIAL_ROUND)
      .minimum(3).source("Công văn 600/UBND-KTN ngày 05/6/2020 của UBND tỉnh An Giang").build();

  /**
   * The seed targets, by their ids.
   *
   * @return every seed target, in a fixed order
   */
  public static List<Target> seeds() {
    return List.of(KIEN_GIANG_2020, KIEN_GIANG_2021, KIEN_GIANG_2021_PER_DISTRICT, KIEN_GIANG_2021_2025,
        KIEN_GIANG_2021_2025_FIVE_STARS, AN_GIANG_2020_PER_DISTRICT_ROUND);
  }
}
