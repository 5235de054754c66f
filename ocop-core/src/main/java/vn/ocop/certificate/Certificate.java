package vn.ocop.certificate;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.evaluation.Decision;
import vn.ocop.law.Instrument;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.product.Product;
import vn.ocop.result.ProductResult;
import vn.ocop.result.RoundResult;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Round;

/**
 * An OCOP certificate (giấy chứng nhận sản phẩm OCOP): the product, its producer and stars, the
 * level, body and place that issued it, and the decision date. Immutable and thread-safe; a
 * revocation or a supersession gives a new value (see {@link CertificateRegistry}).
 *
 * <p>Decision 148/QĐ-TTg (procedure): a certificate is valid 36 months from the decision, and the
 * issuer notifies the producer at least {@value #NOTICE_DAYS} days before it expires. The library
 * reads "36 months from the decision" as: valid from the decision date up to and including the day
 * before the same calendar day 36 months later ({@link #validUntil()}); {@link #expiryDate()} is
 * that later day, the first day it is no longer valid (the law does not say which day counts;
 * library choice, uncertain).
 *
 * <p>Decision 26/2026/QĐ-TTg: a certificate is valid 36 months (Article 4.3). The holder files for
 * re-evaluation no earlier than 180 and no later than 120 days before it expires (Article 7.6.a;
 * {@link #reEvaluationFilingOpens()}, {@link #reEvaluationFilingCloses()}), which replaces the 30-day
 * notice for certificates issued under 26/2026 ({@link #noticeFrom()}). Certificates issued before
 * 22/05/2026 stay valid to their expiry (Article 12.1); one whose holder could not file within that
 * window stays valid until the result, at most 180 days past expiry (Article 12.3,
 * {@link #extendedUntil()}).
 *
 * <p>A certificate keeps the body and place it was issued under: a Kiên Giang district's
 * certificate of 2024 still names that district and Kiên Giang after 1 July 2025, and stays valid to
 * its expiry (DOMAIN §1); queries by today's province go through {@link vn.ocop.place.Places#provinceIdOn}.
 *
 * <pre>{@code
 * Certificate c = Certificate.fromOutcome(roundResult, "kg-2024-017")
 *     .number("17/GCN-UBND").issuingBody("UBND tỉnh Kiên Giang")
 *     .decisionDate(LocalDate.of(2024, 7, 10))
 *     .build();
 * c.status(LocalDate.of(2027, 6, 20));   // EXPIRING
 * }</pre>
 */
@OcopStyle
@Value.Immutable
public abstract class Certificate {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Certificate() {}


  /** Validity in months from the decision: Decision 148/QĐ-TTg. */
  public static final int VALIDITY_MONTHS = 36;

  /** The notice the issuer gives before expiry, in days: at least 30, Decision 148/QĐ-TTg. */
  public static final int NOTICE_DAYS = 30;

  /** The re-evaluation filing window opens this many days before expiry (Decision 26/2026/QĐ-TTg, Article 7.6.a). */
  public static final int RE_EVALUATION_OPENS_DAYS = 180;

  /** The re-evaluation filing window closes this many days before expiry (Decision 26/2026/QĐ-TTg, Article 7.6.a). */
  public static final int RE_EVALUATION_CLOSES_DAYS = 120;

  /** The longest extension past expiry while a late re-evaluation is decided (Decision 26/2026/QĐ-TTg, Article 12.3). */
  public static final int EXTENSION_DAYS = 180;

  /** {@return the certificate's number as the decision writes it; unique in a registry} */
  public abstract String number();

  /** {@return the certified product} */
  public abstract Product product();

  /** {@return the stars certified, 3★ to 5★} */
  public abstract StarRating stars();

  /** {@return the level of the council whose decision issued it} */
  public abstract CouncilLevel issuingLevel();

  /** {@return the body that issued it, as named then, e.g. "UBND tỉnh Kiên Giang"} */
  public abstract String issuingBody();

  /**
   * The district or province it was issued under, as it stood then; empty for a central (5★)
   * certificate.
   *
   * @return the issuing district or province; empty for a central certificate
   */
  public abstract Optional<AdministrativeUnit> issuingPlace();

  /** {@return the date of the decision that issued it; validity runs from this day} */
  public abstract LocalDate decisionDate();

  /** {@return the decision's number, where known} */
  public abstract Optional<String> decisionNumber();

  /** {@return the round whose outcome it implements, where known} */
  public abstract Optional<String> roundId();

  /** {@return on what basis it was issued: new by default, or a renewal, re-evaluation or upgrade} */
  @Value.Default
  public IssueBasis basis() {
    return IssueBasis.NEW;
  }

  /**
   * The instrument whose procedure issued the certificate; by default the one in force on the decision
   * date (1048, 148, 1489, or 26/2026 from 22/05/2026). {@link #fromOutcome} takes it from the law that
   * judged the product (a dossier filed before 22/05/2026 may be certified under 1489 in June 2026).
   *
   * @return the instrument whose procedure issued it
   * @since 0.2
   */
  @Value.Default
  public Instrument instrument() {
    LocalDate d = decisionDate();
    if (d.isBefore(Instrument.D148.inForceFrom())) {
      return Instrument.D1048;
    }
    if (d.isBefore(Instrument.D1489.inForceFrom())) {
      return Instrument.D148;
    }
    return d.isBefore(Instrument.D26_2026.inForceFrom()) ? Instrument.D1489 : Instrument.D26_2026;
  }

  /**
   * The day the holder filed for re-evaluation, when it did; with {@link #reEvaluationResultOn()} it
   * decides the extension of Article 12.3 of Decision 26/2026/QĐ-TTg ({@link #extendedUntil()}).
   *
   * @return the filing day, if the holder filed
   * @since 0.2
   */
  public abstract Optional<LocalDate> reEvaluationFiledOn();

  /**
   * The day the competent body decided the re-evaluation, when it has.
   *
   * @return the day of the decision, if decided
   * @since 0.2
   */
  public abstract Optional<LocalDate> reEvaluationResultOn();

  /** {@return the number of the certificate this one replaces; present exactly when the basis is not {@link IssueBasis#NEW}} */
  public abstract Optional<String> replaces();

  /** {@return the revocation, if the certificate was revoked} */
  public abstract Optional<Revocation> revocation();

  /** {@return the supersession, if a later certificate replaced this one} */
  public abstract Optional<Supersession> supersession();

  /** {@return the producer (chủ thể) the certificate is issued to} */
  public Producer producer() {
    return product().producer();
  }

  /** {@return the first day the certificate is no longer valid: the decision date plus 36 months} */
  public LocalDate expiryDate() {
    return decisionDate().plusMonths(VALIDITY_MONTHS);
  }

  /** {@return the last day the certificate is valid} */
  public LocalDate validUntil() {
    return expiryDate().minusDays(1);
  }

  /**
   * The first day of the notice window: 30 days before {@link #expiryDate()} (Decision 148/QĐ-TTg); for a
   * certificate issued under Decision 26/2026/QĐ-TTg, the day its re-evaluation filing window opens
   * (Article 7.6.a), from which it counts as {@link CertificateStatus#EXPIRING}.
   *
   * @return the first day of the notice window
   */
  public LocalDate noticeFrom() {
    if (instrument() == Instrument.D26_2026) {
      return reEvaluationFilingOpens().orElseThrow();
    }
    return expiryDate().minusDays(NOTICE_DAYS);
  }

  /**
   * The first day the holder may file for re-evaluation: 180 days before the certificate expires
   * (Decision 26/2026/QĐ-TTg, Article 7.6.a: "không sớm hơn 180 ngày … tính đến ngày hết thời hạn");
   * present for every certificate whose last valid day is on or after 22/05/2026, since such a
   * re-evaluation is filed under 26/2026. "Ngày hết thời hạn" is read as the last valid day
   * ({@link #validUntil()}) (uncertain).
   *
   * @return the first filing day; empty when the re-evaluation of 26/2026 does not apply
   * @since 0.2
   */
  public Optional<LocalDate> reEvaluationFilingOpens() {
    return reEvaluationApplies() ? Optional.of(validUntil().minusDays(RE_EVALUATION_OPENS_DAYS)) : Optional.empty();
  }

  /**
   * The last day the holder may file for re-evaluation: 120 days before the certificate expires
   * (Decision 26/2026/QĐ-TTg, Article 7.6.a: "không muộn hơn 120 ngày").
   *
   * @return the last filing day; empty when the re-evaluation of 26/2026 does not apply
   * @since 0.2
   */
  public Optional<LocalDate> reEvaluationFilingCloses() {
    return reEvaluationApplies() ? Optional.of(validUntil().minusDays(RE_EVALUATION_CLOSES_DAYS)) : Optional.empty();
  }

  private boolean reEvaluationApplies() {
    return !validUntil().isBefore(Instrument.D26_2026.inForceFrom());
  }

  /**
   * The last day of the extension of Decision 26/2026/QĐ-TTg, Article 12.3, when it applies: a
   * certificate issued before 22/05/2026 whose holder filed for re-evaluation after the filing window
   * closed ({@link #reEvaluationFilingCloses()}) but before it expired stays valid until the result,
   * at most {@value #EXTENSION_DAYS} days past its expiry. <b>Reading (uncertain):</b> "không đáp ứng được
   * thời hạn" is read as a filing after the window closed, by a holder of a certificate issued before
   * 26/2026 came into force (Article 12 is a transition article); the result day itself is the last day
   * of the extension.
   *
   * @return the last day of the extension, if the certificate is extended
   * @since 0.2
   */
  public Optional<LocalDate> extendedUntil() {
    if (!decisionDate().isBefore(Instrument.D26_2026.inForceFrom()) || reEvaluationFiledOn().isEmpty()
        || reEvaluationFilingCloses().isEmpty()) {
      return Optional.empty();
    }
    LocalDate filed = reEvaluationFiledOn().get();
    if (!filed.isAfter(reEvaluationFilingCloses().get()) || filed.isAfter(validUntil())) {
      return Optional.empty();
    }
    LocalDate cap = validUntil().plusDays(EXTENSION_DAYS);
    return Optional.of(reEvaluationResultOn().filter(r -> r.isBefore(cap)).orElse(cap));
  }

  /**
   * The status on {@code date}, in this order: not yet issued before the decision; revoked from the
   * revocation's date; superseded from the replacement's decision date; expired from
   * {@link #expiryDate()}; expiring from {@link #noticeFrom()}; otherwise valid.
   *
   * @param date the date
   * @return the status on that date
   */
  public CertificateStatus status(LocalDate date) {
    if (date.isBefore(decisionDate())) {
      return CertificateStatus.NOT_YET_ISSUED;
    }
    if (revocation().map(r -> !date.isBefore(r.date())).orElse(false)) {
      return CertificateStatus.REVOKED;
    }
    if (supersession().map(s -> !date.isBefore(s.date())).orElse(false)) {
      return CertificateStatus.SUPERSEDED;
    }
    if (!date.isBefore(expiryDate())) {
      return extendedUntil().filter(until -> !date.isAfter(until)).isPresent()
          ? CertificateStatus.EXTENDED : CertificateStatus.EXPIRED;
    }
    if (!date.isBefore(noticeFrom())) {
      return CertificateStatus.EXPIRING;
    }
    return CertificateStatus.VALID;
  }

  /**
   * {@return whether the certificate is in force on {@code date} (valid or expiring)}
   *
   * @param date the date
   */
  public boolean isInForceOn(LocalDate date) {
    return status(date).isInForce();
  }

  /** {@return the day it stopped being in force, if it has: revocation, supersession, expiry or the end of its extension} */
  public LocalDate endDate() {
    return revocation().map(Revocation::date)
        .or(() -> supersession().map(Supersession::date))
        .or(() -> extendedUntil().map(d -> d.plusDays(1)))
        .orElse(expiryDate());
  }

  /**
   * A builder filled from a round's outcome for {@code productId}: product, stars, issuing level,
   * place (the round's district, or its province; none for a central round) and round id. The caller
   * sets the number, the issuing body and the decision date.
   *
   * @param result the round's result
   * @param productId the id of the certified product
   * @return a builder with the outcome's fields set
   * @throws CertificateException naming the product if it is not in the round or its outcome is not
   *     {@link Decision#CERTIFY}
   *
   */
  public static Builder fromOutcome(RoundResult result, String productId) {
    ProductResult r = result.result(productId).orElseThrow(() -> new CertificateException(null, productId,
        "Product '" + productId + "' is not in round " + result.round().id() + "; no certificate can be issued"));
    if (r.decision() != Decision.CERTIFY) {
      throw new CertificateException(null, productId, "Product '" + productId + "' (" + r.product().name()
          + ") was not certified in round " + result.round().id() + ": the outcome is " + r.decision().nameEn());
    }
    Round round = result.round();
    Builder b = builder();
    b.product(r.product()).stars(r.stars().orElseThrow()).issuingLevel(round.level()).roundId(round.id())
        .instrument(r.sheet().law().procedure());
    if (round.level() != CouncilLevel.CENTRAL) {
      b.issuingPlace(round.district().orElse(round.province()));
    }
    return b;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certificate}; number, product, stars, issuing level and body, and decision date are required. */
  public static final class Builder extends ImmutableCertificate.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }

  /** This certificate revoked; see {@link CertificateRegistry#revoke}. */
  Certificate withRevocation(Revocation r) {
    return ((ImmutableCertificate) this).withRevocation(r);
  }

  /** This certificate superseded; see {@link CertificateRegistry#issue}. */
  Certificate withSupersession(Supersession s) {
    return ((ImmutableCertificate) this).withSupersession(s);
  }

  /**
   * Checks the certificate: a number, 3★ or more, an issuing body, a place below central level, {@code replaces}
   * exactly when not new, not both revoked and superseded, re-evaluation dates in order, revocation and
   * supersession within its validity.
   *
   * @throws CertificateException naming the certificate and product if it is inconsistent
   */
  @Value.Check
  protected void check() {
    String n = number();
    String p = product().id();
    if (n.isBlank()) {
      throw new CertificateException(null, p, "A certificate for product '" + p + "' needs a number");
    }
    if (!stars().isCertifiable()) {
      throw new CertificateException(n, p, "Certificate " + n + " for product '" + p + "' is at " + stars().symbol()
          + "; only 3★ and above are certified");
    }
    if (issuingBody().isBlank()) {
      throw new CertificateException(n, p, "Certificate " + n + " names no issuing body");
    }
    if (issuingLevel() != CouncilLevel.CENTRAL && issuingPlace().isEmpty()) {
      throw new CertificateException(n, p, "Certificate " + n + " was issued at " + issuingLevel().nameEn()
          + " level and must name the place it was issued under");
    }
    if ((basis() == IssueBasis.NEW) == replaces().isPresent()) {
      throw new CertificateException(n, p, "Certificate " + n + ": a " + basis().nameEn().toLowerCase(java.util.Locale.ROOT)
          + " certificate " + (replaces().isPresent() ? "cannot replace another" : "must name the certificate it replaces"));
    }
    if (revocation().isPresent() && supersession().isPresent()) {
      throw new CertificateException(n, p, "Certificate " + n + " cannot be both revoked and superseded");
    }
    if (reEvaluationResultOn().isPresent() && reEvaluationFiledOn().isEmpty()) {
      throw new CertificateException(n, p, "Certificate " + n + " has a re-evaluation result but no filing date");
    }
    if (reEvaluationFiledOn().isPresent() && reEvaluationResultOn().map(r -> r.isBefore(reEvaluationFiledOn().get())).orElse(false)) {
      throw new CertificateException(n, p, "Certificate " + n + ": the re-evaluation result (" + reEvaluationResultOn().get()
          + ") comes before its filing (" + reEvaluationFiledOn().get() + ")");
    }
    revocation().ifPresent(r -> {
      if (r.date().isBefore(decisionDate()) || r.date().isAfter(validUntil())) {
        throw new CertificateException(n, p, "Certificate " + n + " for product '" + p + "' cannot be revoked on "
            + r.date() + ": it is valid from " + decisionDate() + " to " + validUntil());
      }
    });
    supersession().ifPresent(s -> {
      if (s.date().isBefore(decisionDate()) || s.date().isAfter(validUntil())) {
        throw new CertificateException(n, p, "Certificate " + n + " cannot be superseded on " + s.date()
            + ": it is valid from " + decisionDate() + " to " + validUntil());
      }
    });
  }

  @Override
  public String toString() {
    return "Certificate " + number() + " [" + product().id() + ", " + stars().symbol() + ", " + decisionDate() + "]";
  }
}
