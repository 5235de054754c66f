package vn.ocop.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.ProductSet;
import vn.ocop.producer.ProducerKind;
import vn.ocop.round.DossierItem;
import vn.ocop.round.Round;
import vn.ocop.rules.facts.Candidate;
import vn.ocop.rules.facts.Disqualified;
import vn.ocop.rules.facts.Filing;
import vn.ocop.rules.facts.GateMiss;
import vn.ocop.rules.facts.MissedGates;
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
    Slicer all = new Slicer(scored, params, sources, judgement, procedure);
    return all.facts(scored.sheets());
  }

  /**
   * The facts of a round slice by slice: the round's own facts ({@link RoundFact}, every {@link Param})
   * made once and put in every slice, then each sheet's facts. One slice of every sheet gives the
   * facts of {@link #facts}.
   */
  static final class Slicer {
    private final Shared shared;
    private final RoundFact round;
    private final List<Param> params;
    private final String rounding;
    private final BigDecimal[] bands;
    private final GateJudgement judgement;
    private boolean filings = true;
    private boolean disqualifications = true;
    private boolean gateMisses = true;
    private boolean missedGates = true;

    Slicer(ScoredRound scored, Map<String, String> params, Map<String, String> sources, GateJudgement judgement,
        String procedure) {
      this.shared = new Shared(scored);
      this.round = roundFact(scored.round(), procedure);
      this.params = new ArrayList<>(params.size());
      params.forEach((k, v) -> this.params.add(new Param(k, v, sources.get(k))));
      this.rounding = params.getOrDefault("band.rounding", Candidate.ROUNDING_NONE);
      this.bands = bandThresholds(params);
      this.judgement = judgement;
    }

    /**
     * Leaves out the facts of the types no rule matches ({@link Filing}, {@link Disqualified}, {@link
     * GateMiss}, {@link MissedGates}): a fact no pattern can match changes nothing but the engine's work.
     *
     * @param types the simple names of the fact types the book's rules match
     * @return this
     */
    Slicer onlyTypes(Set<String> types) {
      filings = types.contains("Filing");
      disqualifications = types.contains("Disqualified");
      gateMisses = types.contains("GateMiss");
      missedGates = types.contains("MissedGates");
      return this;
    }

    /** The round's facts and those of {@code sheets}, in the order of {@link FactBuilder#facts}. */
    List<Object> facts(List<ScoreSheet> sheets) {
      List<Object> facts = new ArrayList<>(sheets.size() * 2 + params.size() + 16);
      facts.add(round);
      facts.addAll(params);
      for (ScoreSheet sheet : sheets) {
        facts.add(candidate(shared, sheet, rounding, bands));
        if (filings) {
          facts.add(filing(sheet));
        }
        if (disqualifications) {
          sheet.disqualifications().forEach(d -> facts.add(new Disqualified(sheet.product().id(), d.key(), d.text(),
              d.criterion().orElse(""))));
        }
        if (gateMisses || missedGates) {
          List<GateMiss> misses = gateMisses(sheet, judgement);
          if (gateMisses) {
            facts.addAll(misses);
          }
          if (missedGates && !misses.isEmpty()) {
            facts.add(new MissedGates(sheet.product().id(), misses));
          }
        }
      }
      return facts;
    }
  }

  /**
   * What many candidates of one round share, computed once: the product group of each set, and one
   * immutable set of dossier item names per distinct dossier (most products hand in the same items).
   */
  private static final class Shared {
    final ScoredRound scored;
    final String chair;
    final Map<ProductSet, Integer> groups = new HashMap<>();
    final Map<Set<DossierItem>, Set<String>> dossiers = new HashMap<>();

    Shared(ScoredRound scored) {
      this.scored = scored;
      this.chair = scored.round().council().chair().id();
    }

    /** The product group of a sheet's set, in the catalogue that scored it (two during the 2026 transition). */
    int group(ScoreSheet sheet) {
      return groups.computeIfAbsent(sheet.productSet(), s -> {
        try {
          return scored.catalogueOf(sheet).groupOf(s).number();
        } catch (RuntimeException e) {
          return 0;
        }
      });
    }

    Set<String> dossier(Set<DossierItem> items) {
      return dossiers.computeIfAbsent(items, i -> i.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }
  }

  static RoundFact roundFact(Round round, String procedure) {
    return new RoundFact(round.id(), round.province().id(), round.district().map(d -> d.id()).orElse(""),
        round.level().name(), round.councilDate(), round.year(), round.sequence(), procedure, round.council().size(),
        round.council().chair().id(), round.submissions().size());
  }

  private static Candidate candidate(Shared shared, ScoreSheet sheet, String rounding, BigDecimal[] bands) {
    var product = sheet.product();
    int group = shared.group(sheet);
    List<MemberScore> members = sheet.members();
    boolean councilOnly = members.size() == 1 && members.get(0).member().isEmpty();
    boolean chairScored = false;
    for (int i = 0, n = members.size(); i < n && !chairScored; i++) {
      Optional<String> member = members.get(i).member();
      chairScored = member.isPresent() && shared.chair.equals(member.get());
    }
    BigDecimal low = sheet.lowestTotal();
    BigDecimal high = sheet.highestTotal();
    BigDecimal bandScore = Candidate.bandScore(sheet.score(), rounding);
    return new Candidate(product.id(), product.name(), product.productSet(), sheet.productSet().number(), group,
        product.producer().kind().name(), product.producer().isRegistered(),
        shared.dossier(sheet.submission().dossier()),
        product.place().district().map(d -> d.id()).orElse(""), commune(product.place()),
        product.place().commune().map(c -> c.fullName()).orElse(""), sheet.granularity().name(), sheet.score(),
        bandScore, band(bandScore, bands),
        sheet.partMean(Part.A), sheet.partMean(Part.B), sheet.partMean(Part.C), members.size(), councilOnly,
        chairScored, low, high, high.subtract(low));
  }

  /**
   * The star band of a band score in a band table: the highest {@code n} from 2 to 5 whose threshold
   * {@code thresholds[n]} the score reaches, else 1 (Decision 148/QĐ-TTg and 26/2026/QĐ-TTg: band
   * {@code n} holds the scores from its threshold to below the next). A null threshold is skipped.
   *
   * @param bandScore the score compared with the bands
   * @param thresholds indexed 2 to 5 ({@code band.2} … {@code band.5}); null for no table
   * @return 1 to 5, or 0 if {@code thresholds} is null
   */
  static int band(BigDecimal bandScore, BigDecimal[] thresholds) {
    if (thresholds == null) {
      return 0;
    }
    int band = 1;
    for (int n = 2; n <= 5; n++) {
      if (thresholds[n] != null && bandScore.compareTo(thresholds[n]) >= 0) {
        band = n;
      }
    }
    return band;
  }

  /**
   * The band table of a book's parameters, indexed 2 to 5 ({@code band.2} … {@code band.5}; the book's
   * compiler has checked that they are there and rise); a missing or unreadable threshold is null.
   */
  static BigDecimal[] bandThresholds(Map<String, String> params) {
    BigDecimal[] thresholds = new BigDecimal[6];
    for (int n = 2; n <= 5; n++) {
      String v = params.get("band." + n);
      try {
        thresholds[n] = v == null ? null : new BigDecimal(v.trim());
      } catch (NumberFormatException e) {
        thresholds[n] = null;
      }
    }
    return thresholds;
  }

  /** A commune's path below its province ({@code hon-dat/son-kien}), unique in the round; {@code ""} for another unit. */
  static String commune(vn.ocop.place.AdministrativeUnit place) {
    if (place.commune().isEmpty()) {
      return "";
    }
    String path = place.path();
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
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
    List<GateCheck> missed = sheet.missedGates(judgement);
    if (missed.isEmpty()) {
      return List.of();
    }
    List<GateMiss> misses = new ArrayList<>(missed.size());
    for (GateCheck c : missed) {
      misses.add(new GateMiss(sheet.product().id(), c.level().stars(), c.criterion().key(), c.criterion().title(),
          c.requiredOption().key(), c.requiredOption().text(), c.requiredPoints(), c.meanPoints(), c.membersMeeting(),
          c.members(), judgement.name()));
    }
    return misses;
  }
}
