package vn.ocop.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * One product before the council, as rules see it: who makes it, what its dossier holds and how it
 * was scored. Scores are {@link BigDecimal} with scale 2 (the mean of the members' totals, rounded
 * half up, as {@code vn.ocop.scoring.ScoreSheet} computes it).
 *
 * @param productId the product's id
 * @param name the product's name
 * @param productSet the product set code, e.g. {@code 148/03}
 * @param productSetNumber the set's number in its instrument (26 is community tourism under 148)
 * @param productGroup the product group number (1 food, 2 beverages, … 6 services/tourism)
 * @param producerKind {@code ENTERPRISE}, {@code COOPERATIVE}, {@code COOPERATIVE_GROUP} or {@code HOUSEHOLD}
 * @param registered whether the producer has a business registration
 * @param dossier the dossier items present, by name ({@code REGISTRATION_FORM}, {@code PRODUCT_SAMPLES}…)
 * @param district the slug of the district the product comes from, or {@code ""}
 * @param commune the commune the product comes from, as its path below the province, or {@code ""}
 * @param communeName the commune's official name, or {@code ""}
 * @param granularity {@code OPTION_LEVEL}, {@code PART_LEVEL} or {@code UNSCORED}
 * @param score the product's score, the members' mean
 * @param bandScore the score compared with the star bands: {@code score} itself, or rounded half up to a
 *     whole number when the pack's {@code band.rounding} is {@value #ROUNDING_HALF_UP_TO_INTEGER}
 * @param band the star band of {@code bandScore} in the book's band table ({@code band.2} … {@code band.5},
 *     as the packs set them): 1 to 5, or 0 where no table was read. The library's fact builder fills it in;
 *     the shared band rules match on it (an indexed test, so a candidate meets only its own band's rule)
 *     and still check the thresholds themselves
 * @param partA the mean of part A
 * @param partB the mean of part B
 * @param partC the mean of part C
 * @param members how many members' scores count (1 for a council-level result)
 * @param councilResultOnly whether only the council's part scores survive (no member named)
 * @param chairScored whether the chair is among the members who scored
 * @param lowestTotal the lowest member total
 * @param highestTotal the highest member total
 * @param spread the highest minus the lowest member total
 */
public record Candidate(
    String productId,
    String name,
    String productSet,
    int productSetNumber,
    int productGroup,
    String producerKind,
    boolean registered,
    Set<String> dossier,
    String district,
    String commune,
    String communeName,
    String granularity,
    BigDecimal score,
    BigDecimal bandScore,
    int band,
    BigDecimal partA,
    BigDecimal partB,
    BigDecimal partC,
    int members,
    boolean councilResultOnly,
    boolean chairScored,
    BigDecimal lowestTotal,
    BigDecimal highestTotal,
    BigDecimal spread) {

  /** Band rounding: compare the score itself with the band thresholds. */
  public static final String ROUNDING_NONE = "none";

  /** Band rounding: round the score half up to a whole number first (69.50 → 70). */
  public static final String ROUNDING_HALF_UP_TO_INTEGER = "half-up-to-integer";

  /**
   * Checks the components and copies {@code dossier}.
   *
   * @param productId the product's id
   * @param name the product's name
   * @param productSet the product set code, e.g. {@code 148/03}
   * @param productSetNumber the set's number in its instrument (26 is community tourism under 148)
   * @param productGroup the product group number (1 food, 2 beverages, … 6 services/tourism)
   * @param producerKind {@code ENTERPRISE}, {@code COOPERATIVE}, {@code COOPERATIVE_GROUP} or {@code HOUSEHOLD}
   * @param registered whether the producer has a business registration
   * @param dossier the dossier items present, by name ({@code REGISTRATION_FORM}, {@code PRODUCT_SAMPLES}…)
   * @param district the slug of the district the product comes from, or {@code ""}
   * @param commune the commune the product comes from, as its path below the province ({@code hon-dat/son-kien}, or
   *     {@code son-kien} where there are no districts), or {@code ""} when the product's place is not a commune
   * @param communeName the commune's official name ({@code Xã Sơn Kiên}), or {@code ""}
   * @param granularity {@code OPTION_LEVEL}, {@code PART_LEVEL} or {@code UNSCORED}
   * @param score the product's score, the members' mean
   * @param bandScore the score compared with the star bands: {@code score} itself, or rounded half up to a
   *     whole number when the pack's {@code band.rounding} is {@value #ROUNDING_HALF_UP_TO_INTEGER}
   * @param band the star band of {@code bandScore} in the book's band table, 1 to 5, or 0 where none was read
   * @param partA the mean of part A
   * @param partB the mean of part B
   * @param partC the mean of part C
   * @param members how many members' scores count (1 for a council-level result)
   * @param councilResultOnly whether only the council's part scores survive (no member named)
   * @param chairScored whether the chair is among the members who scored
   * @param lowestTotal the lowest member total
   * @param highestTotal the highest member total
   * @param spread the highest minus the lowest member total
   * @throws vn.ocop.NullArgumentException if {@code productId}, {@code dossier} (or one of its items), {@code score}
   *     or {@code bandScore} is null
   * @throws IllegalArgumentException if {@code band} is not 0 to 5
   */
  public Candidate {
    vn.ocop.NullArgumentException.check(productId, "productId");
    vn.ocop.NullArgumentException.check(dossier, "dossier").forEach(d -> vn.ocop.NullArgumentException.check(d, "dossier item"));
    dossier = Set.copyOf(dossier);
    vn.ocop.NullArgumentException.check(score, "score");
    vn.ocop.NullArgumentException.check(bandScore, "bandScore");
    if (band < 0 || band > 5) {
      throw new IllegalArgumentException("Candidate " + productId + ": band " + band + " is not 0 to 5");
    }
  }

  /**
   * A candidate without its band (0), as before version 0.3 added the component. The shared band rules
   * give such a candidate no band finding: build it with the canonical constructor and the band of its
   * {@code bandScore} instead.
   *
   * @param productId the product's id
   * @param name the product's name
   * @param productSet the product set code
   * @param productSetNumber the set's number in its instrument
   * @param productGroup the product group number
   * @param producerKind the producer's kind
   * @param registered whether the producer has a business registration
   * @param dossier the dossier items present, by name
   * @param district the district's slug, or {@code ""}
   * @param commune the commune's path below the province, or {@code ""}
   * @param communeName the commune's official name, or {@code ""}
   * @param granularity {@code OPTION_LEVEL}, {@code PART_LEVEL} or {@code UNSCORED}
   * @param score the product's score
   * @param bandScore the score compared with the star bands
   * @param partA the mean of part A
   * @param partB the mean of part B
   * @param partC the mean of part C
   * @param members how many members' scores count
   * @param councilResultOnly whether only the council's part scores survive
   * @param chairScored whether the chair is among the members who scored
   * @param lowestTotal the lowest member total
   * @param highestTotal the highest member total
   * @param spread the highest minus the lowest member total
   * @deprecated since 0.3: the shared band rules need the band; use the canonical constructor
   */
  @Deprecated(since = "0.3")
  public Candidate(String productId, String name, String productSet, int productSetNumber, int productGroup,
      String producerKind, boolean registered, Set<String> dossier, String district, String commune,
      String communeName, String granularity, BigDecimal score, BigDecimal bandScore, BigDecimal partA,
      BigDecimal partB, BigDecimal partC, int members, boolean councilResultOnly, boolean chairScored,
      BigDecimal lowestTotal, BigDecimal highestTotal, BigDecimal spread) {
    this(productId, name, productSet, productSetNumber, productGroup, producerKind, registered, dossier, district,
        commune, communeName, granularity, score, bandScore, 0, partA, partB, partC, members, councilResultOnly,
        chairScored, lowestTotal, highestTotal, spread);
  }

  /**
   * Whether any scores were given.
   *
   * @return false if the granularity is {@code UNSCORED}
   */
  public boolean scored() {
    return !"UNSCORED".equals(granularity);
  }

  /**
   * Whether the dossier holds {@code item} (a dossier item name).
   *
   * @param item a dossier item name, e.g. {@code REGISTRATION_FORM}
   * @return true if the dossier holds it
   */
  public boolean has(String item) {
    return dossier.contains(item);
  }

  /**
   * The score compared with the star bands under a band rounding: {@value #ROUNDING_NONE} (the score
   * itself) or {@value #ROUNDING_HALF_UP_TO_INTEGER} (rounded half up to a whole number, 69.50 → 70).
   *
   * @param score the product's score
   * @param rounding the pack's {@code band.rounding}
   * @return the score to compare with the star bands
   * @throws IllegalArgumentException for another rounding
   */
  public static BigDecimal bandScore(BigDecimal score, String rounding) {
    if (ROUNDING_NONE.equals(rounding)) {
      return score;
    }
    if (ROUNDING_HALF_UP_TO_INTEGER.equals(rounding)) {
      return score.setScale(0, RoundingMode.HALF_UP);
    }
    throw new IllegalArgumentException("Unknown band rounding '" + rounding + "'; use " + ROUNDING_NONE + " or "
        + ROUNDING_HALF_UP_TO_INTEGER);
  }
}
