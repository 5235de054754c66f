package vn.ocop.law;

/**
 * The OCOP star level of a product, 1★ to 5★ (hạng sao).
 *
 * <p>3★ and above earn a certificate (Decision 148/QĐ-TTg, Article 1 and Appendix III; earlier
 * Decision 1048/QĐ-TTg). The bands that map points to stars belong to the rule packs, not here.
 */
public enum StarRating {
  ONE_STAR(1),
  TWO_STARS(2),
  THREE_STARS(3),
  FOUR_STARS(4),
  FIVE_STARS(5);

  private final int stars;

  StarRating(int stars) {
    this.stars = stars;
  }

  /** {@return the number of stars, 1 to 5} */
  public int stars() {
    return stars;
  }

  /** {@return whether this level earns an OCOP certificate (3★ and above)} */
  public boolean isCertifiable() {
    return stars >= 3;
  }

  /** {@return whether this level is at least {@code other}} */
  public boolean isAtLeast(StarRating other) {
    return stars >= other.stars;
  }

  /** {@return Vietnamese display, e.g. {@code "3 sao"}} */
  public String nameVi() {
    return stars + " sao";
  }

  /** {@return English display, e.g. {@code "3 stars"}} */
  public String nameEn() {
    return stars == 1 ? "1 star" : stars + " stars";
  }

  /** {@return symbol display, e.g. {@code "3★"}} */
  public String symbol() {
    return stars + "★";
  }

  /**
   * The level with the given number of stars.
   *
   * @throws IllegalArgumentException if {@code stars} is not 1 to 5
   */
  public static StarRating of(int stars) {
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("A star rating is 1 to 5 stars, not " + stars);
    }
    return values()[stars - 1];
  }
}
