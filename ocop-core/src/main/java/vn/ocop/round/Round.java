package vn.ocop.round;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.catalog.Catalogue;
import vn.ocop.law.ApplicableLaw;
import vn.ocop.law.Instrument;
import vn.ocop.law.LawInForce;
import vn.ocop.law.LawNotApplicableException;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.product.Product;

/**
 * An evaluation round (đợt đánh giá, phân hạng): a province's council (or one district's) meeting
 * on a date to score and rank the products submitted to it. The round's date selects the law in
 * force ({@link #instruments()}) and the criteria catalogue. Immutable and thread-safe.
 *
 * <pre>{@code
 * Round round = Round.builder()
 *     .province(kienGiang).district(honDat)
 *     .year(2024).sequence(1)
 *     .level(CouncilLevel.DISTRICT)
 *     .councilDate(LocalDate.of(2024, 6, 5))
 *     .council(council)
 *     .addSubmissions(submission)
 *     .build();
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class Round {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Round() {}


  /** {@return the province that runs the round} */
  public abstract AdministrativeUnit province();

  /** {@return the district whose council scores, for a district round} */
  public abstract Optional<AdministrativeUnit> district();

  /** {@return the programme year the round belongs to} */
  public abstract int year();

  /** {@return the round's number within the year (đợt 1, đợt 2)} */
  public abstract int sequence();

  /** {@return the level of the council that evaluates the round} */
  public abstract CouncilLevel level();

  /** {@return the day the council meets and scores; it selects the law in force} */
  public abstract LocalDate councilDate();

  /** {@return the deadline for dossiers, if the round set one} */
  public abstract Optional<LocalDate> submissionDeadline();

  /** {@return the council that scores the round} */
  public abstract Council council();

  /** {@return the products submitted to the round, in submission order} */
  public abstract List<Submission> submissions();

  /**
   * The catalogue to score with, when the host chooses it; by default the catalogue in force on
   * {@link #councilDate()} ({@link vn.ocop.catalog.Catalogues#inForceOn(LocalDate)}).
   *
   * @return the catalogue chosen by the host, or empty for the one in force
   */
  public abstract Optional<Catalogue> catalogue();

  /** {@return the instruments in force on the council date} */
  public List<Instrument> instruments() {
    return Instrument.inForceOn(councilDate());
  }

  /**
   * The law that judges a submission of this round: by the council date and, across the change of
   * law of 2026, the dossier's filing date and kind ({@link LawInForce#forDossier}).
   *
   * @param submission a submission of this round; not null
   * @return the applicable law for that submission
   * @throws LawNotApplicableException if no law covers the council date (before 21/08/2019)
   * @since 0.2
   */
  public ApplicableLaw law(Submission submission) {
    return LawInForce.forDossier(councilDate(), submission.filedOn(), submission.dossierKind());
  }

  /**
   * A readable, stable id: province / year / sequence / level, with the district for a district
   * round, e.g. {@code kien-giang/2024/1/district/hon-dat}.
   *
   * @return the round's id
   */
  @Value.Derived
  public String id() {
    String base = province().id() + "/" + year() + "/" + sequence() + "/" + level().name().toLowerCase(Locale.ROOT);
    return district().map(d -> base + "/" + d.id()).orElse(base);
  }

  /**
   * The submission of a product.
   *
   * @param productId the product's id
   * @return the submission of the product with that id, if any
   */
  public Optional<Submission> submission(String productId) {
    return submissions().stream().filter(s -> s.product().id().equals(productId)).findFirst();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Round}. */
  public static final class Builder extends ImmutableRound.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}

    /**
     * Adds a submission.
     *
     * @param submission the submission to add
     * @return this builder
     */
    public Builder submit(Submission submission) {
      addSubmissions(submission);
      return this;
    }
  }

  /**
   * Checks the round: a province, a sequence from 1, a year from 2018 to 2100 met in that year or the next, a district
   * exactly for a district round, and each product submitted once, from the round's place.
   *
   * @throws RoundException if the round is inconsistent
   */
  @Value.Check
  protected void check() {
    String id = id();
    if (province().level() != AdministrativeLevel.PROVINCE) {
      throw new RoundException(id, null, null, "'" + province().name() + "' is not a province");
    }
    if (sequence() < 1) {
      throw new RoundException(id, null, null, "the round's sequence starts at 1, was " + sequence());
    }
    if (year() < 2018) {
      throw new RoundException(id, null, null, "the OCOP programme began in 2018; year " + year() + " is not a programme year");
    }
    if (year() > 2100) {
      throw new RoundException(id, null, null, "year " + year() + " is not a programme year; give a year from 2018 to 2100");
    }
    int met = councilDate().getYear();
    if (met != year() && met != year() + 1) {
      throw new RoundException(id, null, null, "the round of " + year() + " cannot meet on " + councilDate()
          + ": a council meets in its round's year or, for a round that runs late, early the next year");
    }
    if (level() == CouncilLevel.DISTRICT && district().isEmpty()) {
      throw new RoundException(id, null, null, "a district round needs its district");
    }
    if (level() != CouncilLevel.DISTRICT && district().isPresent()) {
      throw new RoundException(id, null, null, "only a district round names a district; this is a " + level().nameEn() + " round");
    }
    district().ifPresent(d -> {
      if (d.level() != AdministrativeLevel.DISTRICT || !d.province().equals(province())) {
        throw new RoundException(id, null, null, "'" + d.name() + "' is not a district of " + province().name());
      }
    });
    Set<String> products = new HashSet<>();
    for (Submission s : submissions()) {
      Product p = s.product();
      if (!products.add(p.id())) {
        throw new RoundException(id, p.id(), null, "product '" + p.id() + "' (" + p.name() + ") is submitted twice");
      }
      if (level() != CouncilLevel.CENTRAL && !p.place().province().id().equals(province().id())) {
        throw new RoundException(id, p.id(), null, "product '" + p.id() + "' comes from "
            + p.place().province().name() + ", not from " + province().name());
      }
      if (district().isPresent() && !p.place().district().map(d -> d.id().equals(district().get().id())).orElse(false)) {
        throw new RoundException(id, p.id(), null, "product '" + p.id() + "' does not come from district " + district().get().name());
      }
      for (MemberScorecard card : s.scorecards()) {
        requireMember(id, p, card.member());
      }
      if (!councilDate().isBefore(Instrument.D1048.inForceFrom())) {
        try {
          law(s);
        } catch (LawNotApplicableException e) {
          throw new RoundException(id, p.id(), null, "product '" + p.id() + "': " + e.getMessage());
        }
      }
      for (PartScores parts : s.partScores()) {
        parts.member().ifPresent(m -> requireMember(id, p, m));
      }
    }
  }

  private void requireMember(String id, Product p, String member) {
    if (!council().hasMember(member)) {
      throw new RoundException(id, p.id(), member, "member '" + member + "' scored product '" + p.id()
          + "' but is not on the council");
    }
  }

  @Override
  public String toString() {
    return "Round " + id() + " (" + councilDate() + ", " + submissions().size() + " products)";
  }
}
