package vn.ocop.target;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.certificate.CertificateRegistry;
import vn.ocop.cycle.Journey;
import vn.ocop.funding.AwardStatement;
import vn.ocop.funding.FundingLedger;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.result.RoundResult;

/** What a province's report is computed from. Immutable. */
@OcopStyle
@Value.Immutable
public abstract class ReportInputs {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  ReportInputs() {}


  /** {@return the province's slug as of the report (e.g. {@code an-giang}, which includes Kiên Giang from 1 July 2025)} */
  public abstract String provinceId();

  /**
   * Every certificate the province knows; the report selects the province's by the merger of 1 July
   * 2025 as the place registry derives it ({@link vn.ocop.place.Places#provinceIdOn}).
   *
   * @return the certificates the province knows
   */
  public abstract CertificateRegistry registry();

  /** {@return the results of the rounds to report on} */
  public abstract List<RoundResult> rounds();

  /** {@return the targets to report progress on} */
  public abstract List<Target> targets();

  /** {@return the districts per-district targets apply to} */
  public abstract List<AdministrativeUnit> districts();

  /** {@return the plan's ledger, if money is reported} */
  public abstract Optional<FundingLedger> ledger();

  /** {@return awards computed for the period's rounds} */
  public abstract List<AwardStatement> awards();

  /** {@return journeys, for the yearly cycle picture} */
  public abstract List<Journey> journeys();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReportInputs}. */
  public static final class Builder extends ImmutableReportInputs.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}
  }
}
