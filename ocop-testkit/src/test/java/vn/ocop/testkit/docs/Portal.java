package vn.ocop.testkit.docs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.result.RankedProduct;
import vn.ocop.result.RoundResult;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * A vendor's provincial portal, for the worked example of docs/testing.md: it keeps a round in its
 * own tables (one row per member and option chosen), maps them into ocop to evaluate, and shows the
 * ranking back in its own terms.
 */
final class Portal {
  private Portal() {}

  /** One row of the portal's score table. */
  record ScoreRow(String productCode, String memberCode, String optionKey) {}

  /** What the portal stores of a round: the ocop round it came from, and its score table. */
  record PortalRound(Round header, List<ScoreRow> scores) {}

  /** The portal's mapping out of ocop: stores a round in its own tables. */
  static PortalRound store(Round round) {
    List<ScoreRow> rows = new ArrayList<>();
    for (Submission s : round.submissions()) {
      for (MemberScorecard card : s.scorecards()) {
        for (String option : card.choices()) {
          rows.add(new ScoreRow(s.product().id(), card.member(), option));
        }
      }
    }
    return new PortalRound(round, rows);
  }

  /** The portal's mapping into ocop: rebuilds the round from its tables. */
  static Round toOcop(PortalRound stored) {
    Round h = stored.header();
    Round.Builder b = Round.builder().province(h.province()).year(h.year()).sequence(h.sequence()).level(h.level())
        .councilDate(h.councilDate()).council(h.council());
    h.district().ifPresent(b::district);
    for (Submission s : h.submissions()) {
      Map<String, List<String>> byMember = new LinkedHashMap<>();
      for (ScoreRow row : stored.scores()) {
        if (row.productCode().equals(s.product().id())) {
          byMember.computeIfAbsent(row.memberCode(), m -> new ArrayList<>()).add(row.optionKey());
        }
      }
      Submission.Builder sb = Submission.builder().product(s.product()).addAllDossier(s.dossier())
          .dossierKind(s.dossierKind());
      s.filedOn().ifPresent(sb::filedOn);
      byMember.forEach((member, options) -> sb.scoredBy(member, options.toArray(String[]::new)));
      b.addSubmissions(sb.build());
    }
    return b.build();
  }

  /** What the portal shows: each product's rank, as it computes it from ocop's stars and scores. */
  static Map<String, Integer> ranksShown(RoundResult result) {
    Map<String, Integer> shown = new LinkedHashMap<>();
    int rank = 0;
    RankedProduct previous = null;
    List<RankedProduct> entries = result.ranking().entries();
    for (int i = 0; i < entries.size(); i++) {
      RankedProduct e = entries.get(i);
      if (previous == null || !sameMerit(previous, e)) {
        rank = i + 1;
      }
      shown.put(e.result().product().id(), rank);
      previous = e;
    }
    return shown;
  }

  private static boolean sameMerit(RankedProduct a, RankedProduct b) {
    return a.result().stars().equals(b.result().stars()) && eq(a.result().score(), b.result().score())
        && eq(a.result().partC(), b.result().partC());
  }

  private static boolean eq(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) == 0;
  }
}
