package vn.ocop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.io.ProgrammeFiles;
import vn.ocop.cli.report.ProgrammeReports;
import vn.ocop.funding.AwardLine;
import vn.ocop.funding.AwardMode;
import vn.ocop.funding.AwardSchedule;
import vn.ocop.funding.AwardStatement;
import vn.ocop.law.StarRating;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.result.RoundResult;
import vn.ocop.target.ProgrammeReport;
import vn.ocop.target.ReportInputs;

/**
 * Builds a quarterly or yearly {@link ProgrammeReport} from a programme file: reads it, evaluates its
 * round files with the rule packs, applies each round's award schedule (from its packs) and hands
 * everything to the core. Awards of rounds in council-date order, so that "once per star level"
 * pays an upgrade only the difference from what an earlier round paid.
 */
final class ProgrammeRun {
  private ProgrammeRun() {}

  static ProgrammeReports.Page build(OcopCommand root, Path programme, Optional<String> provinceOpt, int year,
      Optional<Integer> quarter, OcopCommand.RoundOptions options, vn.ocop.io.Outputs outputs) {
    ProgrammeFiles.LoadedProgramme p = ProgrammeFiles.read(programme);
    // the files the programme lists are inputs too: no output may overwrite them (issue 14)
    outputs.readAlso(p.inputFiles());
    String provinceId = provinceOpt.orElse(p.province().id());
    AdministrativeUnit province = p.places().get(provinceId);
    if (province == null || province.level() != AdministrativeLevel.PROVINCE) {
      throw UserException.of("province-not-listed", provinceId, programme, String.join(", ", p.places().values().stream()
              .filter(u -> u.level() == AdministrativeLevel.PROVINCE).map(AdministrativeUnit::id).toList()));
    }
    List<Evaluator.Evaluation> evaluations = new ArrayList<>();
    for (Path round : p.rounds()) {
      evaluations.add(root.evaluate(round, options));
    }
    evaluations.sort(Comparator.comparing(e -> e.result().round().councilDate()));
    List<RoundResult> rounds = evaluations.stream().map(Evaluator.Evaluation::result).toList();
    List<AwardStatement> awards = new ArrayList<>();
    Map<String, StarRating> paid = new HashMap<>();
    for (Evaluator.Evaluation e : evaluations) {
      if (e.awards().isEmpty()) {
        continue;
      }
      AwardSchedule schedule = e.awards().get();
      AwardStatement s = schedule.apply(e.result(), schedule.mode() == AwardMode.ONCE_PER_LEVEL ? Map.copyOf(paid) : Map.of());
      for (AwardLine l : s.lines()) {
        paid.merge(l.productId(), l.stars(), (a, b) -> a.isAtLeast(b) ? a : b);
      }
      awards.add(s);
    }
    ReportInputs in = ReportInputs.builder().provinceId(provinceId).registry(p.registry()).addAllRounds(rounds)
        .addAllTargets(p.targets()).addAllDistricts(p.districtsOf(provinceId)).ledger(p.ledger())
        .addAllAwards(awards).build();
    ProgrammeReport report;
    if (quarter.isPresent()) {
      if (quarter.get() < 1 || quarter.get() > 4) {
        throw UserException.of("quarter", quarter.get());
      }
      report = ProgrammeReport.quarterly(year, quarter.get(), in);
    } else {
      report = ProgrammeReport.yearly(year, in);
    }
    Map<String, String> names = new LinkedHashMap<>();
    p.places().values().forEach(u -> names.put(u.path(), u.name()));
    return new ProgrammeReports.Page(report, province.name(), p.ledger().map(l -> l.plan().title()), names,
        programme.getFileName().toString());
  }
}
