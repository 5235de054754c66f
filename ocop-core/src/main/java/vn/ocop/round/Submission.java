package vn.ocop.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.law.DossierKind;
import vn.ocop.product.Product;

/**
 * A product put before a round's council: the product, what its dossier holds, and the scores the
 * members gave it — option-level {@link MemberScorecard}s, or {@link PartScores} for history, never
 * both. Immutable and thread-safe.
 *
 * <p>The dossier's filing date and kind decide, across the change of law of 2026, which law judges it
 * (Decision 26/2026/QĐ-TTg, Article 12; see {@link vn.ocop.law.LawInForce}). Grounds for
 * disqualification that the council finds ("Hồ sơ bị loại khi…", "Bị loại nếu…" on the Decision
 * 26/2026/QĐ-TTg score sheets) are named by their key in the product's scorecard ({@code X1}, {@code X2}…).
 */
@OcopStyle
@Value.Immutable
public abstract class Submission {
  /**
   * Package-private: only the generated implementation extends this type, so that no subclass can
   * skip the checks its builder runs.
   */
  Submission() {}


  /** {@return the product submitted} */
  public abstract Product product();

  /** {@return what the dossier holds} */
  public abstract Set<DossierItem> dossier();

  /** {@return the members' option-level sheets} */
  public abstract List<MemberScorecard> scorecards();

  /** {@return part-level scores (history), per member or for the council as a whole} */
  public abstract List<PartScores> partScores();

  /**
   * The day the producer filed the dossier (nộp hồ sơ), if known. Needed for a council meeting from
   * 22/05/2026 to 21/07/2026, when the law depends on it (Decision 26/2026/QĐ-TTg, Article 12.2).
   *
   * @return the filing date, if known
   * @since 0.2
   */
  public abstract Optional<LocalDate> filedOn();

  /**
   * What the dossier asks for: a first evaluation (the default), an upgrade or a re-evaluation.
   *
   * @return the kind of dossier
   * @since 0.2
   */
  @Value.Default
  public DossierKind dossierKind() {
    return DossierKind.FIRST_EVALUATION;
  }

  /**
   * The grounds for disqualification the council found, by their key on the product's scorecard
   * (e.g. {@code X1}: "Hồ sơ bị loại khi: Giả mạo hồ sơ…"). Each makes the product ineligible, with a
   * reason quoting the ground. Only scorecards that list such grounds (Decision 26/2026/QĐ-TTg) accept them.
   *
   * @return the keys of the grounds found; empty when none
   * @since 0.2
   */
  public abstract Set<String> disqualifications();

  /** {@return whether the submission carries any scores} */
  public boolean isScored() {
    return !scorecards().isEmpty() || !partScores().isEmpty();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Submission}. */
  public static final class Builder extends ImmutableSubmission.Builder {
    /** A builder with nothing set yet; {@code build()} checks what the value needs. */
    public Builder() {}

    /**
     * Adds a member's sheet with the given choices.
     *
     * @param member the id of the council member
     * @param choices the chosen options, by key ({@code A1a/3}) or code ({@code 148/01/A1a/3})
     * @return this builder
     */
    public Builder scoredBy(String member, String... choices) {
      addScorecards(MemberScorecard.of(member, choices));
      return this;
    }
  }

  /**
   * Checks the submission: option-level sheets or part-level scores, not both; one sheet or line per member;
   * a council-level line alone.
   *
   * @throws RoundException if the submission is inconsistent
   */
  @Value.Check
  protected void check() {
    String product = product().id();
    if (!scorecards().isEmpty() && !partScores().isEmpty()) {
      throw new RoundException(null, product, null,
          "Product '" + product + "' has both option-level scorecards and part-level scores; give one or the other");
    }
    java.util.Set<String> members = new java.util.HashSet<>();
    for (MemberScorecard s : scorecards()) {
      if (!members.add(s.member())) {
        throw new RoundException(null, product, s.member(),
            "Member '" + s.member() + "' has two scorecards for product '" + product + "'");
      }
    }
    boolean councilOnly = partScores().stream().anyMatch(p -> p.member().isEmpty());
    if (councilOnly && partScores().size() > 1) {
      throw new RoundException(null, product, null,
          "Product '" + product + "' has council-level part scores (no member) and other part scores; give one line only");
    }
    for (PartScores p : partScores()) {
      if (p.member().isPresent() && !members.add(p.member().get())) {
        throw new RoundException(null, product, p.member().get(),
            "Member '" + p.member().get() + "' has two part-score lines for product '" + product + "'");
      }
    }
  }
}
