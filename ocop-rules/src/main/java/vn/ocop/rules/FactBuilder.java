package vn.ocop.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ocop.catalog.Part;
import vn.ocop.law.StarRating;
import vn.ocop.producer.ProducerKind;
import vn.ocop.round.Round;
import vn.ocop.rules.facts.Candidate;
import vn.ocop.rules.facts.Disqualified;
import vn.ocop.rules.facts.Filing;
import vn.ocop.rules.facts.GateMiss;
import vn.ocop.rules.facts.Param;
import vn.ocop.rules.facts.RoundFact;
import vn.ocop.scoring.GateCheck;
import vn.ocop.scoring.GateJudgement;
import vn.ocop.scoring.MemberScore;
import vn.ocop.scoring.ScoreSheet;
import vn.ocop.scoring.ScoredRound;

/** Turns a scored round into the facts rules see. Computes, never decides. */
final class FactBuilder {
  private FactBuilder() {}

  static List<Object> facts(ScoredRound scored, Map<String, String> params, Map<String, String> sources,
      GateJudgement judgement, String procedure) {
    Round round = scored.round();
    List<Object> facts = new ArrayList<>();
    facts.add(roundFact(round, procedure));
    params.forEach((k, v) -> facts.add(new Param(k, v, sources.get(k))));
    for (ScoreSheet sheet : scored.sheets()) {
      facts.add(candidate(scored, sheet, params.getOrDefault("band.rounding", Candidate.ROUNDING_NONE)));
      facts.add(filing(sheet));
      sheet.disqualifications().forEach(d -> facts.add(new Disqualified(sheet.product().id(), d.key(), d.text(),
          d.criterion().orElse(""))));
      facts.addAll(gateMisses(sheet, judgement));
    }
    return facts;
  }

  static RoundFact roundFact(Round round, String procedure) {
    return new RoundFact(round.id(), round.province().id(), round.district().map(d -> d.id()).orElse(""),
        round.level().name(), round.councilDate(), round.year(), round.sequence(), procedure, round.council().size(),
        round.council().chair().id(), round.submissions().size());
  }

  static Candidate candidate(ScoredRound scored, ScoreSheet sheet, String rounding) {
    var product = sheet.product();
    int group;
    try {
      group = scored.catalogueOf(sheet).groupOf(sheet.productSet()).number();
    } catch (RuntimeException e) {
      group = 0;
    }
    List<MemberScore> members = sheet.members();
    String chair = scored.round().council().chair().id();
    boolean councilOnly = members.size() == 1 && members.get(0).member().isEmpty();
    boolean chairScored = members.stream().anyMatch(m -> m.member().map(chair::equals).orElse(false));
    BigDecimal low = sheet.lowestTotal();
    BigDecimal high = sheet.highestTotal();
    return new Candidate(product.id(), product.name(), product.productSet(), sheet.productSet().number(), group,
        product.producer().kind().name(), product.producer().isRegistered(),
        sheet.submission().dossier().stream().map(Enum::name).collect(Collectors.toSet()),
        product.place().district().map(d -> d.id()).orElse(""), sheet.granularity().name(), sheet.score(),
        Candidate.bandScore(sheet.score(), rounding),
        sheet.partMean(Part.A), sheet.partMean(Part.B), sheet.partMean(Part.C), members.size(), councilOnly,
        chairScored, low, high, high.subtract(low));
  }

  /** What the dossier asks for, and whether an enterprise declared itself small or medium. */
  static Filing filing(ScoreSheet sheet) {
    var producer = sheet.product().producer();
    String enterprise = producer.kind() != ProducerKind.ENTERPRISE ? ""
        : producer.smallOrMediumEnterprise().map(sme -> sme ? "SME" : "NOT_SME").orElse("UNDECLARED");
    return new Filing(sheet.product().id(), sheet.submission().dossierKind().name(), enterprise);
  }

  /** Every missed gate of levels 3★–5★, once per criterion and gate level. */
  static List<GateMiss> gateMisses(ScoreSheet sheet, GateJudgement judgement) {
    Map<String, GateMiss> misses = new LinkedHashMap<>();
    for (StarRating level : List.of(StarRating.THREE_STARS, StarRating.FOUR_STARS, StarRating.FIVE_STARS)) {
      for (GateCheck c : sheet.gates(level, judgement).missed()) {
        misses.putIfAbsent(c.criterion().key() + "@" + c.level().stars(), new GateMiss(sheet.product().id(),
            c.level().stars(), c.criterion().key(), c.criterion().title(), c.requiredOption().key(),
            c.requiredOption().text(), c.requiredPoints(), c.meanPoints(), c.membersMeeting(), c.members(),
            judgement.name()));
      }
    }
    return List.copyOf(misses.values());
  }
}
