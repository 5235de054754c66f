package vn.ocop.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ocop.place.AdministrativeLevel;
import vn.ocop.place.AdministrativeUnit;
import vn.ocop.place.PlaceNames;
import vn.ocop.place.Places;
import vn.ocop.place.UnknownPlaceException;
import vn.ocop.producer.Producer;
import vn.ocop.product.Product;
import vn.ocop.round.Council;
import vn.ocop.round.CouncilMember;
import vn.ocop.round.MemberScorecard;
import vn.ocop.round.PartScores;
import vn.ocop.round.Round;
import vn.ocop.round.RoundException;
import vn.ocop.round.Submission;
import vn.ocop.scoring.ScoringException;

/**
 * Reads a round file ({@code ocop-round/1}, see {@code docs/formats.md}) and, optionally, member
 * scores from CSV files, into the core model. Every problem raises an {@link InputException} naming
 * the file, line and column, and the JSON path, of the value at fault.
 *
 * <p>Places are the place registry's ({@link Places}) on the round's council date: a reference
 * ({@code round.province}, {@code round.district}, a producer's or product's {@code place}, a
 * declared place's {@code parent}) is an id declared under {@code $.places}, an official code
 * ({@code 30820}), or a slug path resolved under the round's district, then under its province, then
 * from a province ({@code hon-dat/soc-son}, {@code kien-giang/hon-dat/soc-son}). A place declared
 * under {@code $.places} is checked against the registry on that date (by official code when given,
 * else by its id as a slug, or else its name, under its parent). A place that did not exist
 * then, or that the registry does not know, is an error naming it and the nearest match.
 */
public final class RoundFiles {
  private RoundFiles() {}

  /** The name of a level, as a message: {@code province}, {@code district}, {@code commune}. */
  static Message kind(AdministrativeLevel level) {
    return Message.of("place.kind." + level.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The largest round, scores or results file the readers take, in bytes (128 MiB); a larger file is
   * refused with a message that names this limit (docs/formats.md, Limits).
   */
  public static final long MAX_FILE_BYTES = Json.MAX_FILE_BYTES;

  /**
   * A round read from a file, with what is needed to point back into the file. Immutable and
   * thread-safe.
   */
  public static final class LoadedRound {
    private final Path file;
    /** The file's text, to point into it: made only for an error (see {@link Json.FileText}). */
    private final Json.FileText text;
    private final RoundDocument document;
    private final Round round;
    private final Map<String, Row> csvChoices;

    private LoadedRound(Path file, Json.FileText text, RoundDocument document, Round round, Map<String, Row> csvChoices) {
      this.file = file;
      this.text = text;
      this.document = document;
      this.round = round;
      this.csvChoices = csvChoices;
    }

    /**
     * The round file.
     *
     * @return the file as given to {@link RoundFiles#read}
     */
    public Path file() {
      return file;
    }

    /**
     * The file's content as read, before it became a core {@link Round}.
     *
     * @return the document
     */
    public RoundDocument document() {
      return document;
    }

    /**
     * The round, ready to score and evaluate.
     *
     * @return the round
     */
    public Round round() {
      return round;
    }

    /**
     * An input exception pointing at what a scoring error names: the product, the member's sheet,
     * the option on it (in the round file or the CSV row it came from).
     *
     * @param e a scoring error raised by scoring or evaluating {@link #round()}; not null
     * @return the same problem, with the file, line, column and JSON path where it is written
     * @throws IllegalArgumentException naming {@code e} if it is null
     */
    public InputException locate(ScoringException e) {
      Args.notNull(e, "e");
      Optional<Integer> p = productIndex(e.product());
      if (p.isEmpty()) {
        return new InputException(file, 0, 0, null, CoreMessages.of(e), e);
      }
      if (e.member().isPresent() && e.option().isPresent()) {
        Row row = csvChoices.get(key(e.product(), e.member().get(), e.option().get()));
        if (row != null) {
          return new InputException(row.file(), row.line(), 0, null, CoreMessages.of(e), e);
        }
      }
      JsonPath path = JsonPath.root().key("products").index(p.get());
      RoundDocument.ProductEntry entry = document.products().get(p.get());
      if (e.member().isPresent()) {
        List<RoundDocument.Sheet> sheets = entry.sheets();
        for (int i = 0; i < sheets.size(); i++) {
          if (sheets.get(i).member().equals(e.member().get())) {
            path = path.key("sheets").index(i);
            int c = e.option().map(o -> indexOf(entry, e.member().get(), o)).orElse(-1);
            if (c >= 0) {
              path = path.key("choices").index(c);
            }
            return Json.at(file, text(), path, e.getMessage());
          }
        }
        for (int i = 0; i < entry.parts().size(); i++) {
          if (e.member().get().equals(entry.parts().get(i).member())) {
            return Json.at(file, text(), path.key("parts").index(i), e.getMessage());
          }
        }
        if (entry.sheets().isEmpty() && !entry.parts().isEmpty()) {
          return Json.at(file, text(), path.key("parts"), e.getMessage());
        }
      } else if (!entry.parts().isEmpty()) {
        path = path.key("parts").index(0);
      } else {
        path = path.key("productSet");
      }
      return Json.at(file, text(), path, e.getMessage());
    }

    private String text() {
      return text.get();
    }

    private int indexOf(RoundDocument.ProductEntry entry, String member, String option) {
      for (RoundDocument.Sheet s : entry.sheets()) {
        if (s.member().equals(member)) {
          return s.choices().indexOf(option);
        }
      }
      return -1;
    }

    private Optional<Integer> productIndex(String id) {
      for (int i = 0; i < document.products().size(); i++) {
        if (document.products().get(i).id().equals(id)) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }
  }

  private record Row(Path file, int line) {}

  /**
   * A round document as JSON text, in the form {@link #read} reads (two-space indent, keys in
   * declared order, dates {@code yyyy-MM-dd}, decimals written plainly, a final newline). For a host
   * that exports its rounds to files.
   *
   * @param doc the document; not null
   * @return the JSON text
   * @throws IllegalArgumentException naming {@code doc} if it is null
   */
  public static String write(RoundDocument doc) {
    Args.notNull(doc, "doc");
    try {
      return Json.MAPPER.writeValueAsString(doc) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the round: " + e.getMessage(), e);
    }
  }

  private static String key(String product, String member, String choice) {
    return product + "\u0000" + member + "\u0000" + choice;
  }

  /**
   * Reads a round file.
   *
   * @param file the round file ({@code ocop-round/1}); not null
   * @return the round, with what is needed to point back into the file
   * @throws InputException naming file, line, column and JSON path of the first problem, or the file
   *     if it is missing or unreadable
   * @throws IllegalArgumentException naming {@code file} if it is null
   */
  public static LoadedRound read(Path file) {
    return read(file, List.of());
  }

  /**
   * Reads a round file and adds the members' option-level sheets of the given CSV files.
   *
   * @param file the round file ({@code ocop-round/1}); not null
   * @param scoreFiles scores CSV files ({@link ScoresCsv}); not null, may be empty
   * @return the round, with what is needed to point back into the files
   * @throws InputException naming file, line, column and JSON path (or CSV line) of the first problem
   * @throws IllegalArgumentException naming the argument (or the element of {@code scoreFiles}) that
   *     is null
   */
  public static LoadedRound read(Path file, List<Path> scoreFiles) {
    Args.notNull(file, "file");
    Args.notNull(scoreFiles, "scoreFiles");
    for (int i = 0; i < scoreFiles.size(); i++) {
      Args.notNull(scoreFiles.get(i), "scoreFiles[" + i + "]");
    }
    byte[] bytes = Json.readChecked(file);
    Json.FileText text = new Json.FileText(file, bytes);
    RoundDocument doc = Json.parse(file, bytes, text, RoundDocument.class);
    return new Builder(file, text, doc).build(scoreFiles);
  }

  /**
   * The places of a file ({@code $.places} of a round or programme file), each after its parent.
   *
   * @param at makes the exception for a problem at a JSON path
   */
  static Map<String, AdministrativeUnit> places(List<RoundDocument.Place> list, JsonPath path,
      java.util.function.BiFunction<JsonPath, Message, InputException> at) {
    Map<String, AdministrativeUnit> places = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      RoundDocument.Place p = list.get(i);
      JsonPath pp = path.index(i);
      if (places.containsKey(p.id())) {
        throw at.apply(pp.key("id"), Message.of("place.id-twice", p.id()));
      }
      AdministrativeUnit.Builder b = AdministrativeUnit.builder().id(p.id()).name(p.name()).level(p.level());
      if (p.parent() != null) {
        AdministrativeUnit parent = places.get(p.parent());
        if (parent == null) {
          throw at.apply(pp.key("parent"), Message.of("place.parent-later", p.parent()));
        }
        b.parent(parent);
      } else if (p.level() != AdministrativeLevel.PROVINCE) {
        throw at.apply(pp, Message.of("place.needs-parent", kind(p.level())));
      }
      if (p.officialCode() != null) {
        b.officialCode(p.officialCode());
      }
      if (p.existsUntil() != null) {
        b.existsUntil(p.existsUntil());
      }
      try {
        places.put(p.id(), b.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw at.apply(pp, CoreMessages.of(e));
      }
    }
    return places;
  }

  private static final class Builder {
    private final Path file;
    private final Json.FileText text;
    private final RoundDocument doc;
    private final Map<String, AdministrativeUnit> places = new LinkedHashMap<>();
    private final Map<String, Producer> producers = new HashMap<>();
    /** The registry unit of each place the file labels with its own id or name. */
    private final Map<AdministrativeUnit, AdministrativeUnit> registry = new HashMap<>();
    /** The file's label of each registry unit it labels. */
    private final Map<AdministrativeUnit, AdministrativeUnit> labels = new HashMap<>();
    private LocalDate date;
    private AdministrativeUnit roundProvince;
    private AdministrativeUnit roundDistrict;
    private final Map<String, Row> csvChoices = new HashMap<>();

    Builder(Path file, Json.FileText text, RoundDocument doc) {
      this.file = file;
      this.text = text;
      this.doc = doc;
    }

    private InputException at(JsonPath path, String problem) {
      return Json.at(file, text.get(), path, problem);
    }

    private InputException at(JsonPath path, Message problem) {
      return Json.at(file, text.get(), path, problem);
    }

    LoadedRound build(List<Path> scoreFiles) {
      JsonPath root = JsonPath.root();
      if (!RoundDocument.FORMAT.equals(doc.format())) {
        throw at(root.key("format"), Message.of("format.unknown", doc.format(), RoundDocument.FORMAT));
      }
      RoundDocument.RoundInfo info = doc.round();
      JsonPath r = root.key("round");
      date = info.councilDate();
      readPlaces(root.key("places"));
      AdministrativeUnit province = place(r.key("province"), info.province());
      roundProvince = province;
      Council council = readCouncil(root.key("council"));
      Round.Builder round = Round.builder().province(province).year(info.year()).sequence(info.sequence())
          .level(info.level()).councilDate(info.councilDate()).council(council);
      if (info.district() != null) {
        roundDistrict = place(r.key("district"), info.district());
        round.district(roundDistrict);
      }
      readProducers(root.key("producers"));
      Map<String, Map<String, List<String>>> csv = readCsv(scoreFiles);
      if (info.submissionDeadline() != null) {
        round.submissionDeadline(info.submissionDeadline());
      }
      List<RoundDocument.ProductEntry> products = doc.products();
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < products.size(); i++) {
        JsonPath pp = root.key("products").index(i);
        RoundDocument.ProductEntry e = products.get(i);
        Integer first = seen.putIfAbsent(e.id(), i);
        if (first != null) {
          throw at(pp.key("id"), Message.of("round.product-twice", e.id(), first));
        }
        round.submit(submission(pp, e, csv.getOrDefault(e.id(), Map.of())));
      }
      for (String product : csv.keySet()) {
        if (!seen.containsKey(product)) {
          throw new InputException(csvFiles.get(product), csvLines.getOrDefault(product, 0), 0, null,
              Message.of("csv.unknown-product", product, file.getFileName()), null);
        }
      }
      try {
        return new LoadedRound(file, text, doc, round.build(), csvChoices);
      } catch (RoundException e) {
        throw locate(e);
      } catch (IllegalStateException e) {
        throw at(root.key("round"), e.getMessage());
      }
    }

    private final Map<String, Integer> csvLines = new HashMap<>();
    private final Map<String, Path> csvFiles = new HashMap<>();

    private InputException locate(RoundException e) {
      JsonPath path = JsonPath.root();
      if (e.product().isPresent()) {
        for (int i = 0; i < doc.products().size(); i++) {
          RoundDocument.ProductEntry p = doc.products().get(i);
          if (p.id().equals(e.product().get())) {
            path = path.key("products").index(i);
            if (e.member().isPresent()) {
              for (int j = 0; j < p.sheets().size(); j++) {
                if (p.sheets().get(j).member().equals(e.member().get())) {
                  return at(path.key("sheets").index(j).key("member"), e.getMessage());
                }
              }
              for (int j = 0; j < p.parts().size(); j++) {
                if (e.member().get().equals(p.parts().get(j).member())) {
                  return at(path.key("parts").index(j).key("member"), e.getMessage());
                }
              }
              String where = e.product().get() + "\u0000" + e.member().get();
              if (csvLines.containsKey(where)) {
                return new InputException(csvFiles.get(where), csvLines.get(where), 0, null, CoreMessages.of(e), e);
              }
            } else {
              path = path.key("place");
            }
            return at(path, e.getMessage());
          }
        }
      }
      return at(path.key("round"), e.getMessage());
    }

    /**
     * The places declared under {@code $.places}, each checked against the registry on the council
     * date (by official code when given, else by id as a slug under its parent), its name, level,
     * parent and end date compared; a unit dissolved before the registry's first list is taken as
     * declared only when it says {@code outsideRegistry}.
     */
    private void readPlaces(JsonPath path) {
      List<RoundDocument.Place> list = doc.places();
      for (int i = 0; i < list.size(); i++) {
        RoundDocument.Place p = list.get(i);
        JsonPath pp = path.index(i);
        if (places.containsKey(p.id())) {
          throw at(pp.key("id"), Message.of("place.id-twice", p.id()));
        }
        AdministrativeUnit parent = p.parent() == null ? null : place(pp.key("parent"), p.parent());
        if (parent == null && p.level() != AdministrativeLevel.PROVINCE) {
          throw at(pp, Message.of("place.needs-parent", kind(p.level())));
        }
        if (Boolean.TRUE.equals(p.outsideRegistry())) {
          places.put(p.id(), outside(pp, p, parent));
          continue;
        }
        AdministrativeUnit u = registered(pp, p, parent == null ? null : registry.getOrDefault(parent, parent));
        if (u.level() == AdministrativeLevel.PROVINCE && !u.id().equals(p.id())) {
          throw at(pp.key("id"), Message.of("place.province-id", p.id(), u.fullName(), u.id()));
        }
        u = underLabel(u);
        AdministrativeUnit labelled = u.id().equals(p.id()) && u.name().equals(PlaceNames.nfc(p.name())) ? u
            : u.relabelled(p.id(), p.name());
        registry.put(labelled, registry.getOrDefault(u, u));
        labels.put(registry.get(labelled), labelled);
        places.put(p.id(), labelled);
      }
    }

    private AdministrativeUnit registered(JsonPath pp, RoundDocument.Place p, AdministrativeUnit parent) {
      AdministrativeUnit u;
      try {
        if (p.officialCode() != null) {
          u = Places.byCode(p.officialCode(), date);
        } else if (parent == null) {
          u = byIdOrName(() -> Places.province(p.id(), date), () -> Places.province(p.name(), date));
        } else {
          if (!Places.isRegistered(parent)) {
            throw at(pp.key("parent"), Message.of("place.under-outside", p.id(), p.parent()));
          }
          u = byIdOrName(() -> Places.resolve(parent, p.id(), date), () -> Places.resolve(parent, p.name(), date));
        }
      } catch (UnknownPlaceException e) {
        throw at(pp.key(p.officialCode() != null ? "officialCode" : "id"), date.isBefore(Places.FIRST_LISTED)
            ? Message.of("place.unknown-early", p.id(), CoreMessages.of(e), Places.FIRST_LISTED)
            : Message.of("place.unknown", p.id(), CoreMessages.of(e)));
      }
      if (u.level() != p.level()) {
        throw at(pp.key("level"), Message.of("place.level", p.id(), kind(p.level()), u.fullName(),
            u.officialCode().orElse("?"), kind(u.level())));
      }
      String key = PlaceNames.key(p.name());
      if (!key.equals(PlaceNames.key(u.name())) && !key.equals(PlaceNames.key(u.fullName()))) {
        throw at(pp.key("name"), Message.of("place.name", p.id(), p.name(), u.path(), u.officialCode().orElse("?"),
            date, u.fullName()));
      }
      if (parent != null && !u.parent().map(parent::equals).orElse(false)) {
        throw at(pp.key("parent"), Message.of("place.parent", p.id(), u.fullName(), u.officialCode().orElse("?"),
            u.parent().map(x -> (Object) x.path()).orElse(Message.of("place.no-parent")), parent.path()));
      }
      if (p.existsUntil() != null && !u.existsUntil().equals(java.util.Optional.of(p.existsUntil()))) {
        throw at(pp.key("existsUntil"), u.existsUntil().isPresent()
            ? Message.of("place.until", p.id(), p.existsUntil(), u.fullName(), u.existsUntil().get())
            : Message.of("place.until-on", p.id(), p.existsUntil(), u.fullName()));
      }
      return u;
    }

    /**
     * The unit with its parent as the file labels it, if it does (a commune of a district the file
     * calls {@code thi-xa-ky-anh} is under that label), so that the round's district checks compare
     * like with like.
     */
    private AdministrativeUnit underLabel(AdministrativeUnit u) {
      if (u.parent().isEmpty()) {
        return u;
      }
      AdministrativeUnit reg = u.parent().get();
      AdministrativeUnit parent = labels.containsKey(reg) ? labels.get(reg) : underLabel(reg);
      if (parent.equals(reg)) {
        return u;
      }
      AdministrativeUnit.Builder b = AdministrativeUnit.builder().id(u.id()).name(u.name()).level(u.level()).parent(parent);
      u.kind().ifPresent(b::kind);
      u.officialCode().ifPresent(b::officialCode);
      u.existsFrom().ifPresent(b::existsFrom);
      u.existsUntil().ifPresent(b::existsUntil);
      AdministrativeUnit moved = b.build();
      registry.put(moved, u);
      return moved;
    }

    /** The unit with the declared id as slug, else with the declared name; the id's error if neither. */
    private static AdministrativeUnit byIdOrName(java.util.function.Supplier<AdministrativeUnit> byId,
        java.util.function.Supplier<AdministrativeUnit> byName) {
      try {
        return byId.get();
      } catch (UnknownPlaceException e) {
        try {
          return byName.get();
        } catch (UnknownPlaceException ignored) {
          throw e;
        }
      }
    }

    private AdministrativeUnit outside(JsonPath pp, RoundDocument.Place p, AdministrativeUnit parent) {
      if (!date.isBefore(Places.FIRST_LISTED)) {
        throw at(pp.key("outsideRegistry"), Message.of("place.outside-late", p.id(), Places.FIRST_LISTED, date));
      }
      try {
        AdministrativeUnit known = p.officialCode() != null ? Places.byCode(p.officialCode(), date)
            : parent == null ? Places.province(p.id(), date)
            : Places.isRegistered(parent) ? Places.resolve(parent, p.id(), date) : null;
        if (known != null) {
          throw at(pp.key("outsideRegistry"), Message.of("place.outside-known", p.id(), known.fullName(), known.path(),
              known.officialCode().orElse("?")));
        }
      } catch (UnknownPlaceException expected) {
        // not in the registry, as declared
      }
      AdministrativeUnit.Builder b = AdministrativeUnit.builder().id(p.id()).name(p.name()).level(p.level());
      if (parent != null) {
        b.parent(parent);
      }
      if (p.officialCode() != null) {
        b.officialCode(p.officialCode());
      }
      if (p.existsUntil() != null) {
        b.existsUntil(p.existsUntil());
      }
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw at(pp, e.getMessage());
      }
    }

    /**
     * The place a reference names on the council date: an id declared under {@code $.places}, an
     * official code, or a slug path under the round's district, its province, or from a province.
     */
    private AdministrativeUnit place(JsonPath path, String ref) {
      AdministrativeUnit u = places.get(ref);
      if (u != null) {
        return u;
      }
      try {
        if (ref.matches("\\d+")) {
          return underLabel(Places.byCode(ref, date));
        }
        UnknownPlaceException first = null;
        for (AdministrativeUnit labelled : java.util.Arrays.asList(roundDistrict, roundProvince)) {
          AdministrativeUnit base = labelled == null ? null : registry.getOrDefault(labelled, labelled);
          if (base != null && Places.isRegistered(base)) {
            try {
              return underLabel(Places.resolve(base, ref, date));
            } catch (UnknownPlaceException e) {
              first = first == null ? e : first;
            }
          }
        }
        try {
          return underLabel(Places.resolve(ref, date));
        } catch (UnknownPlaceException e) {
          throw first == null ? e : first;
        }
      } catch (UnknownPlaceException e) {
        throw at(path, places.isEmpty() ? Message.of("place.not-declared", ref, date, CoreMessages.of(e))
            : Message.of("place.not-declared-list", ref, String.join(", ", places.keySet()), date, CoreMessages.of(e)));
      }
    }

    private Council readCouncil(JsonPath path) {
      List<CouncilMember> members = new ArrayList<>();
      for (int i = 0; i < doc.council().size(); i++) {
        RoundDocument.Member m = doc.council().get(i);
        try {
          members.add(new CouncilMember(m.id(), m.name(), m.role()));
        } catch (IllegalArgumentException e) {
          throw at(path.index(i), e.getMessage());
        }
      }
      try {
        return Council.of(members);
      } catch (IllegalArgumentException e) {
        throw at(path, e.getMessage());
      }
    }

    private void readProducers(JsonPath path) {
      for (int i = 0; i < doc.producers().size(); i++) {
        RoundDocument.ProducerEntry p = doc.producers().get(i);
        JsonPath pp = path.index(i);
        if (producers.containsKey(p.id())) {
          throw at(pp.key("id"), Message.of("round.producer-twice", p.id()));
        }
        Producer.Builder b = Producer.builder().id(p.id()).name(p.name()).kind(p.kind());
        if (p.registration() != null) {
          b.registration(p.registration());
        }
        if (p.smallOrMediumEnterprise() != null) {
          b.smallOrMediumEnterprise(p.smallOrMediumEnterprise());
        }
        if (p.place() != null) {
          b.place(place(pp.key("place"), p.place()));
        }
        if (p.representativeIsWoman() != null) {
          b.representativeIsWoman(p.representativeIsWoman());
        }
        if (p.representativeIsEthnicMinority() != null) {
          b.representativeIsEthnicMinority(p.representativeIsEthnicMinority());
        }
        try {
          producers.put(p.id(), b.build());
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw at(pp, e.getMessage());
        }
      }
    }

    private Submission submission(JsonPath pp, RoundDocument.ProductEntry e, Map<String, List<String>> csvSheets) {
      Producer producer = producers.get(e.producer());
      if (producer == null) {
        throw at(pp.key("producer"), Message.of("round.producer-unknown", e.producer()));
      }
      Product product;
      try {
        product = Product.builder().id(e.id()).name(e.name()).productSet(e.productSet()).producer(producer)
            .place(place(pp.key("place"), e.place())).build();
      } catch (IllegalArgumentException | IllegalStateException x) {
        if (x instanceof InputException ie) {
          throw ie;
        }
        throw at(pp, x.getMessage());
      }
      Submission.Builder s = Submission.builder().product(product).addAllDossier(e.dossier())
          .addAllDisqualifications(e.disqualifications());
      if (e.filedOn() != null) {
        s.filedOn(e.filedOn());
      }
      if (e.dossierKind() != null) {
        s.dossierKind(e.dossierKind());
      }
      for (int j = 0; j < e.sheets().size(); j++) {
        RoundDocument.Sheet sheet = e.sheets().get(j);
        if (csvSheets.containsKey(sheet.member())) {
          throw at(pp.key("sheets").index(j), Message.of("round.sheet-twice", sheet.member(), e.id()));
        }
        MemberScorecard.Builder card = MemberScorecard.builder().member(sheet.member()).addAllChoices(sheet.choices());
        if (sheet.productSet() != null) {
          card.productSet(sheet.productSet());
        }
        s.addScorecards(card.build());
      }
      csvSheets.forEach((member, choices) -> s.addScorecards(MemberScorecard.builder().member(member)
          .addAllChoices(choices).build()));
      for (int j = 0; j < e.parts().size(); j++) {
        RoundDocument.Parts p = e.parts().get(j);
        try {
          PartScores.Builder b = PartScores.builder().partA(p.a()).partB(p.b()).partC(p.c());
          if (p.member() != null) {
            b.member(p.member());
          }
          s.addPartScores(b.build());
        } catch (IllegalArgumentException x) {
          throw at(pp.key("parts").index(j), x.getMessage());
        }
      }
      try {
        return s.build();
      } catch (RoundException x) {
        throw at(x.member().isPresent() ? pp : pp.key("sheets"), x.getMessage());
      }
    }

    private Map<String, Map<String, List<String>>> readCsv(List<Path> scoreFiles) {
      Map<String, Map<String, List<String>>> byProduct = new LinkedHashMap<>();
      for (Path f : scoreFiles) {
        for (ScoresCsv.Row row : ScoresCsv.read(f)) {
          List<String> choices = byProduct.computeIfAbsent(row.product(), k -> new LinkedHashMap<>())
              .computeIfAbsent(row.member(), k -> new ArrayList<>());
          String where = row.product() + "\u0000" + row.member();
          csvLines.putIfAbsent(where, row.line());
          csvFiles.putIfAbsent(where, row.file());
          csvLines.putIfAbsent(row.product(), row.line());
          csvFiles.putIfAbsent(row.product(), row.file());
          Row previous = null;
          if (row.choice().isPresent()) {
            choices.add(row.choice().get());
            previous = csvChoices.put(key(row.product(), row.member(), row.choice().get()), new Row(row.file(), row.line()));
          }
          if (previous != null) {
            throw new InputException(row.file(), row.line(), 0, null, Message.of("csv.choice-twice", row.member(),
                row.choice().get(), row.product(), previous.line()), null);
          }
        }
      }
      return byProduct;
    }
  }
}
