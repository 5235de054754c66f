package vn.ocop.testkit;

import java.util.List;
import vn.ocop.round.Council;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * Copies of rounds, submissions and sheets with one part replaced. The core's values have strict
 * builders without {@code from}, so each attribute is copied here by name; {@code CopiesTest} fails
 * when a value gains an attribute this class does not copy.
 */
final class Copies {
  private Copies() {}

  static Round withSubmissions(Round r, List<Submission> submissions) {
    return withCouncil(r, r.council(), submissions);
  }

  static Round withCouncil(Round r, Council council, List<Submission> submissions) {
    Round.Builder b = Round.builder().province(r.province()).year(r.year()).sequence(r.sequence()).level(r.level())
        .councilDate(r.councilDate()).council(council).addAllSubmissions(submissions);
    r.district().ifPresent(b::district);
    r.submissionDeadline().ifPresent(b::submissionDeadline);
    r.catalogue().ifPresent(b::catalogue);
    return b.build();
  }

  static Submission withScorecards(Submission s, List<MemberScorecard> cards) {
    return withScores(s, cards, s.partScores());
  }

  static Submission withScores(Submission s, List<MemberScorecard> cards, List<PartScores> parts) {
    Submission.Builder b = Submission.builder().product(s.product()).addAllDossier(s.dossier())
        .addAllScorecards(cards).addAllPartScores(parts).dossierKind(s.dossierKind())
        .addAllDisqualifications(s.disqualifications());
    s.filedOn().ifPresent(b::filedOn);
    return b.build();
  }

  static MemberScorecard withChoices(MemberScorecard m, List<String> choices) {
    MemberScorecard.Builder b = MemberScorecard.builder().member(m.member()).addAllChoices(choices);
    m.productSet().ifPresent(b::productSet);
    return b.build();
  }
}
