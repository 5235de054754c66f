package vn.ocop.law;

import java.time.LocalDate;
import java.util.Optional;

/**
 * No law can judge a dossier on a council date: most often a dossier filed under Decision
 * 148/QĐ-TTg before 22/05/2026 and evaluated after the deadline Article 12.2 of Decision
 * 26/2026/QĐ-TTg gave it. The message explains the article and the dates; the fields carry them.
 */
public class LawNotApplicableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final LocalDate councilDate;
  private final transient Optional<LocalDate> filedOn;
  private final DossierKind kind;
  private final transient Optional<LocalDate> deadline;

  /**
   * No law can judge this dossier on this date.
   *
   * @param councilDate the day the council met; not null
   * @param filedOn the day the dossier was filed, if known
   * @param kind what the dossier asked for; not null
   * @param deadline the last day the dossier could have been evaluated, if the problem is a deadline
   * @param message the whole message
   */
  public LawNotApplicableException(LocalDate councilDate, Optional<LocalDate> filedOn, DossierKind kind,
      Optional<LocalDate> deadline, String message) {
    super(message);
    this.councilDate = councilDate;
    this.filedOn = filedOn;
    this.kind = kind;
    this.deadline = deadline;
  }

  /** {@return the day the council met} */
  public LocalDate councilDate() {
    return councilDate;
  }

  /** {@return the day the dossier was filed, if known} */
  public Optional<LocalDate> filedOn() {
    return filedOn;
  }

  /** {@return what the dossier asked for} */
  public DossierKind kind() {
    return kind;
  }

  /** {@return the last day the dossier could have been evaluated under the transition, if that is the problem} */
  public Optional<LocalDate> deadline() {
    return deadline;
  }
}
