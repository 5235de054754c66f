package vn.ocop.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.ocop.NullArgumentException;
import vn.ocop.certificate.Certificate;
import vn.ocop.certificate.CertificateRegistry;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.place.Places;
import vn.ocop.result.RoundResult;
import vn.ocop.round.CouncilLevel;
import vn.ocop.round.Submission;

/**
 * Computes progress on targets from certificates and rounds.
 *
 * <p>Certificate targets count distinct products whose certificate (any basis: new, re-evaluation,
 * upgrade) at the target's stars or more was decided within the period and up to {@code asOf},
 * and whose place was recorded in the target's province or belonged to it on the decision date
 * (by the merger of 1 July 2025, {@link Places#provinceIdOn}).
 * Round targets count submissions per district in each provincial round of the province held in
 * the period up to {@code asOf}. Stateless and thread-safe.
 */
public final class Progress {
  private Progress() {}

  /**
   * Progress on {@code target} up to {@code asOf}.
   *
   * @param districts the districts a per-district target applies to (so that a district with none
   *     shows as zero); ignored for the province-wide kind
   *
   * @param target the target
   * @param asOf the last day counted
   * @param registry the certificates
   * @param rounds the rounds' results
   * @return the progress on the target
   */
  public static TargetProgress of(Target target, LocalDate asOf, CertificateRegistry registry, List<RoundResult> rounds,
      List<AdministrativeUnit> districts) {
    NullArgumentException.check(target, "target");
    LocalDate from = LocalDate.of(target.fromYear(), 1, 1);
    LocalDate to = min(LocalDate.of(target.toYear(), 12, 31), asOf);
    Map<String, Integer> perUnit = new TreeMap<>();
    int achieved;
    switch (target.kind()) {
      case PRODUCTS_CERTIFIED, PRODUCTS_CERTIFIED_PER_DISTRICT -> {
        Set<String> products = new HashSet<>();
        Map<String, Set<String>> byDistrict = new TreeMap<>();
        for (AdministrativeUnit d : districts) {
          byDistrict.put(d.path(), new HashSet<>());
        }
        for (Certificate c : registry.certificates()) {
          LocalDate d = c.decisionDate();
          if (d.isBefore(from) || d.isAfter(to) || !c.stars().isAtLeast(target.minimumStars())
              || !counts(c, target)) {
            continue;
          }
          products.add(c.product().id());
          c.product().place().district().ifPresent(u -> {
            if (byDistrict.containsKey(u.path())) {
              byDistrict.get(u.path()).add(c.product().id());
            }
          });
        }
        if (target.kind() == TargetKind.PRODUCTS_CERTIFIED) {
          achieved = products.size();
        } else {
          byDistrict.forEach((k, v) -> perUnit.put(k, v.size()));
          achieved = perUnit.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        }
      }
      case PRODUCTS_PER_DISTRICT_IN_PROVINCIAL_ROUND -> {
        for (RoundResult r : rounds) {
          LocalDate d = r.round().councilDate();
          if (r.round().level() != CouncilLevel.PROVINCE || d.isBefore(from) || d.isAfter(to)
              || !r.round().province().id().equals(target.provinceId())) {
            continue;
          }
          for (AdministrativeUnit district : districts) {
            perUnit.put(r.round().id() + " · " + district.path(), 0);
          }
          for (Submission s : r.round().submissions()) {
            s.product().place().district().ifPresent(u -> perUnit.computeIfPresent(r.round().id() + " · " + u.path(),
                (k, v) -> v + 1));
          }
        }
        achieved = perUnit.values().stream().mapToInt(Integer::intValue).min().orElse(0);
      }
      default -> throw new IllegalStateException("Unknown target kind " + target.kind());
    }
    List<String> shortfalls = new ArrayList<>();
    perUnit.forEach((k, v) -> {
      if (v < target.minimum()) {
        shortfalls.add(k);
      }
    });
    return new TargetProgress(target, asOf, achieved, perUnit, shortfalls, status(target, achieved));
  }

  /**
   * A certificate counts for a province's target when its product was recorded in that province,
   * or its province had been merged into the target's province by the decision date: Kiên Giang's
   * 2021–2025 target keeps counting Kiên Giang records after 1 July 2025, and a target of today's
   * An Giang counts Kiên Giang's records decided from that day.
   */
  private static boolean counts(Certificate c, Target target) {
    return c.product().place().province().id().equals(target.provinceId())
        || Places.provinceIdOn(c.product().place().province().id(), c.decisionDate()).equals(target.provinceId());
  }

  private static TargetStatus status(Target t, int achieved) {
    if (t.stretch().map(s -> achieved >= s).orElse(false)) {
      return TargetStatus.STRETCH_MET;
    }
    if (t.upper().map(u -> achieved >= u).orElse(false)) {
      return TargetStatus.UPPER_MET;
    }
    return achieved >= t.minimum() ? TargetStatus.MET : TargetStatus.NOT_MET;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
