package vn.ocop.law;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.ocop.NullArgumentException;

/**
 * Which law judges a dossier, from the council date and — across the change of law of 2026 — the
 * day the dossier was filed and what it asked for. Stateless and thread-safe.
 *
 * <table>
 *   <caption>The law by date</caption>
 *   <tr><th>council date</th><th>dossier</th><th>criteria</th><th>procedure</th><th>basis</th></tr>
 *   <tr><td>21/08/2019–23/02/2023</td><td>any</td><td>1048</td><td>1048</td><td>1048 in force; 148, Art. 3</td></tr>
 *   <tr><td>24/02/2023–05/07/2025</td><td>any</td><td>148</td><td>148</td><td>148 in force</td></tr>
 *   <tr><td>06/07/2025–21/05/2026</td><td>any</td><td>148</td><td>1489</td><td>1489 in force</td></tr>
 *   <tr><td>22/05/2026 on</td><td>filed on or after 22/05/2026</td><td>26/2026</td><td>26/2026</td><td>26/2026, Art. 11.1</td></tr>
 *   <tr><td>22/05/2026–21/07/2026</td><td>filed before 22/05/2026: first evaluation or upgrade</td><td>148</td><td>1489</td><td>26/2026, Art. 12.2.a</td></tr>
 *   <tr><td>22/05/2026–22/06/2026</td><td>filed before 22/05/2026: re-evaluation</td><td>148</td><td>1489</td><td>26/2026, Art. 12.2.b</td></tr>
 * </table>
 *
 * <p>Decision 26/2026/QĐ-TTg, Article 12.2: a dossier filed before 22/05/2026 and not yet evaluated
 * "tiếp tục thực hiện theo quy định … của giai đoạn 2021 - 2025" (Decision 148/QĐ-TTg as amended by
 * 1489/QĐ-TTg), but its evaluation must be completed within 60 days of 22/05/2026 (a) or, for a
 * re-evaluation, 30 days (b). The days are counted as the Civil Code 2015 counts periods (Articles
 * 147.3, 148.1 and 148.5: from the day after the event, to the end of the last day, moved to the next
 * working day when it falls on a weekend): the last days are Tuesday 21/07/2026 and — the 30th day being
 * Sunday 21/06/2026 — Monday 22/06/2026. <b>Reading (uncertain):</b> "completed" is read as the council's
 * evaluation, so the council date must fall on or before the last day; the certification decision that
 * follows is not counted. A dossier evaluated later is an error that says so — the producer files anew
 * under 26/2026. When the filing date is not given, a council meeting from 22/05/2026 to 21/07/2026
 * cannot tell which law applies, which is an error; from 22/07/2026 only 26/2026 can apply (an older
 * dossier would be out of time), which the explanation says.
 *
 * @since 0.2
 */
public final class LawInForce {
  /** The first day of Decision 26/2026/QĐ-TTg (Article 11.1). */
  public static final LocalDate D26_IN_FORCE = Instrument.D26_2026.inForceFrom();
  /**
   * The last day a dossier filed before 22/05/2026 for a first evaluation or upgrade may be evaluated
   * (Art. 12.2.a): day 60 counted from 23/05/2026 is Tuesday 21/07/2026.
   */
  public static final LocalDate TRANSITION_LAST_DAY = endOfPeriodInDays(D26_IN_FORCE, 60);
  /**
   * The last day a dossier filed before 22/05/2026 for a re-evaluation may be evaluated (Art. 12.2.b):
   * day 30 counted from 23/05/2026 is Sunday 21/06/2026, so the period ends on Monday 22/06/2026 (Civil
   * Code 2015, Article 148.5).
   */
  public static final LocalDate RE_EVALUATION_TRANSITION_LAST_DAY = endOfPeriodInDays(D26_IN_FORCE, 30);

  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private LawInForce() {}

  /**
   * The law that judges a dossier evaluated on {@code councilDate}.
   *
   * @param councilDate the day the council evaluates the product; not null
   * @param filedOn the day the producer filed the dossier, if known; not after the council date
   * @param kind what the dossier asks for; not null
   * @return the law that judges the dossier, with the provision and the reason
   * @throws LawNotApplicableException if no law covers the council date (before 21/08/2019), the
   *     dossier was filed after the council met, a dossier filed before 22/05/2026 is evaluated after
   *     its Article 12.2 deadline, or the filing date is needed and not given
   *
   */
  public static ApplicableLaw forDossier(LocalDate councilDate, Optional<LocalDate> filedOn, DossierKind kind) {
    NullArgumentException.check(councilDate, "councilDate");
    NullArgumentException.check(filedOn, "filedOn");
    NullArgumentException.check(kind, "kind");
    if (filedOn.isPresent() && filedOn.get().isAfter(councilDate)) {
      throw new LawNotApplicableException(councilDate, filedOn, kind, Optional.empty(),
          "the dossier is filed on " + vi(filedOn.get()) + ", after the council date " + vi(councilDate)
              + "; a council evaluates dossiers filed before it meets");
    }
    if (councilDate.isBefore(Instrument.D1048.inForceFrom())) {
      throw new LawNotApplicableException(councilDate, filedOn, kind, Optional.empty(),
          "no OCOP criteria were in force on " + vi(councilDate) + "; the first, Decision 1048/QĐ-TTg, came into force on "
              + vi(Instrument.D1048.inForceFrom()));
    }
    if (councilDate.isBefore(Instrument.D148.inForceFrom())) {
      return plain(Instrument.D1048, Instrument.D1048, "", councilDate);
    }
    if (councilDate.isBefore(Instrument.D1489.inForceFrom())) {
      return plain(Instrument.D148, Instrument.D148, "", councilDate);
    }
    if (councilDate.isBefore(D26_IN_FORCE)) {
      return plain(Instrument.D148, Instrument.D1489, "", councilDate);
    }
    if (filedOn.isPresent() && !filedOn.get().isBefore(D26_IN_FORCE)) {
      return new ApplicableLaw(Instrument.D26_2026, Instrument.D26_2026,
          LegalReference.of(Instrument.D26_2026, "Điều 11 khoản 1; Điều 12 khoản 2"),
          "Hồ sơ nộp ngày " + vi(filedOn.get()) + ", từ ngày Quyết định 26/2026/QĐ-TTg có hiệu lực (22/05/2026): áp dụng Bộ tiêu chí và quy trình của Quyết định 26/2026/QĐ-TTg",
          "The dossier was filed on " + vi(filedOn.get()) + ", on or after 22/05/2026 when Decision 26/2026/QĐ-TTg came into force: its criteria and procedure apply");
    }
    if (filedOn.isPresent()) {
      boolean re = kind == DossierKind.RE_EVALUATION;
      LocalDate last = re ? RE_EVALUATION_TRANSITION_LAST_DAY : TRANSITION_LAST_DAY;
      String clause = re ? "Điều 12 khoản 2 điểm b" : "Điều 12 khoản 2 điểm a";
      String clauseEn = re ? "Article 12.2.b" : "Article 12.2.a";
      int days = re ? 30 : 60;
      if (councilDate.isAfter(last)) {
        throw new LawNotApplicableException(councilDate, filedOn, kind, Optional.of(last),
            "the dossier (" + kind.nameEn().toLowerCase(java.util.Locale.ROOT) + ") was filed on " + vi(filedOn.get())
                + ", before Decision 26/2026/QĐ-TTg came into force on 22/05/2026, so its " + clauseEn
                + " lets it be evaluated under Decisions 148/QĐ-TTg and 1489/QĐ-TTg only within " + days
                + " days, by " + vi(last) + "; the council met on " + vi(councilDate)
                + ". Such a dossier can no longer be evaluated: the producer files a new dossier under 26/2026"
                + " (Quyết định 26/2026/QĐ-TTg, " + clause + ")");
      }
      return new ApplicableLaw(Instrument.D148, Instrument.D1489, LegalReference.of(Instrument.D26_2026, clause),
          "Hồ sơ (" + kind.nameVi().toLowerCase(java.util.Locale.ROOT) + ") nộp ngày " + vi(filedOn.get())
              + ", trước ngày 22/05/2026, được đánh giá ngày " + vi(councilDate) + ", trong thời hạn " + days
              + " ngày (đến hết " + vi(last) + "): tiếp tục áp dụng quy định giai đoạn 2021 - 2025 (Quyết định 148/QĐ-TTg, 1489/QĐ-TTg)",
          "The dossier (" + kind.nameEn().toLowerCase(java.util.Locale.ROOT) + ") was filed on " + vi(filedOn.get())
              + ", before 22/05/2026, and is evaluated on " + vi(councilDate) + ", within the " + days
              + " days that end on " + vi(last) + ": the 2021–2025 rules (Decisions 148/QĐ-TTg and 1489/QĐ-TTg) still apply");
    }
    if (!councilDate.isAfter(TRANSITION_LAST_DAY)) {
      throw new LawNotApplicableException(councilDate, filedOn, kind, Optional.empty(),
          "the council meets on " + vi(councilDate) + ", during the transition of Decision 26/2026/QĐ-TTg (22/05/2026 to "
              + vi(TRANSITION_LAST_DAY) + "), when the law depends on the day the dossier was filed (Article 12.2): give the"
              + " dossier's filing date (before 22/05/2026: Decisions 148/QĐ-TTg and 1489/QĐ-TTg; from 22/05/2026: 26/2026)");
    }
    return new ApplicableLaw(Instrument.D26_2026, Instrument.D26_2026,
        LegalReference.of(Instrument.D26_2026, "Điều 11; Điều 12 khoản 2"),
        "Hội đồng họp ngày " + vi(councilDate) + ", sau khi Quyết định 148/QĐ-TTg và 1489/QĐ-TTg hết hiệu lực (hết ngày "
            + vi(TRANSITION_LAST_DAY) + "): áp dụng Quyết định 26/2026/QĐ-TTg (không ghi ngày nộp hồ sơ; hồ sơ nộp trước 22/05/2026 đã quá thời hạn chuyển tiếp)",
        "The council meets on " + vi(councilDate) + ", after Decisions 148/QĐ-TTg and 1489/QĐ-TTg lapsed (their last day was "
            + vi(TRANSITION_LAST_DAY) + "): Decision 26/2026/QĐ-TTg applies (no filing date given; a dossier filed before 22/05/2026 would be past its transition deadline)");
  }

  /**
   * The last day of a period of {@code days} days counted from {@code event}, as the Civil Code 2015
   * counts it: Article 147.3, the day of the event is not counted (day 1 is the next day); Article 148.1,
   * the period ends at the end of its last day; Article 148.5, a last day on a weekend moves to the end of
   * the next working day. Public holidays are not modelled: none falls in the periods this class counts
   * (May–July 2026).
   */
  static LocalDate endOfPeriodInDays(LocalDate event, int days) {
    LocalDate last = event.plusDays(days);
    while (last.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || last.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
      last = last.plusDays(1);
    }
    return last;
  }

  private static ApplicableLaw plain(Instrument criteria, Instrument procedure, String provision, LocalDate date) {
    String label = criteria == procedure ? "Quyết định " + criteria.number() : "Quyết định " + criteria.number()
        + " (bộ tiêu chí) và " + procedure.number() + " (quy trình)";
    String labelEn = criteria == procedure ? "Decision " + criteria.number() : "Decision " + criteria.number()
        + " (criteria) and " + procedure.number() + " (procedure)";
    return new ApplicableLaw(criteria, procedure, LegalReference.of(procedure, provision),
        label + " có hiệu lực vào ngày hội đồng họp (" + vi(date) + ")",
        labelEn + " in force on the council date (" + vi(date) + ")");
  }

  private static String vi(LocalDate d) {
    return d.format(VI);
  }
}
