package vn.ocop.catalog;

/**
 * A condition written into the scorecard tables under which a criterion is scored at all. When a
 * council member judges the condition not met, the member leaves every criterion carrying it
 * unanswered and those criteria score 0; they are not removed from the 100 points.
 *
 * <p>Source: the notes in the tables of Decision 148/QĐ-TTg, Appendix III (quoted in {@link #noteVi()}),
 * and the same notes on the score sheets of Decision 26/2026/QĐ-TTg, Phụ lục II.
 * How far a stop note reaches (which criteria are "the next steps") is the catalogue's reading of
 * the table, recorded per criterion in the catalogue file.
 */
public enum Condition {
  /** "Chỉ áp dụng khi có câu chuyện": story criteria apply only when the product has a story. */
  HAS_STORY("Chỉ áp dụng khi có câu chuyện", "applies only when the product has a story"),
  /**
   * "Không đánh giá những sản phẩm có tính phổ biến…": common products without distinction are not
   * scored on the idea-origin criterion.
   */
  DISTINCTIVE_PRODUCT(
      "Không đánh giá những sản phẩm có tính phổ biến của nhóm sản phẩm chủ lực cấp quốc gia, cấp tỉnh mà không có sự nổi trội và đặc sắc",
      "not scored for common products without distinction"),
  /**
   * "Không xem xét các chỉ tiêu khác nếu sản phẩm có các tạp chất…": contamination stops the other
   * sensory criteria.
   */
  NO_UNACCEPTABLE_IMPURITIES(
      "Không xem xét các chỉ tiêu khác nếu sản phẩm có các tạp chất có nguy cơ cao ảnh hưởng đến vệ sinh ATTP",
      "not scored when the product has unacceptable impurities"),
  /**
   * "Không đánh giá các bước tiếp theo nếu Chứng nhận đủ điều kiện ATTP… không phù hợp": without a
   * valid food-safety certificate the later quality-assurance steps are not reached.
   */
  VALID_FOOD_SAFETY_CERTIFICATE(
      "Không đánh giá các bước tiếp theo nếu Chứng nhận đủ điều kiện ATTP (hoặc tương đương) không phù hợp theo quy định",
      "not scored without a valid food-safety certificate");

  private final String noteVi;
  private final String descriptionEn;

  Condition(String noteVi, String descriptionEn) {
    this.noteVi = noteVi;
    this.descriptionEn = descriptionEn;
  }

  /** {@return the note as the table writes it (Vietnamese)} */
  public String noteVi() {
    return noteVi;
  }

  /** {@return what the note means, in English} */
  public String descriptionEn() {
    return descriptionEn;
  }
}
