package vn.ocop.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.certificate.IssueBasis;
import vn.ocop.producer.ProducerKind;
import vn.ocop.round.CouncilLevel;

/**
 * The programme file, format {@code ocop-programme/1} (see {@code docs/formats.md}): what a
 * province's quarterly or yearly report ({@code vn.ocop.target.ProgrammeReport}) is computed from —
 * places, targets, certificates, the budget plan with allocations and disbursements, and round files.
 * Every key is declared here; any other key is an error. Values are checked by {@link ProgrammeFiles}.
 *
 * @param format always {@code ocop-programme/1}
 * @param description what the file is, free text
 * @param sources the documents the data comes from
 * @param illustrative which values are illustrative (not given by the sources)
 * @param province the province the file is kept by (a place id)
 * @param places provinces and districts, as in the round file
 * @param targets seed targets by id, or targets written out
 * @param budget the budget plan: a {@code .budget} file or a bundled plan
 * @param allocations money assigned against the plan
 * @param disbursements money paid out against the plan
 * @param certificates OCOP certificates
 * @param rounds round files ({@code ocop-round/1}), relative to this file; evaluated for progress and awards
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "description", "sources", "illustrative", "province", "places", "targets", "budget",
    "allocations", "disbursements", "certificates", "rounds"})
public record ProgrammeDocument(
    @JsonProperty(required = true) String format,
    String description,
    List<String> sources,
    String illustrative,
    @JsonProperty(required = true) String province,
    @JsonProperty(required = true) List<RoundDocument.Place> places,
    List<TargetEntry> targets,
    BudgetRef budget,
    List<Money> allocations,
    List<Money> disbursements,
    List<CertificateEntry> certificates,
    List<String> rounds) {

  /** The format this reader understands. */
  public static final String FORMAT = "ocop-programme/1";

  /**
   * Lists left out of the file are empty, never null.
   *
   * @param format always {@code ocop-programme/1}
   * @param description what the file is, free text
   * @param sources the documents the data comes from
   * @param illustrative which values are illustrative (not given by the sources)
   * @param province the province the file is kept by (a place id)
   * @param places provinces and districts, as in the round file
   * @param targets seed targets by id, or targets written out
   * @param budget the budget plan: a {@code .budget} file or a bundled plan
   * @param allocations money assigned against the plan
   * @param disbursements money paid out against the plan
   * @param certificates OCOP certificates
   * @param rounds round files ({@code ocop-round/1}), relative to this file; evaluated for progress and awards
   */
  public ProgrammeDocument {
    sources = sources == null ? List.of() : List.copyOf(sources);
    targets = targets == null ? List.of() : List.copyOf(targets);
    allocations = allocations == null ? List.of() : List.copyOf(allocations);
    disbursements = disbursements == null ? List.of() : List.copyOf(disbursements);
    certificates = certificates == null ? List.of() : List.copyOf(certificates);
    rounds = rounds == null ? List.of() : List.copyOf(rounds);
  }

  /**
   * A target: {@code seed} alone names one of the library's seed targets ({@code vn.ocop.target.Targets});
   * otherwise every required field is given.
   *
   * @param seed the id of a seed target of the library, alone
   * @param id the id
   * @param kind the kind
   * @param fromYear the first year
   * @param toYear the last year
   * @param minimumStars the least star level that counts
   * @param minimum the minimum
   * @param upper the upper bound, or null
   * @param stretch the stretch goal, or null
   * @param source the document it comes from
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"seed", "id", "kind", "fromYear", "toYear", "minimumStars", "minimum", "upper", "stretch", "source"})
  public record TargetEntry(
      String seed,
      String id,
      vn.ocop.target.TargetKind kind,
      Integer fromYear,
      Integer toYear,
      Integer minimumStars,
      Integer minimum,
      Integer upper,
      Integer stretch,
      String source) {}

  /**
   * The budget plan: {@code file} (a {@code .budget} file relative to the programme file) or {@code bundled}.
   *
   * @param file a file, relative to the programme file
   * @param bundled the name of a plan bundled with the library
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"file", "bundled"})
  public record BudgetRef(String file, String bundled) {}

  /**
   * An allocation or disbursement.
   *
   * @param date the day of the decision or payment
   * @param year the plan year the money belongs to (default: the date's year)
   * @param source a funding-source slug, as in the budget file ({@code state-budget})
   * @param millionVnd the amount in millions of VND, a positive whole number
   * @param recipient who receives it
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"date", "year", "source", "millionVnd", "recipient"})
  public record Money(
      @JsonProperty(required = true) LocalDate date,
      Integer year,
      @JsonProperty(required = true) String source,
      @JsonProperty(required = true) BigDecimal millionVnd,
      @JsonProperty(required = true) String recipient) {}

  /**
   * An OCOP certificate, with the product and producer it is for.
   *
   * @param number the certificate's number
   * @param product the product's id
   * @param productName the product's name
   * @param productSet the product set code
   * @param producer the producer's id
   * @param producerKind the producer's kind
   * @param place the place (a place id, slug path or official code)
   * @param stars the star level
   * @param level the council level
   * @param issuedBy the authority that issued it
   * @param issuedUnder the legal instrument it was issued under
   * @param decisionDate the date of the decision
   * @param decisionNumber the decision's number
   * @param basis the basis
   * @param replaces the number of the certificate it replaces, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"number", "product", "productName", "productSet", "producer", "producerKind", "place", "stars",
      "level", "issuedBy", "issuedUnder", "decisionDate", "decisionNumber", "basis", "replaces"})
  public record CertificateEntry(
      @JsonProperty(required = true) String number,
      @JsonProperty(required = true) String product,
      @JsonProperty(required = true) String productName,
      @JsonProperty(required = true) String productSet,
      @JsonProperty(required = true) String producer,
      @JsonProperty(required = true) ProducerKind producerKind,
      @JsonProperty(required = true) String place,
      @JsonProperty(required = true) Integer stars,
      @JsonProperty(required = true) CouncilLevel level,
      @JsonProperty(required = true) String issuedBy,
      String issuedUnder,
      @JsonProperty(required = true) LocalDate decisionDate,
      String decisionNumber,
      IssueBasis basis,
      String replaces) {}
}
