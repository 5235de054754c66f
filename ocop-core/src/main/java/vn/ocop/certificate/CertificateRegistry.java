package vn.ocop.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.ocop.NullArgumentException;
import vn.ocop.place.Places;

/**
 * Many certificates and their history: issue, replace (re-evaluation, upgrade) and revoke, and the
 * province's questions — which expire in the next N days (the notices of Decision 148/QĐ-TTg to
 * send), which products need re-evaluation, the stock on a date and the flow over a period.
 * Every change returns a new registry. Immutable and thread-safe.
 *
 * <p>A product holds at most one certificate in force at a time: a new certificate for a product
 * whose certificate is still in force must be a re-evaluation or an upgrade naming it, and it
 * supersedes it from its decision date.
 *
 * <pre>{@code
 * CertificateRegistry reg = CertificateRegistry.empty().issue(c1).issue(c2);
 * reg.expiringWithin(today, 60);           // notices to send
 * reg.inProvince("an-giang", today).stock(today); // with Kiên Giang's from 1 July 2025
 * }</pre>
 */
public final class CertificateRegistry {
  private static final CertificateRegistry EMPTY = new CertificateRegistry(new TreeMap<>());

  private final Map<String, Certificate> byNumber;

  private CertificateRegistry(TreeMap<String, Certificate> byNumber) {
    this.byNumber = java.util.Collections.unmodifiableMap(byNumber);
  }

  /** {@return the registry with no certificates} */
  public static CertificateRegistry empty() {
    return EMPTY;
  }

  /**
   * A registry with the given certificates, issued in decision-date order.
   *
   * @param certificates the certificates, in any order
   * @return the registry
   * @throws CertificateException as {@link #issue(Certificate)}
   */
  public static CertificateRegistry of(Collection<Certificate> certificates) {
    CertificateRegistry r = EMPTY;
    List<Certificate> sorted = new ArrayList<>(certificates);
    sorted.sort(Comparator.comparing(Certificate::decisionDate).thenComparing(Certificate::number));
    for (Certificate c : sorted) {
      r = r.issue(c);
    }
    return r;
  }

  /** {@return every certificate, in number order} */
  public List<Certificate> certificates() {
    return List.copyOf(byNumber.values());
  }

  /**
   * The certificate with a number.
   *
   * @param number the certificate's number
   * @return the certificate, if registered
   */
  public Optional<Certificate> certificate(String number) {
    return Optional.ofNullable(byNumber.get(number));
  }

  /**
   * {@return the product's certificates, oldest decision first}
   *
   * @param productId the product's id
   */
  public List<Certificate> history(String productId) {
    return byNumber.values().stream().filter(c -> c.product().id().equals(productId))
        .sorted(Comparator.comparing(Certificate::decisionDate).thenComparing(Certificate::number)).toList();
  }

  /**
   * Adds a certificate. A {@link IssueBasis#NEW} certificate needs a product without a certificate
   * in force on its decision date. A re-evaluation or upgrade names the certificate it replaces,
   * which must be of the same product, neither revoked nor superseded, and decided no later; if the
   * replaced certificate is still valid on the new decision date it becomes superseded from that
   * date. An upgrade must raise the stars.
   *
   * @return a new registry
   * @param c the certificate to issue
   * @throws CertificateException naming the certificate and product when any of this fails, or the
   *     number is taken
   *
   */
  public CertificateRegistry issue(Certificate c) {
    NullArgumentException.check(c, "certificate");
    String n = c.number();
    String p = c.product().id();
    if (byNumber.containsKey(n)) {
      throw new CertificateException(n, p, "Certificate number " + n + " is already registered (product '"
          + byNumber.get(n).product().id() + "')");
    }
    TreeMap<String, Certificate> next = new TreeMap<>(byNumber);
    if (c.basis() == IssueBasis.NEW) {
      for (Certificate other : history(p)) {
        if (other.isInForceOn(c.decisionDate())) {
          throw new CertificateException(n, p, "Product '" + p + "' already holds certificate " + other.number()
              + " in force on " + c.decisionDate() + "; issue " + n + " as a re-evaluation or upgrade replacing it");
        }
      }
    } else {
      String oldNumber = c.replaces().orElseThrow();
      Certificate old = byNumber.get(oldNumber);
      if (old == null) {
        throw new CertificateException(n, p, "Certificate " + n + " replaces " + oldNumber + ", which is not registered");
      }
      if (!old.product().id().equals(p)) {
        throw new CertificateException(n, p, "Certificate " + n + " for product '" + p + "' cannot replace "
            + oldNumber + ", which is for product '" + old.product().id() + "'");
      }
      if (old.revocation().isPresent() || old.supersession().isPresent()) {
        throw new CertificateException(n, p, "Certificate " + n + " cannot replace " + oldNumber + ": it was already "
            + (old.revocation().isPresent() ? "revoked" : "superseded by " + old.supersession().get().byNumber()));
      }
      if (c.decisionDate().isBefore(old.decisionDate())) {
        throw new CertificateException(n, p, "Certificate " + n + " (" + c.decisionDate() + ") cannot replace the later "
            + oldNumber + " (" + old.decisionDate() + ")");
      }
      int cmp = Integer.compare(c.stars().stars(), old.stars().stars());
      if (c.basis() == IssueBasis.UPGRADE && cmp <= 0) {
        throw new CertificateException(n, p, "Certificate " + n + " is an upgrade of product '" + p + "' but gives "
            + c.stars().symbol() + " after " + old.stars().symbol() + " on " + oldNumber);
      }
      if (!c.decisionDate().isAfter(old.validUntil())) {
        SupersessionKind kind = c.basis() == IssueBasis.UPGRADE ? SupersessionKind.UPGRADED
            : cmp > 0 ? SupersessionKind.RE_EVALUATED_UP
            : cmp < 0 ? SupersessionKind.RE_EVALUATED_DOWN : SupersessionKind.RENEWED;
        next.put(oldNumber, old.withSupersession(new Supersession(c.decisionDate(), n, kind)));
      }
    }
    next.put(n, c);
    return new CertificateRegistry(next);
  }

  /**
   * Revokes a certificate from the revocation's date.
   *
   * @param number the certificate's number
   * @param revocation the revocation
   * @return a new registry
   * @throws CertificateException if the number is unknown, the certificate was already revoked or
   *     superseded, or the date is outside its validity
   *
   */
  public CertificateRegistry revoke(String number, Revocation revocation) {
    Certificate c = byNumber.get(number);
    if (c == null) {
      throw new CertificateException(number, null, "Certificate " + number + " is not registered; nothing to revoke");
    }
    if (c.revocation().isPresent()) {
      throw new CertificateException(number, c.product().id(), "Certificate " + number + " was already revoked on "
          + c.revocation().get().date());
    }
    if (c.supersession().isPresent()) {
      throw new CertificateException(number, c.product().id(), "Certificate " + number + " was superseded by "
          + c.supersession().get().byNumber() + "; revoke that one");
    }
    TreeMap<String, Certificate> next = new TreeMap<>(byNumber);
    next.put(number, c.withRevocation(revocation));
    return new CertificateRegistry(next);
  }

  /**
   * {@return the certificates in force on {@code date}}
   *
   * @param date the date
   */
  public CertificateStock stock(LocalDate date) {
    return new CertificateStock(date, filter(c -> c.isInForceOn(date)));
  }

  /**
   * The certificates in force on {@code today} whose last valid day falls within the next {@code days}
   * days (today included), soonest first: the expiry notices to send. Decision 148/QĐ-TTg asks for
   * notice at least 30 days before expiry, so a province typically asks with {@code days ≥ 30}.
   *
   * @param today the day of the notice
   * @param days how many days ahead to look; not negative
   * @return the certificates, soonest expiry first
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public List<Certificate> expiringWithin(LocalDate today, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative, was " + days);
    }
    LocalDate last = today.plusDays(days);
    return byNumber.values().stream()
        .filter(c -> c.isInForceOn(today) && !c.validUntil().isAfter(last))
        .sorted(Comparator.comparing(Certificate::validUntil).thenComparing(Certificate::number)).toList();
  }

  /**
   * The products that need re-evaluation on {@code date}: each product's latest certificate
   * (decided on or before {@code date}) that is expiring or expired. Revoked products are left out:
   * they re-enter as new products.
   *
   * @param date the date
   * @return the latest certificates of those products
   */
  public List<Certificate> needingReEvaluation(LocalDate date) {
    Map<String, Certificate> latest = new TreeMap<>();
    for (Certificate c : byNumber.values()) {
      if (c.decisionDate().isAfter(date)) {
        continue;
      }
      latest.merge(c.product().id(), c, (a, b) -> b.decisionDate().isAfter(a.decisionDate())
          || (b.decisionDate().equals(a.decisionDate()) && b.number().compareTo(a.number()) > 0) ? b : a);
    }
    return latest.values().stream().filter(c -> {
      CertificateStatus s = c.status(date);
      return s == CertificateStatus.EXPIRING || s == CertificateStatus.EXPIRED || s == CertificateStatus.EXTENDED;
    }).sorted(Comparator.comparing(Certificate::validUntil).thenComparing(Certificate::number)).toList();
  }

  /**
   * The re-evaluation filing windows (Decision 26/2026/QĐ-TTg, Article 7.6.a: from 180 to 120 days
   * before expiry) that open or close between {@code from} and {@code to}, both inclusive, of the
   * certificates in force on the day the window opens, soonest opening first: what a province tells
   * its producers this month.
   *
   * @param from the first day
   * @param to the last day
   * @return the windows, soonest opening first
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @since 0.2
   */
  public List<ReEvaluationWindow> reEvaluationWindows(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends (" + to + ") before it begins (" + from + ")");
    }
    List<ReEvaluationWindow> windows = new java.util.ArrayList<>();
    for (Certificate c : byNumber.values()) {
      if (c.reEvaluationFilingOpens().isEmpty()) {
        continue;
      }
      LocalDate opens = c.reEvaluationFilingOpens().get();
      LocalDate closes = c.reEvaluationFilingCloses().orElseThrow();
      boolean touches = !opens.isAfter(to) && !closes.isBefore(from);
      if (touches && c.isInForceOn(opens.isBefore(c.decisionDate()) ? c.decisionDate() : opens)) {
        windows.add(new ReEvaluationWindow(c, opens, closes));
      }
    }
    windows.sort(Comparator.comparing(ReEvaluationWindow::opens).thenComparing(w -> w.certificate().number()));
    return List.copyOf(windows);
  }

  /**
   * The flow between {@code from} and {@code to}, both inclusive. A certificate counts as expired
   * when its expiry date falls in the period and it was neither revoked nor superseded before.
   *
   * @param from the first day
   * @param to the last day
   * @return the flow of certificates in the period
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public CertificateFlow flow(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("Period " + from + "–" + to + " ends before it begins");
    }
    Predicate<LocalDate> in = d -> !d.isBefore(from) && !d.isAfter(to);
    Map<FlowKind, List<Certificate>> m = new EnumMap<>(FlowKind.class);
    for (FlowKind k : FlowKind.values()) {
      m.put(k, new ArrayList<>());
    }
    for (Certificate c : byNumber.values()) {
      if (in.test(c.decisionDate())) {
        m.get(kindOfIssue(c)).add(c);
      }
      if (c.revocation().isPresent() && in.test(c.revocation().get().date())) {
        m.get(FlowKind.REVOKED).add(c);
      }
      if (c.revocation().isEmpty() && c.supersession().isEmpty() && in.test(c.expiryDate())) {
        m.get(FlowKind.EXPIRED).add(c);
      }
    }
    return new CertificateFlow(from, to, m);
  }

  private FlowKind kindOfIssue(Certificate c) {
    if (c.basis() == IssueBasis.NEW) {
      return FlowKind.NEW;
    }
    if (c.basis() == IssueBasis.UPGRADE) {
      return FlowKind.UPGRADED;
    }
    Certificate old = byNumber.get(c.replaces().orElseThrow());
    int cmp = Integer.compare(c.stars().stars(), old.stars().stars());
    return cmp > 0 ? FlowKind.UPGRADED : cmp < 0 ? FlowKind.DOWNGRADED : FlowKind.RENEWED;
  }

  /**
   * The certificates whose product's province appears under {@code provinceId} on {@code date}, by
   * the merger of 1 July 2025 as the place registry derives it ({@link Places#provinceIdOn}; Resolution
   * 202/2025/QH15): asked for {@code an-giang} on or after 1 July 2025 this includes Kiên Giang's
   * certificates, which keep their issuing body and place.
   *
   * Asked for a merged province after 30 June 2025 ({@code kien-giang}) it is empty: its records
   * appear under the province it merged into.
   *
   * @param provinceId the province's id
   * @param date the date the provinces are taken on
   * @return the registry of that province's certificates
   * @throws vn.ocop.place.UnknownPlaceException naming {@code provinceId}, or a product's province,
   *     if no province of the registry ever had it as id (with the nearest id)
   *
   */
  public CertificateRegistry inProvince(String provinceId, LocalDate date) {
    Places.provinceIdOn(provinceId, date);
    TreeMap<String, Certificate> sub = new TreeMap<>();
    for (Certificate c : byNumber.values()) {
      if (Places.provinceIdOn(c.product().place().province().id(), date).equals(provinceId)) {
        sub.put(c.number(), c);
      }
    }
    return new CertificateRegistry(sub);
  }

  /** {@return the number of certificates} */
  public int size() {
    return byNumber.size();
  }

  private List<Certificate> filter(Predicate<Certificate> p) {
    return byNumber.values().stream().filter(p).toList();
  }

  @Override
  public String toString() {
    return "CertificateRegistry[" + byNumber.size() + " certificates]";
  }
}
