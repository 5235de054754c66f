package vn.ocop.round;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import vn.ocop.OcopStyle;
import vn.ocop.product.Product;

/**
 * A product put before a round's council: the product, what its dossier holds, and the scores the
 * members gave it — option-level {@link MemberScorecard}s, or {@link PartScores} for history, never
 * both. Immutable and thread-safe.
 */
@OcopStyle
@Value.Immutable
public abstract class Submission {

  public abstract Product product();

  /** What the dossier holds. */
  public abstract Set<DossierItem> dossier();

  /** The members' option-level sheets. */
  public abstract List<MemberScorecard> scorecards();

  /** Part-level scores (history), per member or for the council as a whole. */
  public abstract List<PartScores> partScores();

  /** Whether the submission carries any scores. */
  public boolean isScored() {
    return !scorecards().isEmpty() || !partScores().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Submission}. */
  public static final class Builder extends ImmutableSubmission.Builder {
    /** Adds a member's sheet with the given choices. */
    public Builder scoredBy(String member, String... choices) {
      addScorecards(MemberScorecard.of(member, choices));
      return this;
    }
  }

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
