package vn.ocop.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilMember;
import vn.ocop.round.CouncilRole;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * Shrinks a failing round in the domain's terms, after QuickTheories has shrunk what it drew: removes
 * products one at a time, then council members other than the chair (with their sheets), keeping each
 * removal while the property still fails. QuickTheories shrinks a large round slowly (thousands of
 * draws, few of which decide its size); this gives the council secretary a round of the few products
 * and members that matter.
 */
final class Shrink {
  private Shrink() {}

  static <X> RankingProperties.Failure<X> round(RankingProperties.Failure<X> failure,
      Function<Round, Optional<Throwable>> fails) {
    RankingProperties.Failure<X> best = failure;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      List<Submission> subs = best.round().submissions();
      for (int i = subs.size() - 1; i >= 0 && subs.size() > 1; i--) {
        List<Submission> fewer = new ArrayList<>(subs);
        fewer.remove(i);
        Optional<RankingProperties.Failure<X>> f = attempt(best, Copies.withSubmissions(best.round(), fewer), fails);
        if (f.isPresent()) {
          best = f.get();
          subs = best.round().submissions();
          shrunk = true;
        }
      }
      List<CouncilMember> members = best.round().council().members();
      for (int i = members.size() - 1; i >= 0 && members.size() > 1; i--) {
        CouncilMember m = members.get(i);
        if (m.role() == CouncilRole.CHAIR) {
          continue;
        }
        Optional<RankingProperties.Failure<X>> f = attempt(best, without(best.round(), m.id()), fails);
        if (f.isPresent()) {
          best = f.get();
          members = best.round().council().members();
          shrunk = true;
        }
      }
    }
    return best;
  }

  private static <X> Optional<RankingProperties.Failure<X>> attempt(RankingProperties.Failure<X> best, Round candidate,
      Function<Round, Optional<Throwable>> fails) {
    return fails.apply(candidate).map(e -> new RankingProperties.Failure<>(candidate, best.extra(), e));
  }

  /** The round without one council member and the sheets and part scores that member gave. */
  static Round without(Round round, String member) {
    List<CouncilMember> members = round.council().members().stream().filter(m -> !m.id().equals(member)).toList();
    List<Submission> subs = new ArrayList<>();
    for (Submission s : round.submissions()) {
      subs.add(Copies.withScores(s,
          s.scorecards().stream().filter(c -> !c.member().equals(member)).toList(),
          s.partScores().stream().filter(p -> !p.member().map(member::equals).orElse(false)).toList()));
    }
    return Copies.withCouncil(round, Council.of(members), subs);
  }
}
