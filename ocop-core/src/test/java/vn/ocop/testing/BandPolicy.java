package vn.ocop.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.evaluation.Decision;
import vn.ocop.evaluation.EvaluationPolicy;
import vn.ocop.evaluation.Outcome;
import vn.ocop.evaluation.Reason;
import vn.ocop.law.StarRating;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/**
 * A plain in-test policy: Decision 148's half-open bands on the score, capped by the gates
 * (members' mean), certify at 3★ and up. The real policy lives in ocop-rules.
 */
public final class BandPolicy implements EvaluationPolicy {

  public static StarRating band(BigDecimal score) {
    if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
      return StarRating.FIVE_STARS;
    } else if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
      return StarRating.FOUR_STARS;
    } else if (score.compareTo(BigDecimal.valueOf(50)) >= 0) {
      return StarRating.THREE_STARS;
    } else if (score.compareTo(BigDecimal.valueOf(30)) >= 0) {
      return StarRating.TWO_STARS;
    }
    return StarRating.ONE_STAR;
  }

  @Override
  public List<Outcome> decide(ScoredRound round) {
    List<Outcome> outcomes = new ArrayList<>();
    for (ScoreSheet sheet : round.sheets()) {
      StarRating band = band(sheet.score());
      StarRating gates = sheet.highestLevelWithGatesMet(GateJudgement.MEAN_OF_MEMBERS);
      StarRating stars = band.isAtLeast(gates) ? gates : band;
      outcomes.add(Outcome.builder()
          .productId(sheet.product().id())
          .stars(stars)
          .decision(stars.isCertifiable() ? Decision.CERTIFY : Decision.NOT_ACHIEVED)
          .addReasons(new Reason("test.band", "test", "Hạng " + stars.nameVi(), stars.nameEn(), "test"))
          .build());
    }
    return outcomes;
  }
}
