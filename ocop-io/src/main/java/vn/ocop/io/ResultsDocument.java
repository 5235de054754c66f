package vn.ocop.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The results file, format {@code ocop-results/1} (see {@code docs/formats.md}): what an evaluation
 * gives, in a form another program can read back without loss — every product's rank, scores,
 * stars, decision and reasons, the round's statistics, and the packs and instruments applied.
 * Numbers keep their scale ({@code 71.50}); dates are {@code yyyy-MM-dd}.
 *
 * @param format the format, {@code ocop-results/1}
 * @param round the round
 * @param catalogue the catalogue used
 * @param policy the policy that decided
 * @param instruments the legal instruments in force on the council date
 * @param statistics counts over the round
 * @param awards the awards, or null
 * @param products the products
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "round", "catalogue", "policy", "instruments", "statistics", "awards", "products"})
public record ResultsDocument(
    @JsonProperty(required = true) String format,
    @JsonProperty(required = true) RoundSummary round,
    @JsonProperty(required = true) CatalogueInfo catalogue,
    @JsonProperty(required = true) PolicyInfo policy,
    @JsonProperty(required = true) List<InstrumentInfo> instruments,
    @JsonProperty(required = true) Statistics statistics,
    AwardsDoc awards,
    @JsonProperty(required = true) List<ProductResultDoc> products) {

  /** The format written and read. */
  public static final String FORMAT = "ocop-results/1";

  /**
   * The province's awards for the round, computed by {@code vn.ocop.funding.AwardSchedule} from the
   * packs' {@code award.*} parameters; absent when no pack sets an award. Amounts in VND.
   *
   * @param schedule the schedule's id: the pack that set the amounts, e.g. {@code province/ha-tinh@2019.1}
   * @param mode {@code EVERY_CERTIFICATION} or {@code ONCE_PER_LEVEL}
   * @param basis the packs' legal references
   * @param levels one entry per star level the schedule pays
   * @param total the sum paid, VND
   * @param unscheduled certified products whose stars the schedule pays nothing for
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"schedule", "mode", "basis", "levels", "total", "unscheduled"})
  public record AwardsDoc(
      @JsonProperty(required = true) String schedule,
      @JsonProperty(required = true) String mode,
      String basis,
      @JsonProperty(required = true) List<AwardLevel> levels,
      @JsonProperty(required = true) long total,
      @JsonProperty(required = true) List<String> unscheduled) {
    /**
     * The lists are copied.
     *
     * @param schedule the schedule's id: the pack that set the amounts, e.g. {@code province/ha-tinh@2019.1}
     * @param mode {@code EVERY_CERTIFICATION} or {@code ONCE_PER_LEVEL}
     * @param basis the packs' legal references
     * @param levels one entry per star level the schedule pays
     * @param total the sum paid, VND
     * @param unscheduled certified products whose stars the schedule pays nothing for
     */
    public AwardsDoc {
      levels = List.copyOf(levels);
      unscheduled = List.copyOf(unscheduled);
    }
  }

  /**
   * One star level of an award schedule applied to a round.
   *
   * @param stars the level
   * @param amount VND per product at this level
   * @param source the pack that set the amount
   * @param products products certified at this level
   * @param total VND paid for this level
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"stars", "amount", "source", "products", "total"})
  public record AwardLevel(
      @JsonProperty(required = true) int stars,
      @JsonProperty(required = true) long amount,
      String source,
      @JsonProperty(required = true) int products,
      @JsonProperty(required = true) long total) {}

  /**
   * A place by id and name.
   *
   * @param id the id
   * @param name the name
   */
  public record PlaceRef(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name) {}

  /**
   * The round.
   *
   * @param id the id
   * @param province the province
   * @param district the district, or null
   * @param year the year
   * @param sequence the round's sequence in its year (đợt)
   * @param level the council level
   * @param councilDate the council date
   * @param members the number of council members
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "province", "district", "year", "sequence", "level", "councilDate", "members"})
  public record RoundSummary(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) PlaceRef province,
      PlaceRef district,
      @JsonProperty(required = true) int year,
      @JsonProperty(required = true) int sequence,
      @JsonProperty(required = true) String level,
      @JsonProperty(required = true) LocalDate councilDate,
      @JsonProperty(required = true) int members) {}

  /**
   * The catalogue the round was scored with.
   *
   * @param instrument the legal instrument
   * @param source the document it comes from
   * @param optionLevel whether sheets are scored option by option
   */
  @JsonPropertyOrder({"instrument", "source", "optionLevel"})
  public record CatalogueInfo(
      @JsonProperty(required = true) String instrument,
      @JsonProperty(required = true) String source,
      @JsonProperty(required = true) boolean optionLevel) {}

  /**
   * The policy that decided: its description, packs and parameters after layering.
   *
   * @param description the description
   * @param packs the packs
   * @param parameters the parameters by name
   */
  @JsonPropertyOrder({"description", "packs", "parameters"})
  public record PolicyInfo(
      @JsonProperty(required = true) String description,
      @JsonProperty(required = true) List<PackInfo> packs,
      @JsonProperty(required = true) Map<String, String> parameters) {
    /**
     * The list is copied, the parameters sorted by name.
     *
     * @param description the policy's description (packs and versions)
     * @param packs the rule packs applied
     * @param parameters the parameters after layering, by name
     */
    public PolicyInfo {
      packs = List.copyOf(packs);
      parameters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(parameters));
    }
  }

  /**
   * One rule pack applied.
   *
   * @param id the id
   * @param version the version
   * @param name the name
   * @param legal the legal reference
   * @param effectiveFrom the first day in force
   * @param effectiveTo the last day in force, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "version", "name", "legal", "effectiveFrom", "effectiveTo"})
  public record PackInfo(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String version,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) String legal,
      @JsonProperty(required = true) LocalDate effectiveFrom,
      LocalDate effectiveTo) {}

  /**
   * A legal instrument in force on the council date.
   *
   * @param number the number
   * @param titleVi the title in Vietnamese
   * @param titleEn the title in English
   * @param inForceFrom the first day in force
   */
  @JsonPropertyOrder({"number", "titleVi", "titleEn", "inForceFrom"})
  public record InstrumentInfo(
      @JsonProperty(required = true) String number,
      @JsonProperty(required = true) String titleVi,
      @JsonProperty(required = true) String titleEn,
      @JsonProperty(required = true) LocalDate inForceFrom) {}

  /**
   * Counts over the round.
   *
   * @param products the products
   * @param perStars counts per star level
   * @param unranked products with no stars
   * @param perDecision counts per decision
   * @param shareAtLeastThreeStars the share of products at 3★ or more
   * @param perDistrict counts per district
   */
  @JsonPropertyOrder({"products", "perStars", "unranked", "perDecision", "shareAtLeastThreeStars", "perDistrict"})
  public record Statistics(
      @JsonProperty(required = true) int products,
      @JsonProperty(required = true) Map<String, Integer> perStars,
      @JsonProperty(required = true) int unranked,
      @JsonProperty(required = true) Map<String, Integer> perDecision,
      @JsonProperty(required = true) BigDecimal shareAtLeastThreeStars,
      @JsonProperty(required = true) List<DistrictCount> perDistrict) {}

  /**
   * Products per star level in one district (or province, for products recorded without one).
   *
   * @param place the place
   * @param products the products
   * @param perStars counts per star level
   * @param unranked products with no stars
   */
  @JsonPropertyOrder({"place", "products", "perStars", "unranked"})
  public record DistrictCount(
      @JsonProperty(required = true) PlaceRef place,
      @JsonProperty(required = true) int products,
      @JsonProperty(required = true) Map<String, Integer> perStars,
      @JsonProperty(required = true) int unranked) {}

  /**
   * The producer of a product.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   */
  @JsonPropertyOrder({"id", "name", "kind"})
  public record ProducerRef(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) String kind) {}

  /**
   * One member's totals (no member: the council's part scores).
   *
   * @param member the member's id
   * @param total the sum, VND
   * @param a the points of part A
   * @param b the points of part B
   * @param c the points of part C
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"member", "total", "a", "b", "c"})
  public record MemberTotals(
      String member,
      @JsonProperty(required = true) BigDecimal total,
      @JsonProperty(required = true) BigDecimal a,
      @JsonProperty(required = true) BigDecimal b,
      @JsonProperty(required = true) BigDecimal c) {}

  /**
   * A reason, as the rule gave it.
   *
   * @param ruleId the rule's id
   * @param pack the pack that fired it
   * @param messageVi the message in Vietnamese
   * @param messageEn the message in English
   * @param legalReference the legal reference
   */
  @JsonPropertyOrder({"ruleId", "pack", "messageVi", "messageEn", "legalReference"})
  public record ReasonDoc(
      @JsonProperty(required = true) String ruleId,
      @JsonProperty(required = true) String pack,
      @JsonProperty(required = true) String messageVi,
      @JsonProperty(required = true) String messageEn,
      @JsonProperty(required = true) String legalReference) {}

  /**
   * One product's result.
   *
   * @param rank the rank
   * @param tied whether the rank is shared
   * @param id the id
   * @param name the name
   * @param producer the producer's id
   * @param commune the commune
   * @param district the district, or null
   * @param province the province
   * @param productSet the product set code
   * @param productSetName the product set name
   * @param productGroup the product group
   * @param granularity the granularity
   * @param score the score
   * @param a points of part A
   * @param b points of part B
   * @param c points of part C
   * @param lowestTotal the lowest total
   * @param highestTotal the highest total
   * @param members the members
   * @param stars the star level
   * @param decision the decision
   * @param forwardTo the council level forwarded to, or null
   * @param reasons the reasons, in firing order
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"rank", "tied", "id", "name", "producer", "commune", "district", "province", "productSet",
      "productSetName", "productGroup", "granularity", "score", "a", "b", "c", "lowestTotal", "highestTotal", "members",
      "stars", "decision", "forwardTo", "reasons"})
  public record ProductResultDoc(
      @JsonProperty(required = true) int rank,
      @JsonProperty(required = true) boolean tied,
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) ProducerRef producer,
      PlaceRef commune,
      PlaceRef district,
      @JsonProperty(required = true) PlaceRef province,
      @JsonProperty(required = true) String productSet,
      @JsonProperty(required = true) String productSetName,
      @JsonProperty(required = true) String productGroup,
      @JsonProperty(required = true) String granularity,
      @JsonProperty(required = true) BigDecimal score,
      @JsonProperty(required = true) BigDecimal a,
      @JsonProperty(required = true) BigDecimal b,
      @JsonProperty(required = true) BigDecimal c,
      @JsonProperty(required = true) BigDecimal lowestTotal,
      @JsonProperty(required = true) BigDecimal highestTotal,
      @JsonProperty(required = true) List<MemberTotals> members,
      Integer stars,
      @JsonProperty(required = true) String decision,
      String forwardTo,
      @JsonProperty(required = true) List<ReasonDoc> reasons) {}
}
