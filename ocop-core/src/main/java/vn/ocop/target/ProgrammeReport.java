package vn.ocop.target;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.NullArgumentException;
import vn.ocop.certificate.CertificateFlow;
import vn.ocop.certificate.CertificateRegistry;
import vn.ocop.certificate.CertificateStock;
import vn.ocop.cycle.CyclePicture;
import vn.ocop.funding.AwardStatement;
import vn.ocop.funding.Balance;
import vn.ocop.funding.BudgetLine;
import vn.ocop.funding.Vnd;

/**
 * A province's quarterly or yearly OCOP report (báo cáo định kỳ hàng quý, hàng năm — e.g. An Giang
 * letter 600/UBND-KTN asks for reports "hàng quý và năm"): progress on targets, certificate stock at
 * the end and flow during the period, money planned and spent, awards, and for a yearly report the
 * cycle picture. A value object only; {@code ocop report quarterly|yearly} renders it.
 * Immutable.
 *
 * @param provinceId the province
 * @param year the year
 * @param quarter 1–4 for a quarterly report; empty for a yearly one
 * @param from the first day
 * @param to the last day
 * @param progress progress on every target whose period overlaps the report's, up to {@code to}
 * @param stock certificates in force on {@code to}
 * @param flow what happened between {@code from} and {@code to}
 * @param money each plan line with what was allocated and disbursed up to {@code to}; empty without a ledger
 * @param disbursedInPeriod disbursed between {@code from} and {@code to}, all sources
 * @param awards the award statements of rounds held in the period
 * @param cycle the cycle picture on {@code to}, yearly reports only
 */
public record ProgrammeReport(String provinceId, int year, Optional<Integer> quarter, LocalDate from, LocalDate to,
    List<TargetProgress> progress, CertificateStock stock, CertificateFlow flow, Map<BudgetLine, Balance> money,
    Vnd disbursedInPeriod, List<AwardStatement> awards, Optional<CyclePicture> cycle) {

  /**
   * Creates the record, checking its components.
   *
   * @param provinceId the province
   * @param year the year
   * @param quarter 1–4 for a quarterly report; empty for a yearly one
   * @param from the first day
   * @param to the last day
   * @param progress progress on every target whose period overlaps the report's, up to {@code to}
   * @param stock certificates in force on {@code to}
   * @param flow what happened between {@code from} and {@code to}
   * @param money each plan line with what was allocated and disbursed up to {@code to}; empty without a ledger
   * @param disbursedInPeriod disbursed between {@code from} and {@code to}, all sources
   * @param awards the award statements of rounds held in the period
   * @param cycle the cycle picture on {@code to}, yearly reports only
   * @throws NullArgumentException if a required component is null
   */
  public ProgrammeReport {
    NullArgumentException.check(provinceId, "provinceId");
    progress = List.copyOf(progress);
    money = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(money));
    awards = List.copyOf(awards);
  }

  /**
   * {@return the report for quarter {@code quarter} (1–4) of {@code year}}
   *
   * @param year the year
   * @param quarter the quarter, 1 to 4
   * @param in the inputs
   * @throws IllegalArgumentException if {@code quarter} is not 1 to 4
   */
  public static ProgrammeReport quarterly(int year, int quarter, ReportInputs in) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
    }
    LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
    return build(year, Optional.of(quarter), from, from.plusMonths(3).minusDays(1), in);
  }

  /**
   * {@return the report for {@code year}}
   *
   * @param year the year
   * @param in the inputs
   */
  public static ProgrammeReport yearly(int year, ReportInputs in) {
    return build(year, Optional.empty(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), in);
  }

  private static ProgrammeReport build(int year, Optional<Integer> quarter, LocalDate from, LocalDate to, ReportInputs in) {
    CertificateRegistry mine = in.registry().inProvince(in.provinceId(), to);
    List<TargetProgress> progress = in.targets().stream()
        .filter(t -> t.fromYear() <= year && t.toYear() >= year)
        .map(t -> Progress.of(t, to, in.registry(), in.rounds(), in.districts()))
        .toList();
    Vnd spent = Vnd.ZERO;
    Map<BudgetLine, Balance> money = Map.of();
    if (in.ledger().isPresent()) {
      money = in.ledger().get().lineBalances(to);
      for (vn.ocop.funding.FundingSource s : in.ledger().get().plan().totalsBySource().keySet()) {
        spent = spent.plus(in.ledger().get().disbursedBetween(from, to, s));
      }
    }
    List<AwardStatement> awards = in.awards().stream().filter(a -> in.rounds().stream()
        .anyMatch(r -> r.round().id().equals(a.roundId()) && !r.round().councilDate().isBefore(from)
            && !r.round().councilDate().isAfter(to))).toList();
    Optional<CyclePicture> cycle = quarter.isEmpty() ? Optional.of(CyclePicture.on(to, in.journeys())) : Optional.empty();
    return new ProgrammeReport(in.provinceId(), year, quarter, from, to, progress, mine.stock(to), mine.flow(from, to),
        money, spent, awards, cycle);
  }

  /** {@return the sum of the awards} */
  public Vnd awardsTotal() {
    Vnd t = Vnd.ZERO;
    for (AwardStatement a : awards) {
      t = t.plus(a.total());
    }
    return t;
  }
}
