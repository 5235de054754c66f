package vn.ocop.catalog;

import static vn.ocop.catalog.CatalogueFormat.CATALOGUE;
import static vn.ocop.catalog.CatalogueFormat.CRITERION;
import static vn.ocop.catalog.CatalogueFormat.DISQUALIFICATION;
import static vn.ocop.catalog.CatalogueFormat.GATE;
import static vn.ocop.catalog.CatalogueFormat.GROUP;
import static vn.ocop.catalog.CatalogueFormat.MAXIMUM;
import static vn.ocop.catalog.CatalogueFormat.NOTE;
import static vn.ocop.catalog.CatalogueFormat.OPTION;
import static vn.ocop.catalog.CatalogueFormat.PART;
import static vn.ocop.catalog.CatalogueFormat.PRODUCT_GROUP;
import static vn.ocop.catalog.CatalogueFormat.PRODUCT_SET;
import static vn.ocop.catalog.CatalogueFormat.SCORECARD;
import static vn.ocop.catalog.CatalogueFormat.SUBGROUP;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ocop.NullArgumentException;
import vn.ocop.catalog.CatalogueFormat.Line;
import vn.ocop.catalog.CatalogueFormat.Problem;
import vn.ocop.law.Instrument;
import vn.ocop.law.LegalReference;
import vn.ocop.law.StarRating;

/**
 * Reads a criteria catalogue written in the library's own text format (see {@code
 * docs/catalogue-format.md}) and validates it completely: the part maxima sum to 100, every
 * scorecard's parts carry the instrument's maxima, groups and criteria sum, every criterion's
 * maximum is its best option, every gate points at an existing option or criterion, codes are
 * unique and follow the code scheme, one-case groups are consistent, disqualifications are numbered in
 * sheet order and name existing criteria, every set of 26/2026 names its ministry. The bundled
 * catalogues of Decision 148/QĐ-TTg (Appendices I and III), Decision 26/2026/QĐ-TTg (Phụ lục I and II) and
 * Decision 1048/QĐ-TTg are read this way by {@link Catalogues}.
 *
 * <p>A catalogue is a header ({@code catalogue}, {@code maximum}, {@code productgroup}, {@code
 * subgroup}, {@code productset} records) followed by the scorecards of its product sets, either in
 * the same file or in the files the {@code productset} records name ({@code file=set-01.txt},
 * resolved next to the header). Example:
 *
 * <pre>{@code
 * Catalogue c = CatalogueReader.read(Path.of("catalog/148/catalogue.txt"));
 * Scorecard tea = c.scorecard(c.productSet("11")).orElseThrow();
 *
 * // or from any Reader, with the scorecards inline:
 * Catalogue small = CatalogueReader.read(new StringReader(text), "my-catalogue.txt");
 * }</pre>
 *
 * <p>Problems are collected: a {@link CatalogueException} names the file, line and entry of the
 * first problem and lists every other problem of the same file in its message. Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public final class CatalogueReader {

  /** Opens a file named by a {@code productset} record's {@code file=} key. */
  @FunctionalInterface
  interface Opener {
    /** Returns a reader for the file, or null if there is none. */
    Reader open(String name) throws IOException;
  }

  private static final Pattern GROUP_KEY = Pattern.compile("([ABC])([1-9][0-9]*)");
  private static final Pattern LABEL = Pattern.compile("([a-z]|đ)([1-9][0-9]*)?");
  /** An instrument's short code: {@code 148}, {@code 26-2026}. */
  private static final String INSTRUMENT = "([0-9]+(?:-[0-9]{4})?)";
  private static final Pattern SET_CODE = Pattern.compile(INSTRUMENT + "/([0-9]{2})");
  private static final Pattern GROUP_CODE = Pattern.compile(INSTRUMENT + "/([1-9][0-9]*)");
  private static final Pattern SUBGROUP_CODE = Pattern.compile(INSTRUMENT + "/([1-9][0-9]*)\\.([1-9][0-9]*)");
  private static final Pattern DISQUALIFICATION_KEY = Pattern.compile("X([1-9][0-9]*)");

  private CatalogueReader() {}

  /**
   * Reads the catalogue whose header is {@code file}; scorecard files named by its {@code
   * productset} records are read from the same directory.
   *
   * @param file the header file; not null
   * @return the validated catalogue
   * @throws CatalogueException naming file, line and entry if anything is wrong
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Catalogue read(Path file) {
    NullArgumentException.check(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.getFileName().toString(), name -> {
        Path p = dir.resolve(name);
        return Files.isRegularFile(p) ? Files.newBufferedReader(p, StandardCharsets.UTF_8) : null;
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalogue " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a catalogue from a reader. Its scorecards must be inline (after the header, each
   * starting with a {@code scorecard} record); a {@code productset} record with {@code file=} is an
   * error here, since there is no directory to resolve it in.
   *
   * @param reader the text; not null; not closed by this method
   * @param sourceName the name used in messages, e.g. the file name; not null
   * @return the validated catalogue
   * @throws CatalogueException naming source, line and entry if anything is wrong
   * @throws UncheckedIOException if the reader fails
   */
  public static Catalogue read(Reader reader, String sourceName) {
    NullArgumentException.check(reader, "reader");
    NullArgumentException.check(sourceName, "sourceName");
    try {
      return read(reader, sourceName, name -> null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalogue " + sourceName + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads only the header of a catalogue file: instrument, part maxima, product groups and product
   * sets. Scorecards in the file or named by {@code file=} are not read; the result has none. For
   * tools, such as the importer, that produce the scorecard files a header names.
   *
   * @param file the header file; not null
   * @return the catalogue without scorecards
   * @throws CatalogueException naming file, line and entry if the header is wrong
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Catalogue readHeader(Path file) {
    NullArgumentException.check(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Session session = new Session(name -> null);
      session.headerOnly = true;
      return session.readCatalogue(r, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read catalogue " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a catalogue whose scorecard files are opened through {@code opener}. */
  static Catalogue read(Reader reader, String sourceName, Opener opener) throws IOException {
    return new Session(opener).readCatalogue(reader, sourceName);
  }

  private static List<Line> lines(Reader reader, String source, List<Problem> problems) throws IOException {
    BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<Line> out = new ArrayList<>();
    String text;
    int number = 0;
    while ((text = br.readLine()) != null) {
      number++;
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      Line line = CatalogueFormat.parse(text, source, number, problems);
      if (line != null) {
        out.add(line);
      }
    }
    return out;
  }

  /** Throws one exception for all problems, naming the first and listing the rest. */
  private static void throwIfAny(List<Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    Problem first = problems.get(0);
    String message = first.message();
    if (problems.size() > 1) {
      message += "\n(" + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + ":)\n"
          + problems.subList(1, problems.size()).stream().map(p -> "  " + p.format())
              .collect(Collectors.joining("\n"));
    }
    throw new CatalogueException(first.source(), first.line(), first.entry(), message);
  }

  /** The state of reading one catalogue. */
  private static final class Session {
    private final Opener opener;
    private final List<Problem> problems = new ArrayList<>();
    private Instrument instrument;
    private String provision;
    private final Map<Part, Integer> maxima = new EnumMap<>(Part.class);
    private final List<GroupHeader> groups = new ArrayList<>();
    private final Map<String, SetHeader> sets = new LinkedHashMap<>();
    private final Map<String, Scorecard> scorecards = new LinkedHashMap<>();
    private boolean headerOnly;

    Session(Opener opener) {
      this.opener = opener;
    }

    Catalogue readCatalogue(Reader reader, String source) throws IOException {
      List<Line> lines = lines(reader, source, problems);
      int i = 0;
      if (lines.isEmpty() || !lines.get(0).kind().equals(CATALOGUE)) {
        problems.add(new Problem(source, lines.isEmpty() ? 0 : lines.get(0).number(), null,
            "a catalogue starts with a 'catalogue' record (instrument=…, format=" + CatalogueFormat.VERSION + ", source=…)"));
        throwIfAny(problems);
      }
      for (; i < lines.size() && CatalogueFormat.HEADER_KINDS.contains(lines.get(i).kind()); i++) {
        header(lines.get(i));
      }
      checkHeader(source);
      if (instrument == null || maxima.size() != Part.values().length) {
        throwIfAny(problems);
      }
      if (headerOnly) {
        throwIfAny(problems);
        return build(source);
      }
      // inline scorecards
      while (i < lines.size()) {
        int start = i;
        i++;
        while (i < lines.size() && !lines.get(i).kind().equals(SCORECARD)) {
          i++;
        }
        scorecard(lines.subList(start, i), null);
      }
      for (SetHeader s : sets.values()) {
        if (s.file == null) {
          continue;
        }
        if (scorecards.containsKey(s.code)) {
          problems.add(new Problem(source, s.line, s.code, "the scorecard is given inline and in file " + s.file));
          continue;
        }
        Reader r = opener.open(s.file);
        if (r == null) {
          problems.add(new Problem(source, s.line, s.code, "scorecard file '" + s.file + "' not found"));
          continue;
        }
        try (r) {
          List<Line> setLines = lines(r, s.file, problems);
          if (setLines.isEmpty()) {
            problems.add(new Problem(s.file, 0, s.code, "the scorecard file is empty"));
          } else {
            scorecard(setLines, s);
          }
        }
      }
      throwIfAny(problems);
      return build(source);
    }

    private void header(Line l) {
      switch (l.kind()) {
        case CATALOGUE -> {
          if (instrument != null) {
            problems.add(new Problem(l.source(), l.number(), null, "a second 'catalogue' record"));
            return;
          }
          instrument = Instrument.find(l.get("instrument")).orElse(null);
          if (instrument == null) {
            problems.add(new Problem(l.source(), l.number(), null, "unknown instrument '" + l.get("instrument") + "'"));
          }
          if (!CatalogueFormat.VERSION.equals(l.get("format"))) {
            problems.add(new Problem(l.source(), l.number(), null,
                "format " + l.get("format") + " is not supported; this library reads format " + CatalogueFormat.VERSION));
          }
          provision = l.get("source");
        }
        case MAXIMUM -> {
          Part p = part(l);
          int points = CatalogueFormat.number(l, "points", "part " + l.get("part"), problems);
          if (p != null && points >= 0 && maxima.put(p, points) != null) {
            problems.add(new Problem(l.source(), l.number(), "part " + p, "maximum of part " + p + " given twice"));
          }
        }
        case PRODUCT_GROUP -> {
          String code = l.get("code");
          Matcher m = GROUP_CODE.matcher(code);
          if (!m.matches() || !prefixOk(m.group(1))) {
            problems.add(new Problem(l.source(), l.number(), code, "a product group code is instrument/number, e.g. 148/1"));
            return;
          }
          if (groups.stream().anyMatch(g -> g.code.equals(code))) {
            problems.add(new Problem(l.source(), l.number(), code, "duplicate code"));
            return;
          }
          groups.add(new GroupHeader(code, Integer.parseInt(m.group(2)), l.get("vi"), l.get("en"), l.number()));
        }
        case SUBGROUP -> {
          String code = l.get("code");
          GroupHeader g = groups.isEmpty() ? null : groups.get(groups.size() - 1);
          if (g == null || !code.startsWith(g.code + ".") || !SUBGROUP_CODE.matcher(code).matches()) {
            problems.add(new Problem(l.source(), l.number(), code,
                "a subgroup follows its product group and extends its code, e.g. 148/1.1 after 148/1"));
            return;
          }
          if (g.subgroups.stream().anyMatch(s -> s.code().equals(code))) {
            problems.add(new Problem(l.source(), l.number(), code, "duplicate code"));
            return;
          }
          g.subgroups.add(new ProductGroup.Subgroup(code, l.get("vi"), l.get("en")));
        }
        case PRODUCT_SET -> {
          String code = l.get("code");
          Matcher m = SET_CODE.matcher(code);
          if (!m.matches() || !prefixOk(m.group(1))) {
            problems.add(new Problem(l.source(), l.number(), code, "a product set code is instrument/two-digit number, e.g. 148/01"));
            return;
          }
          if (l.has("group") == l.has("subgroup")) {
            problems.add(new Problem(l.source(), l.number(), code, "a product set names exactly one of group= or subgroup="));
            return;
          }
          if (sets.containsKey(code)) {
            problems.add(new Problem(l.source(), l.number(), code, "duplicate code"));
            return;
          }
          String parent = l.has("subgroup") ? l.get("subgroup") : l.get("group");
          sets.put(code, new SetHeader(code, Integer.parseInt(m.group(2)), l.get("vi"), l.get("en"),
              parent, l.has("subgroup"), l.get("file"), l.number(), Optional.ofNullable(l.get("ministry"))));
        }
        default -> throw new IllegalStateException(l.kind());
      }
    }

    private boolean prefixOk(String prefix) {
      return instrument == null || instrument.shortCode().equals(prefix);
    }

    private Part part(Line l) {
      try {
        return Part.valueOf(l.get("part"));
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(l.source(), l.number(), null, "unknown part '" + l.get("part") + "'; parts are A, B, C"));
        return null;
      }
    }

    private void checkHeader(String source) {
      if (instrument == null) {
        return;
      }
      for (Part p : Part.values()) {
        if (!maxima.containsKey(p)) {
          problems.add(new Problem(source, 0, instrument.shortCode(), "no 'maximum' record for part " + p));
        }
      }
      int total = maxima.values().stream().mapToInt(Integer::intValue).sum();
      if (maxima.size() == 3 && total != 100) {
        problems.add(new Problem(source, 0, instrument.shortCode(), "part maxima sum to " + total + ", not 100"));
      }
      for (SetHeader s : sets.values()) {
        String groupCode = s.bySubgroup ? s.parent.substring(0, s.parent.lastIndexOf('.')) : s.parent;
        Optional<GroupHeader> g = groups.stream().filter(x -> x.code.equals(groupCode)).findFirst();
        boolean ok = g.isPresent() && (!s.bySubgroup || g.get().subgroups.stream().anyMatch(x -> x.code().equals(s.parent)));
        if (!ok) {
          problems.add(new Problem(source, s.line, s.code, "unknown " + (s.bySubgroup ? "subgroup " : "product group ") + s.parent));
        }
        if (instrument == Instrument.D26_2026 && s.productSet != null && s.productSet.ministryVi().isEmpty()) {
          problems.add(new Problem(source, s.line, s.code, "no ministry in charge: Decision 26/2026/QĐ-TTg, Phụ lục I, "
              + "names one for every product set (ministry=)"));
        }
      }
    }

    // ---------------------------------------------------------------- scorecards

    private void scorecard(List<Line> lines, SetHeader expected) {
      Line first = lines.get(0);
      if (!first.kind().equals(SCORECARD)) {
        problems.add(new Problem(first.source(), first.number(), null, "a scorecard file starts with a 'scorecard' record"));
        return;
      }
      String setCode = first.get("set");
      SetHeader set = sets.get(setCode);
      if (set == null) {
        problems.add(new Problem(first.source(), first.number(), setCode, "no product set " + setCode + " in the catalogue header"));
        return;
      }
      if (expected != null && expected != set) {
        problems.add(new Problem(first.source(), first.number(), setCode,
            "file " + expected.file + " is named for product set " + expected.code + " but holds " + setCode));
        return;
      }
      if (expected == null && set.file != null) {
        problems.add(new Problem(first.source(), first.number(), setCode, "the scorecard is given inline and in file " + set.file));
        return;
      }
      if (scorecards.containsKey(setCode)) {
        problems.add(new Problem(first.source(), first.number(), setCode, "a second scorecard for " + setCode));
        return;
      }
      int before = problems.size();
      CardDraft card = new CardDraft(set, first);
      for (Line l : lines.subList(1, lines.size())) {
        card.add(l);
      }
      card.resolveGates();
      card.check();
      if (problems.size() == before) {
        Scorecard built = card.build();
        if (built != null) {
          scorecards.put(setCode, built);
        }
      }
    }

    /** A scorecard being read. */
    private final class CardDraft {
      final SetHeader set;
      final Line head;
      final List<PartDraft> parts = new ArrayList<>();
      final Map<String, Integer> codes = new HashMap<>();
      final Map<String, CriterionDraft> criteria = new HashMap<>();
      final Map<String, OptionDraft> options = new HashMap<>();
      final List<Line> gates = new ArrayList<>();
      final List<Line> disqualifications = new ArrayList<>();
      Object last;

      CardDraft(SetHeader set, Line head) {
        this.set = set;
        this.head = head;
      }

      void problem(Line l, String entry, String message) {
        problems.add(new Problem(l.source(), l.number(), entry, message));
      }

      boolean unique(Line l, String code) {
        Integer earlier = codes.putIfAbsent(code, l.number());
        if (earlier != null) {
          problem(l, code, "duplicate code (first used on line " + earlier + ")");
          return false;
        }
        return true;
      }

      void add(Line l) {
        switch (l.kind()) {
          case PART -> {
            Part p = part(l);
            int max = CatalogueFormat.number(l, "max", "part " + l.get("part"), problems);
            if (p == null) {
              last = null;
              return;
            }
            PartDraft d = new PartDraft(p, max, l.get("title"), l);
            parts.add(d);
            last = d;
          }
          case GROUP -> {
            String code = l.get("code");
            last = null;
            if (parts.isEmpty()) {
              problem(l, code, "a group comes after its part");
              return;
            }
            PartDraft part = parts.get(parts.size() - 1);
            String prefix = set.code + "/";
            Matcher m = GROUP_KEY.matcher(code.startsWith(prefix) ? code.substring(prefix.length()) : "");
            if (!m.matches() || !m.group(1).equals(part.part.name())) {
              problem(l, code, "a group code is " + prefix + part.part + "<number>, e.g. " + prefix + part.part + "1");
              return;
            }
            int max = CatalogueFormat.number(l, "max", code, problems);
            Selection selection = Selection.ALL;
            if (l.has("selection")) {
              try {
                selection = Selection.valueOf(l.get("selection"));
              } catch (IllegalArgumentException e) {
                problem(l, code, "unknown selection '" + l.get("selection") + "'; known: ALL, ONE_CASE");
              }
            }
            if (!unique(l, code)) {
              return;
            }
            GroupDraft g = new GroupDraft(code, Integer.parseInt(m.group(2)), max, selection, l.get("title"), l);
            part.groups.add(g);
            last = g;
          }
          case CRITERION -> {
            String code = l.get("code");
            last = null;
            GroupDraft g = lastGroup();
            if (g == null) {
              problem(l, code, "a criterion comes after its group");
              return;
            }
            String label = l.get("label");
            if (Codes.lawNumbered(instrument)) {
              int groupNumber = Codes.groupNumberOfLabel(label);
              if (groupNumber < 0) {
                problem(l, code, "a criterion label of " + instrument + " keeps the law's numbering (1.1, 6.2.1, 7, 8a), not '" + label + "'");
                return;
              }
              if (groupNumber != g.number) {
                problem(l, code, "criterion " + label + " does not belong to group " + g.number + " (" + g.code + ")");
                return;
              }
              if (!code.equals(set.code + "/" + label)) {
                problem(l, code, "the code of criterion " + label + " is " + set.code + "/" + label);
                return;
              }
            } else {
              Matcher lm = LABEL.matcher(label);
              if (!lm.matches()) {
                problem(l, code, "a criterion label is a letter (a, b, đ…) optionally followed by a sub-criterion number, not '" + label + "'");
                return;
              }
              if (!code.equals(g.code + CatalogueFormat.asciiLabel(label))) {
                problem(l, code, "the code of criterion " + label + ") of group " + g.code + " is " + g.code + CatalogueFormat.asciiLabel(label));
                return;
              }
            }
            int max = CatalogueFormat.number(l, "max", code, problems);
            Condition condition = null;
            if (l.has("condition")) {
              try {
                condition = Condition.valueOf(l.get("condition"));
              } catch (IllegalArgumentException e) {
                problem(l, code, "unknown condition '" + l.get("condition") + "'; known: "
                    + java.util.Arrays.stream(Condition.values()).map(Enum::name).collect(Collectors.joining(", ")));
              }
            }
            if (!unique(l, code)) {
              return;
            }
            CriterionDraft c = new CriterionDraft(code, label, max, condition, l.get("heading"), l.get("title"), l, parts.get(parts.size() - 1).part);
            g.criteria.add(c);
            criteria.put(code, c);
            last = c;
          }
          case OPTION -> {
            String code = l.get("code");
            last = null;
            CriterionDraft c = lastCriterion();
            if (c == null) {
              problem(l, code, "an option comes after its criterion");
              return;
            }
            String expected = c.code + "/" + (c.options.size() + 1);
            if (!code.equals(expected)) {
              problem(l, code, "option " + (c.options.size() + 1) + " of criterion " + c.code + " has code " + expected);
              return;
            }
            int points = CatalogueFormat.number(l, "points", code, problems);
            if (l.get("text").isBlank()) {
              problem(l, code, "option text is empty");
            }
            if (!unique(l, code)) {
              return;
            }
            OptionDraft o = new OptionDraft(code, c.options.size() + 1, points, l.get("text"), l);
            c.options.add(o);
            options.put(code, o);
            last = o;
          }
          case NOTE -> {
            if (last instanceof GroupDraft g) {
              g.notes.add(l.get("text"));
            } else if (last instanceof CriterionDraft c) {
              c.notes.add(l.get("text"));
            } else if (last instanceof OptionDraft o) {
              o.notes.add(l.get("text"));
            } else {
              problem(l, null, "a note follows the group, criterion or option it belongs to (or another note)");
            }
          }
          case GATE -> {
            gates.add(l);
            last = null;
          }
          case DISQUALIFICATION -> {
            String code = l.get("code");
            last = null;
            String prefix = set.code + "/";
            Matcher m = DISQUALIFICATION_KEY.matcher(code.startsWith(prefix) ? code.substring(prefix.length()) : "");
            if (!m.matches()) {
              problem(l, code, "a disqualification code is " + prefix + "X<number>, e.g. " + prefix + "X1");
              return;
            }
            int expected = disqualifications.size() + 1;
            if (Integer.parseInt(m.group(1)) != expected) {
              problem(l, code, "disqualifications are numbered X1, X2… in the order of the sheet; expected " + prefix + "X" + expected);
            }
            if (l.get("text").isBlank()) {
              problem(l, code, "disqualification text is empty");
            }
            if (!unique(l, code)) {
              return;
            }
            disqualifications.add(l);
          }
          case SCORECARD -> problem(l, l.get("set"), "one scorecard per file");
          default -> problem(l, null, "a '" + l.kind() + "' record belongs in the catalogue header, before any scorecard");
        }
      }

      GroupDraft lastGroup() {
        if (parts.isEmpty()) {
          return null;
        }
        List<GroupDraft> gs = parts.get(parts.size() - 1).groups;
        return gs.isEmpty() ? null : gs.get(gs.size() - 1);
      }

      CriterionDraft lastCriterion() {
        GroupDraft g = lastGroup();
        return g == null || g.criteria.isEmpty() ? null : g.criteria.get(g.criteria.size() - 1);
      }

      void resolveGates() {
        for (Line l : gates) {
          String target = l.has("option") ? l.get("option") : l.get("criterion");
          if (l.has("option") == l.has("criterion")) {
            problem(l, target, "a gate names exactly one of option= or criterion=");
            continue;
          }
          int stars = CatalogueFormat.number(l, "stars", target, problems);
          if (stars < 0) {
            continue;
          }
          if (stars < 3 || stars > 5) {
            problem(l, target, "a gate is a minimum requirement for 3, 4 or 5 stars, not " + stars);
            continue;
          }
          StarRating level = StarRating.of(stars);
          if (l.has("option")) {
            OptionDraft o = options.get(target);
            if (o == null) {
              problem(l, target, "gate on a missing option " + target);
            } else if (o.gate != null) {
              problem(l, target, "a second gate on option " + target + " (first on line " + o.gateLine + ")");
            } else if (o.points == 0) {
              problem(l, target, "gate on option " + target + " which scores 0 points: it would require nothing");
            } else {
              o.gate = level;
              o.gateLine = l.number();
            }
          } else {
            CriterionDraft c = criteria.get(target);
            if (c == null) {
              problem(l, target, "gate on a missing criterion " + target);
            } else if (c.gate != null) {
              problem(l, target, "a second gate on criterion " + target + " (first on line " + c.gateLine + ")");
            } else {
              c.gate = level;
              c.gateLine = l.number();
            }
          }
        }
      }

      void checkDisqualifications() {
        for (Line l : disqualifications) {
          if (l.has("criterion") && !criteria.containsKey(l.get("criterion"))) {
            problem(l, l.get("code"), "disqualification names a missing criterion " + l.get("criterion"));
          }
        }
      }

      void check() {
        checkDisqualifications();
        if (parts.size() != 3 || parts.get(0).part != Part.A || parts.get(1).part != Part.B || parts.get(2).part != Part.C) {
          problem(head, set.code, "a scorecard has parts A, B and C in that order, found "
              + parts.stream().map(p -> p.part.name()).collect(Collectors.joining(", ")));
        }
        int expectedNumber = 1;
        for (PartDraft p : parts) {
          Integer max = maxima.get(p.part);
          if (max != null && p.max >= 0 && p.max != max) {
            problem(p.line, set.code + " part " + p.part, "part " + p.part + " has maximum " + p.max + " but "
                + instrument + " sets " + max);
          }
          int sum = p.groups.stream().mapToInt(g -> g.max).sum();
          if (p.max >= 0 && sum != p.max) {
            problem(p.line, set.code + " part " + p.part, "part " + p.part + " has maximum " + p.max
                + " but its groups sum to " + sum);
          }
          for (GroupDraft g : p.groups) {
            if (g.number != expectedNumber) {
              problem(g.line, g.code, "groups are numbered 1, 2, 3… across the scorecard; expected " + expectedNumber);
            }
            expectedNumber = g.number + 1;
            checkGroup(g);
          }
        }
      }

      void checkGroup(GroupDraft g) {
        if (g.criteria.isEmpty()) {
          problem(g.line, g.code, "group has no criteria");
          return;
        }
        if (g.selection == Selection.ALL) {
          int sum = g.criteria.stream().mapToInt(c -> c.max).sum();
          if (sum != g.max) {
            problem(g.line, g.code, "group maximum is " + g.max + " but its criteria sum to " + sum);
          }
        } else {
          if (g.criteria.size() < 2) {
            problem(g.line, g.code, "a one-case group needs at least two cases");
          }
          for (CriterionDraft c : g.criteria) {
            if (c.max != g.max) {
              problem(c.line, c.code, "each case of one-case group " + g.code + " must have the group maximum "
                  + g.max + ", not " + c.max);
            }
          }
        }
        for (CriterionDraft c : g.criteria) {
          if (c.options.isEmpty()) {
            problem(c.line, c.code, "criterion has no options");
            continue;
          }
          int best = c.options.stream().mapToInt(o -> o.points).max().orElse(0);
          if (best != c.max) {
            problem(c.line, c.code, "criterion maximum is " + c.max + " but its best option scores " + best);
          }
          if (c.gate != null && best == 0) {
            problem(c.line, c.code, "criterion is a " + c.gate.symbol() + " gate but no option scores");
          }
        }
      }

      Scorecard build() {
        ProductSet productSet = set.productSet;
        if (productSet == null) {
          return null;
        }
        Line at = head;
        try {
          Scorecard.Builder card = Scorecard.builder().productSet(productSet).source(head.source());
          for (PartDraft p : parts) {
            at = p.line;
            ScorecardPart.Builder pb = ScorecardPart.builder().part(p.part).title(p.title).maxPoints(p.max);
            for (GroupDraft g : p.groups) {
              at = g.line;
              CriterionGroup.Builder gb = CriterionGroup.builder().code(g.code).number(g.number).title(g.title)
                  .maxPoints(g.max).selection(g.selection).addAllNotes(g.notes);
              for (CriterionDraft c : g.criteria) {
                at = c.line;
                Criterion.Builder cb = Criterion.builder().code(c.code).label(c.label).title(c.title).part(c.part)
                    .maxPoints(c.max).addAllNotes(c.notes).condition(Optional.ofNullable(c.condition))
                    .heading(Optional.ofNullable(c.heading)).gate(Optional.ofNullable(c.gate));
                for (OptionDraft o : c.options) {
                  at = o.line;
                  cb.addOptions(Option.builder().code(o.code).number(o.number).text(o.text).points(o.points)
                      .gate(Optional.ofNullable(o.gate)).addAllNotes(o.notes).build());
                }
                at = c.line;
                gb.addCriteria(cb.build());
              }
              at = g.line;
              pb.addGroups(gb.build());
            }
            at = p.line;
            card.addParts(pb.build());
          }
          for (Line l : disqualifications) {
            at = l;
            card.addDisqualifications(Disqualification.builder().code(l.get("code")).text(l.get("text"))
                .criterion(Optional.ofNullable(l.get("criterion"))).build());
          }
          at = head;
          return card.build();
        } catch (CatalogueException e) {
          problem(at, e.entry().orElse(null), e.getMessage().substring(e.entry().map(x -> x.length() + 2).orElse(0)));
          return null;
        }
      }
    }

    private Catalogue build(String source) {
      List<ProductGroup> productGroups = new ArrayList<>();
      for (GroupHeader g : groups) {
        productGroups.add(ProductGroup.builder().code(g.code).instrument(instrument).number(g.number)
            .nameVi(g.vi).nameEn(g.en).addAllSubgroups(g.subgroups).build());
      }
      List<ProductSet> productSets = new ArrayList<>();
      for (SetHeader s : sets.values()) {
        productSets.add(s.productSet);
      }
      try {
        return Catalogue.builder().instrument(instrument).source(LegalReference.of(instrument, provision))
            .putAllPartMaxima(maxima).addAllProductGroups(productGroups).addAllProductSets(productSets)
            .putAllScorecards(scorecards).build();
      } catch (CatalogueException e) {
        throw new CatalogueException(source, 0, e.entry().orElse(null), e.getMessage());
      }
    }

    private final class SetHeader {
      final String code;
      final String file;
      final String parent;
      final boolean bySubgroup;
      final int line;
      final ProductSet productSet;

      SetHeader(String code, int number, String vi, String en, String parent, boolean bySubgroup, String file, int line,
          Optional<String> ministry) {
        this.code = code;
        this.file = file;
        this.parent = parent;
        this.bySubgroup = bySubgroup;
        this.line = line;
        ProductSet ps = null;
        if (instrument != null) {
          String groupCode = bySubgroup && parent.contains(".") ? parent.substring(0, parent.lastIndexOf('.')) : parent;
          ps = ProductSet.builder().code(code).instrument(instrument).number(number).nameVi(vi).nameEn(en)
              .groupCode(groupCode).subgroupCode(parent).ministryVi(ministry).build();
        }
        this.productSet = ps;
      }
    }
  }

  private static final class GroupHeader {
    final String code;
    final int number;
    final String vi;
    final String en;
    final int line;
    final List<ProductGroup.Subgroup> subgroups = new ArrayList<>();

    GroupHeader(String code, int number, String vi, String en, int line) {
      this.code = code;
      this.number = number;
      this.vi = vi;
      this.en = en;
      this.line = line;
    }
  }

  private static final class PartDraft {
    final Part part;
    final int max;
    final String title;
    final Line line;
    final List<GroupDraft> groups = new ArrayList<>();

    PartDraft(Part part, int max, String title, Line line) {
      this.part = part;
      this.max = max;
      this.title = title;
      this.line = line;
    }
  }

  private static final class GroupDraft {
    final String code;
    final int number;
    final int max;
    final Selection selection;
    final String title;
    final Line line;
    final List<String> notes = new ArrayList<>();
    final List<CriterionDraft> criteria = new ArrayList<>();

    GroupDraft(String code, int number, int max, Selection selection, String title, Line line) {
      this.code = code;
      this.number = number;
      this.max = max;
      this.selection = selection;
      this.title = title;
      this.line = line;
    }
  }

  private static final class CriterionDraft {
    final String code;
    final String label;
    final int max;
    final Condition condition;
    final String heading;
    final String title;
    final Line line;
    final Part part;
    final List<String> notes = new ArrayList<>();
    final List<OptionDraft> options = new ArrayList<>();
    StarRating gate;
    int gateLine;

    CriterionDraft(String code, String label, int max, Condition condition, String heading, String title, Line line, Part part) {
      this.part = part;
      this.code = code;
      this.label = label;
      this.max = max;
      this.condition = condition;
      this.heading = heading;
      this.title = title;
      this.line = line;
    }
  }

  private static final class OptionDraft {
    final String code;
    final int number;
    final int points;
    final String text;
    final Line line;
    final List<String> notes = new ArrayList<>();
    StarRating gate;
    int gateLine;

    OptionDraft(String code, int number, int points, String text, Line line) {
      this.code = code;
      this.number = number;
      this.points = points;
      this.text = text;
      this.line = line;
    }
  }
}
