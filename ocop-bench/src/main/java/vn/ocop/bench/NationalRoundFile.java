package vn.ocop.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.io.RoundDocument;
import vn.ocop.io.RoundFiles;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.producer.Producer;
import vn.ocop.round.CouncilMember;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.Round;
import vn.ocop.round.Submission;

/**
 * Writes a {@link NationalRound} as a round file ({@code ocop-round/1}, {@link RoundFiles#write}), so
 * that the command can be measured on it as a user runs it:
 *
 * <pre>{@code
 * java -cp ocop-bench/target/benchmarks.jar vn.ocop.bench.NationalRoundFile 20000 /tmp/national-20000.json
 * ./ocop evaluate /tmp/national-20000.json --format json --out /tmp/results.json --html /tmp/report.html
 * }</pre>
 *
 * <p>The made-up districts and communes are declared under {@code places} with {@code outsideRegistry}
 * (the round is dated 2024, before the registry's earliest list); the province is the registry's.
 */
public final class NationalRoundFile {
  private NationalRoundFile() {}

  /**
   * The round file's document of {@link NationalRound#generate(int, long)}.
   *
   * @param products how many products (at least 1)
   * @param seed the seed; the same seed gives the same document
   * @return the document
   */
  public static RoundDocument document(int products, long seed) {
    return document(NationalRound.generate(products, seed));
  }

  /**
   * A generated round as a round file's document.
   *
   * @param round a round of {@link NationalRound}
   * @return the document
   */
  static RoundDocument document(Round round) {
    Map<String, RoundDocument.Place> places = new LinkedHashMap<>();
    List<RoundDocument.ProducerEntry> producers = new ArrayList<>(round.submissions().size());
    List<RoundDocument.ProductEntry> products = new ArrayList<>(round.submissions().size());
    for (Submission s : round.submissions()) {
      AdministrativeUnit commune = s.product().place();
      declare(places, commune);
      Producer p = s.product().producer();
      producers.add(new RoundDocument.ProducerEntry(p.id(), p.name(), p.kind(), null, p.registration().orElse(null),
          p.place().map(AdministrativeUnit::id).orElse(null), null, null));
      List<RoundDocument.Sheet> sheets = new ArrayList<>(s.scorecards().size());
      for (MemberScorecard m : s.scorecards()) {
        sheets.add(new RoundDocument.Sheet(m.member(), null, m.choices()));
      }
      products.add(new RoundDocument.ProductEntry(s.product().id(), s.product().name(), s.product().productSet(),
          p.id(), commune.id(), null, null, null, List.copyOf(s.dossier()), List.of(), sheets, List.of()));
    }
    List<RoundDocument.Member> council = new ArrayList<>();
    for (CouncilMember m : round.council().members()) {
      council.add(new RoundDocument.Member(m.id(), m.name(), m.role()));
    }
    return new RoundDocument(RoundDocument.FORMAT,
        "A made-up national-scale round (ocop-bench NationalRound, " + round.submissions().size() + " products)",
        List.of(), "Everything is made up (minh họa) except the scorecards, bands and gates, which are the law's.",
        new RoundDocument.RoundInfo(round.province().id(), null, round.year(), round.sequence(), round.level(),
            round.councilDate(), null),
        new ArrayList<>(places.values()), council, producers, products);
  }

  private static void declare(Map<String, RoundDocument.Place> places, AdministrativeUnit unit) {
    if (unit.level() == AdministrativeLevel.PROVINCE || places.containsKey(unit.id())) {
      return;
    }
    AdministrativeUnit parent = unit.parent().orElseThrow();
    declare(places, parent);
    places.put(unit.id(), new RoundDocument.Place(unit.id(), unit.name(), unit.level(), parent.id(), null, null, true));
  }

  /**
   * Writes the file: {@code PRODUCTS FILE [SEED]}.
   *
   * @param args how many products, the file to write, and optionally the seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: NationalRoundFile PRODUCTS FILE [SEED]");
      System.exit(2);
    }
    int n = Integer.parseInt(args[0]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : NationalRound.SEED;
    Files.writeString(Path.of(args[1]), RoundFiles.write(document(n, seed)), StandardCharsets.UTF_8);
  }
}
