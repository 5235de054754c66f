package vn.ocop.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.law.DossierKind;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.producer.ProducerKind;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.CouncilRole;
import vn.ocop.round.DossierItem;

/**
 * The round file, format {@code ocop-round/1}, as it stands in JSON (see {@code docs/formats.md} and
 * {@code round.schema.json}). Every key is declared here; any other key is an error. Values are
 * checked against the core model by {@link RoundFiles}.
 *
 * @param format always {@code ocop-round/1}
 * @param description what the round is, free text
 * @param sources the documents the data comes from
 * @param illustrative which values are illustrative (not given by the sources)
 * @param round the round itself
 * @param places the places the file gives an id of its own, or that the place registry does not
 *     know; optional: elsewhere a place is named by registry slug path or official code
 * @param council the council's members
 * @param producers the producers
 * @param products the products with their dossiers and scores
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "description", "sources", "illustrative", "round", "places", "council", "producers", "products"})
public record RoundDocument(
    @JsonProperty(required = true) String format,
    String description,
    List<String> sources,
    String illustrative,
    @JsonProperty(required = true) RoundInfo round,
    List<Place> places,
    @JsonProperty(required = true) List<Member> council,
    @JsonProperty(required = true) List<ProducerEntry> producers,
    @JsonProperty(required = true) List<ProductEntry> products) {

  /** The format this reader understands. */
  public static final String FORMAT = "ocop-round/1";

  /**
   * Lists left out of the file are empty, never null.
   *
   * @param format always {@code ocop-round/1}
   * @param description what the round is, free text
   * @param sources the documents the data comes from
   * @param illustrative which values are illustrative (not given by the sources)
   * @param round the round itself
   * @param places the places the file gives an id of its own, or that the place registry does not know; optional: elsewhere a place is named by registry slug path or official code
   * @param council the council's members
   * @param producers the producers
   * @param products the products with their dossiers and scores
   */
  public RoundDocument {
    sources = sources == null ? List.of() : List.copyOf(sources);
    places = places == null ? List.of() : List.copyOf(places);
  }

  /**
   * The round: who, when, at which level.
   *
   * @param province the province
   * @param district the district, or null
   * @param year the year
   * @param sequence the sequence in the year (đợt)
   * @param level the council level
   * @param councilDate the council date
   * @param submissionDeadline the submission deadline, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"province", "district", "year", "sequence", "level", "councilDate", "submissionDeadline"})
  public record RoundInfo(
      @JsonProperty(required = true) String province,
      String district,
      @JsonProperty(required = true) Integer year,
      @JsonProperty(required = true) Integer sequence,
      @JsonProperty(required = true) CouncilLevel level,
      @JsonProperty(required = true) LocalDate councilDate,
      LocalDate submissionDeadline) {}

  /**
   * A province, district or commune, referred to by its id elsewhere in the file. In a round file it
   * is checked against the place registry on the council date (by {@code officialCode} when given,
   * else by {@code id} as a slug under {@code parent}); a unit the registry cannot know (dissolved
   * before 1 March 2025) says so with {@code outsideRegistry}.
   *
   * @param id the id the file uses
   * @param name the name, with or without its kind word; must match the registry's
   * @param level the level
   * @param parent the id of a place listed before, or a registry reference (slug path or code)
   * @param officialCode the official code
   * @param existsUntil the last day the unit existed; must match the registry's when given
   * @param outsideRegistry true for a unit dissolved before 1 March 2025, which the registry does not list
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "name", "level", "parent", "officialCode", "existsUntil", "outsideRegistry"})
  public record Place(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) AdministrativeLevel level,
      String parent,
      String officialCode,
      LocalDate existsUntil,
      Boolean outsideRegistry) {}

  /**
   * A council member.
   *
   * @param id the id
   * @param name the name
   * @param role the role
   */
  @JsonPropertyOrder({"id", "name", "role"})
  public record Member(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) CouncilRole role) {}

  /**
   * A producer (chủ thể).
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param smallOrMediumEnterprise the small or medium enterprise
   * @param registration the registration
   * @param place the place (a place id, slug path or official code)
   * @param representativeIsWoman the representative is woman
   * @param representativeIsEthnicMinority the representative is ethnic minority
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "name", "kind", "smallOrMediumEnterprise", "registration", "place", "representativeIsWoman",
      "representativeIsEthnicMinority"})
  public record ProducerEntry(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) ProducerKind kind,
      Boolean smallOrMediumEnterprise,
      String registration,
      String place,
      Boolean representativeIsWoman,
      Boolean representativeIsEthnicMinority) {}

  /**
   * A product with its dossier and its scores: option-level sheets or part scores, not both.
   *
   * @param id the id
   * @param name the name
   * @param productSet the product set code
   * @param producer the producer's id
   * @param place the place (a place id, slug path or official code)
   * @param note free text, or null
   * @param filedOn the filing date, or null
   * @param dossierKind the dossier kind, or null
   * @param dossier the dossier
   * @param disqualifications the disqualifications
   * @param sheets the sheets
   * @param parts the part scores
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"id", "name", "productSet", "producer", "place", "note", "filedOn", "dossierKind", "dossier",
      "disqualifications", "sheets", "parts"})
  public record ProductEntry(
      @JsonProperty(required = true) String id,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) String productSet,
      @JsonProperty(required = true) String producer,
      @JsonProperty(required = true) String place,
      String note,
      LocalDate filedOn,
      DossierKind dossierKind,
      List<DossierItem> dossier,
      List<String> disqualifications,
      List<Sheet> sheets,
      List<Parts> parts) {
    /**
     * Lists left out of the file are empty, never null.
     *
     * @param id the product's id, unique in the round
     * @param name the product's name
     * @param productSet the product set code ({@code 148/03}); on a sheet, optional and then checked against the product's
     * @param producer the id of its producer in {@code producers}
     * @param place the commune (or district) where it is made: a place id, slug path or official code
     * @param note free text, or null
     * @param filedOn the dossier's filing date, or null (needed during a transition between laws)
     * @param dossierKind first evaluation, upgrade or re-evaluation, or null
     * @param dossier the dossier items handed in
     * @param disqualifications the grounds for disqualification the council found
     * @param sheets the members' option-level sheets
     * @param parts the members' part totals, where no sheets survive
     */
    public ProductEntry {
      dossier = dossier == null ? List.of() : List.copyOf(dossier);
      disqualifications = disqualifications == null ? List.of() : List.copyOf(disqualifications);
      sheets = sheets == null ? List.of() : List.copyOf(sheets);
      parts = parts == null ? List.of() : List.copyOf(parts);
    }
  }

  /**
   * One member's option-level sheet: one option key per criterion ({@code A1a/3}).
   *
   * @param member the member's id
   * @param productSet the product set code
   * @param choices the choices
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"member", "productSet", "choices"})
  public record Sheet(
      @JsonProperty(required = true) String member,
      String productSet,
      @JsonProperty(required = true) List<String> choices) {
    /**
     * A sheet without choices has an empty list.
     *
     * @param member the member's id on the council
     * @param productSet the product set code ({@code 148/03}); on a sheet, optional and then checked against the product's
     * @param choices one option key per criterion ({@code A1a/3})
     */
    public Sheet {
      choices = choices == null ? List.of() : List.copyOf(choices);
    }
  }

  /**
   * Part totals, of one member or (without member) of the council.
   *
   * @param member the member's id
   * @param a points of part A
   * @param b points of part B
   * @param c points of part C
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"member", "a", "b", "c"})
  public record Parts(
      String member,
      @JsonProperty(required = true) BigDecimal a,
      @JsonProperty(required = true) BigDecimal b,
      @JsonProperty(required = true) BigDecimal c) {}
}
