package vn.ocop.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import vn.ocop.law.StarRating;

class CertificatePropertiesTest {

  private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

  /** A certificate decided somewhere in 2020–2025, revoked on a random day of its validity half the time. */
  private static Gen<Certificate> certificates() {
    return in -> {
      LocalDate decided = BASE.plusDays(integers().between(0, 6 * 365).generate(in));
      Certificate c = CertificateStatusTest.certificate("N", "p", decided,
          StarRating.of(integers().between(3, 5).generate(in)));
      if (integers().between(0, 1).generate(in) == 1) {
        long validDays = java.time.temporal.ChronoUnit.DAYS.between(decided, c.validUntil());
        LocalDate on = decided.plusDays(integers().between(0, (int) validDays).generate(in));
        c = CertificateRegistry.empty().issue(c)
            .revoke("N", new Revocation(on, RevocationGround.PRODUCT_OFF_SPEC, "", "UBND")).certificate("N").orElseThrow();
      }
      return c;
    };
  }

  @Test
  void onceExpiredOrRevokedACertificateIsNeverValidOrExpiringOnALaterDate() {
    qt().forAll(certificates(), integers().between(0, 3000), integers().between(1, 3000)).checkAssert((c, d, later) -> {
      LocalDate first = BASE.plusDays(d);
      CertificateStatus s = c.status(first);
      if (s == CertificateStatus.EXPIRED || s == CertificateStatus.REVOKED) {
        CertificateStatus after = c.status(first.plusDays(later));
        assertThat(after).isNotIn(CertificateStatus.VALID, CertificateStatus.EXPIRING);
        assertThat(after).isEqualTo(s);
      }
    });
  }

  @Test
  void aCertificateIsInForceForAtMostThirtySixMonths() {
    qt().forAll(certificates(), integers().between(0, 3000)).checkAssert((c, d) -> {
      LocalDate date = BASE.plusDays(d);
      if (c.isInForceOn(date)) {
        assertThat(date).isBetween(c.decisionDate(), c.decisionDate().plusMonths(36).minusDays(1));
      }
    });
  }
}
