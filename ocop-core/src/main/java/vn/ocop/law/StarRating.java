package vn.ocop.law;

/**
 * The OCOP star level of a product, 1★ to 5★ (hạng sao).
 *
 * <p>3★ and above earn a certificate (Decision 148/QĐ-TTg, Article 1 and Appendix III; earlier
 * Decision 1048/QĐ-TTg). The bands that map points to stars belong to the rule packs, not here.
 */
public enum StarRating {
  /** One star. */
  ONE_STAR(1),
  /** Two stars. */
  TWO_STARS(2),
  /** Three stars: the lowest level that earns a certificate. */
  THREE_STARS(3),
  /** Four stars. */
  FOUR_STARS(4),
  /** Five stars: the national level. */
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

  /**
   * {@return whether this level is at least {@code other}}
   *
   * @param other the level to compare with
   */
  public boolean isAtLeast(StarRating other) {
    return stars >= other.stars;
  }

  /** {@return the Vietnamese display, e.g. {@code "3 sao"}} */
  public String nameVi() {
    return stars + " sao";
  }

  /** {@return the English display, e.g. {@code "3 stars"}} */
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
   * @param stars the number of stars, 1 to 5
   * @return the level with that many stars
   * @throws IllegalArgumentException if {@code stars} is not 1 to 5
   */
  public static StarRating of(int stars) {
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException("A star rating is 1 to 5 stars, not " + stars);
    }
    return values()[stars - 1];
  }
}
