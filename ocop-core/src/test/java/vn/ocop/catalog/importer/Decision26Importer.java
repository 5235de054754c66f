package vn.ocop.catalog.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.CatalogueReader;
import vn.ocop.catalog.CatalogueWriter;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.law.Instrument;

/**
 * Builds the bundled catalogue of Decision 26/2026/QĐ-TTg ({@code vn/ocop/catalog/26-2026/}: the
 * header {@code catalogue.txt} and {@code set-01.txt} … {@code set-26.txt}) from the published HTML
 * of the decision kept in {@code ocop-core/src/catalogue/decision-26-2026/}, the corrections in
 * {@code corrections.txt} and our English names in {@code names-en.txt} next to it.
 *
 * <ul>
 *   <li>Phụ lục I (the table "STT | Phân loại sản phẩm | Cơ quan chủ trì quản lý"): the six product
 *       groups (I–VI), their groups ("Nhóm", our sub-groups {@code 26-2026/1.1}) and the leaves — a
 *       "Phân nhóm", or a "Nhóm" without one — which are the 26 product sets in order, with the
 *       ministry in charge written on the row that carries it;
 *   <li>the list of Phụ lục II ("STT | Nội dung", "Bộ sản phẩm: …"): the names of the 26 sets;
 *   <li>Phụ lục II: one table per set ("Các tiêu chí | Thang điểm"), read by {@link Sheet26Importer},
 *       with the paragraphs above each table (the sheet's heading and "Hồ sơ bị loại khi: …").
 * </ul>
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl ocop-core test-compile exec:java -Dexec.skip=false -Dexec.classpathScope=test -Dexec.mainClass=vn.ocop.catalog.importer.Decision26Importer
 * </pre>
 *
 * <p>The output is canonical: the same inputs give the same bytes (a test re-imports and compares).
 * Anything that cannot be reconciled stops the import with a {@link CsvImportException} naming the
 * set and the table row.
 *
 * @since 0.1
 */
public final class Decision26Importer {

  /** The HTML, corrections and English names, relative to the {@code ocop-core} module. */
  static final Path SOURCES = Path.of("src", "catalogue", "decision-26-2026");
  /** The bundled catalogue of Decision 26/2026, relative to the {@code ocop-core} module. */
  static final Path CATALOGUE = Path.of("src", "main", "resources", "vn", "ocop", "catalog", "26-2026");
  static final String HTML = "26-2026-QD-TTg.html";
  static final String CORRECTIONS = "corrections.txt";
  static final String NAMES = "names-en.txt";
  static final String HEADER = "catalogue.txt";

  /** Article 3.1 of the decision: A 40, B 25, C 35. */
  static final Map<Part, Integer> MAXIMA = Map.of(Part.A, 40, Part.B, 25, Part.C, 35);

  private static final Instrument INSTRUMENT = Instrument.D26_2026;
  private static final String PREFIX = INSTRUMENT.shortCode() + "/";
  private static final Pattern ROMAN = Pattern.compile("I|II|III|IV|V|VI");
  private static final Pattern SET_ITEM = Pattern.compile("Bộ sản phẩm: (.+)");

  private Decision26Importer() {}

  /**
   * Imports the HTML and writes the catalogue. Arguments: none (paths are found from the repository
   * root or the {@code ocop-core} directory), or the sources directory and the catalogue directory.
   */
  public static void main(String[] args) {
    Path module = Files.isDirectory(Path.of("ocop-core").resolve(SOURCES)) ? Path.of("ocop-core") : Path.of("");
    Path sources = args.length > 0 ? Path.of(args[0]) : module.resolve(SOURCES);
    Path catalogue = args.length > 1 ? Path.of(args[1]) : module.resolve(CATALOGUE);
    try {
      List<Path> written = run(sources, catalogue);
      Catalogue read = CatalogueReader.read(catalogue.resolve(HEADER));
      System.out.println("Wrote " + written.size() + " files to " + catalogue + "; read back: " + read);
    } catch (CsvImportException e) {
      System.err.println("Import failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Imports the decision and writes the header and scorecard files into {@code catalogueDir}; files
   * whose content is unchanged are not rewritten.
   *
   * @param sources the directory of the HTML, {@code corrections.txt} and {@code names-en.txt}; not null
   * @param catalogueDir where to write; not null
   * @return the files written or confirmed: the header first, then the sets in order
   * @throws CsvImportException naming set and row of anything that cannot be reconciled
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static List<Path> run(Path sources, Path catalogueDir) {
    Map<String, String> files = generate(sources);
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(catalogueDir);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path target = catalogueDir.resolve(e.getKey());
        byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(target) || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
          Files.write(target, bytes);
        }
        written.add(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  /**
   * The files the import produces, by name (the header first, then {@code set-01.txt} …), without
   * writing them.
   *
   * @throws CsvImportException naming set and row of anything that cannot be reconciled
   */
  static Map<String, String> generate(Path sources) {
    Objects.requireNonNull(sources, "sources");
    Source source = Source.read(sources.resolve(HTML));
    Corrections26 corrections = corrections(sources);
    Map<String, String> names = names(sources.resolve(NAMES));
    String header = header(source, names);
    Catalogue catalogue = CatalogueReader.read(new java.io.StringReader(header.lines()
        .map(l -> l.replaceAll("\tfile=set-[0-9]{2}\\.txt", "")).reduce("", (a, b) -> a + b + "\n")), HEADER);
    List<Integer> numbers = catalogue.productSets().stream().map(ProductSet::number).toList();
    corrections.checkSetsExist(numbers);
    if (source.sheets.size() != catalogue.productSets().size()) {
      throw new CsvImportException(HTML, 0, null, "Phụ lục II has " + source.sheets.size() + " score sheets but Phụ lục I "
          + catalogue.productSets().size() + " product sets");
    }
    Map<String, String> out = new LinkedHashMap<>();
    out.put(HEADER, header);
    List<CsvImportException> failed = new ArrayList<>();
    for (ProductSet set : catalogue.productSets()) {
      Sheet sheet = source.sheets.get(set.number() - 1);
      String name = HTML + " set " + String.format("%02d", set.number());
      Sheet26Importer importer = new Sheet26Importer(name, set, MAXIMA, corrections);
      try {
        Scorecard card = importer.importSheet(sheet.preamble, sheet.rows);
        out.put(String.format("set-%02d.txt", set.number()), fileText(card, corrections.usedFor(set.number())));
      } catch (CsvImportException e) {
        failed.add(e);
      }
    }
    if (failed.size() == 1) {
      throw failed.get(0);
    } else if (!failed.isEmpty()) {
      CsvImportException first = failed.get(0);
      throw new CsvImportException(first.file(), first.row(), null, "sets failed to import:\n" + failed.stream()
          .map(Throwable::getMessage).collect(java.util.stream.Collectors.joining("\n")));
    }
    corrections.checkAllUsed(numbers);
    return out;
  }

  /** Imports one sheet (for tests and tools). */
  static Scorecard importSheet(Path sources, int number, Corrections26 corrections) {
    Source source = Source.read(sources.resolve(HTML));
    Catalogue header = headerCatalogue(source, names(sources.resolve(NAMES)));
    Sheet sheet = source.sheets.get(number - 1);
    return new Sheet26Importer(HTML + " set " + String.format("%02d", number), header.productSet(String.valueOf(number)),
        MAXIMA, corrections).importSheet(sheet.preamble, sheet.rows);
  }

  /** The paragraphs above each score sheet's table that say "bị loại", by set number, as the HTML has them. */
  static Map<Integer, List<String>> disqualificationLines(Path html) {
    Source source = Source.read(html);
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < source.sheets.size(); i++) {
      List<String> lines = new ArrayList<>();
      Sheet s = source.sheets.get(i);
      s.preamble.stream().filter(Sheet26Importer::isDisqualification).forEach(lines::add);
      s.rows.forEach(r -> r.text().stream().filter(Sheet26Importer::isDisqualification).forEach(lines::add));
      out.put(i + 1, lines);
    }
    return out;
  }

  private static Catalogue headerCatalogue(Source source, Map<String, String> names) {
    String header = header(source, names);
    return CatalogueReader.read(new java.io.StringReader(header.lines()
        .map(l -> l.replaceAll("\tfile=set-[0-9]{2}\\.txt", "")).reduce("", (a, b) -> a + b + "\n")), HEADER);
  }

  static Corrections26 corrections(Path sources) {
    Path file = sources.resolve(CORRECTIONS);
    return Files.exists(file) ? Corrections26.parse(read(file), CORRECTIONS) : Corrections26.none();
  }

  // ------------------------------------------------------------------ the header (Phụ lục I)

  private static String header(Source source, Map<String, String> names) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Decision 26/2026/QĐ-TTg of 22/05/2026 (in force the same day), Phụ lục I: the classification of the\n")
        .append("# products (6 product groups, their groups (Nhóm) and sub-groups (Phân nhóm)) with the ministry in charge\n")
        .append("# (cơ quan chủ trì quản lý) of each; Phụ lục II: the 26 score sheets, one file per product set.\n")
        .append("# Part maxima: Article 3.1 (A 40, B 25, C 35). A Phân nhóm, or a Nhóm without one, is a product set; its\n")
        .append("# name (vi=) is the one of the list at the head of Phụ lục II; the Phụ lục I name is in the comment above it.\n")
        .append("# ministry= is the ministry in charge the law writes on the row of each product set.\n")
        .append("# English names are the project's translation (").append(NAMES).append(").\n")
        .append("# Generated by vn.ocop.catalog.importer.Decision26Importer from src/catalogue/decision-26-2026/")
        .append(HTML).append(".\n# Do not edit by hand: fix the corrections or the names and re-run the importer (docs/catalogue-format.md).\n");
    sb.append(record("catalogue", "instrument", INSTRUMENT.shortCode(), "format", "1", "source", "Phụ lục I, Phụ lục II"));
    for (Part p : Part.values()) {
      sb.append(record("maximum", "part", p.name(), "points", String.valueOf(MAXIMA.get(p))));
    }
    if (source.setNames.size() != 26) {
      throw new CsvImportException(HTML, 0, null, "the list of Phụ lục II names " + source.setNames.size() + " product sets, not 26");
    }
    int group = 0;
    int subgroup = 0;
    int set = 0;
    String subgroupCode = null;
    String pendingSubgroup = null;
    boolean subgroupHasChildren = false;
    List<String[]> rows = source.classification;
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      String number = r[0];
      String text = r[1];
      String ministry = r[2];
      if (ROMAN.matcher(number).matches()) {
        group++;
        subgroup = 0;
        if (!ministry.isEmpty()) {
          throw new CsvImportException(HTML + " Phụ lục I", i + 1, null, "a product group row names a ministry: " + ministry);
        }
        String code = PREFIX + group;
        sb.append(record("productgroup", "code", code, "vi", text, "en", name(names, code)));
      } else if (number.matches("[1-9][0-9]*")) {
        subgroup++;
        if (Integer.parseInt(number) != subgroup) {
          throw new CsvImportException(HTML + " Phụ lục I", i + 1, null, "group " + number + " out of order; expected " + subgroup);
        }
        String name = strip(text, "Nhóm: ", i);
        subgroupCode = PREFIX + group + "." + subgroup;
        boolean leaf = i + 1 == rows.size() || !rows.get(i + 1)[0].matches("[a-z]");
        if (!leaf && !ministry.isEmpty()) {
          throw new CsvImportException(HTML + " Phụ lục I", i + 1, subgroupCode, "a group with sub-groups names a ministry: " + ministry);
        }
        sb.append(record("subgroup", "code", subgroupCode, "vi", name, "en", name(names, subgroupCode)));
        if (leaf) {
          if (ministry.isEmpty()) {
            throw new CsvImportException(HTML + " Phụ lục I", i + 1, subgroupCode, "a group without sub-groups names no ministry");
          }
          set++;
          sb.append(setRecord(source, names, set, subgroupCode, "Nhóm: " + name, ministry));
        }
      } else if (number.matches("[a-z]")) {
        String name = strip(text, "Phân nhóm: ", i);
        if (ministry.isEmpty()) {
          throw new CsvImportException(HTML + " Phụ lục I", i + 1, null, "a sub-group names no ministry");
        }
        set++;
        sb.append(setRecord(source, names, set, subgroupCode, "Phân nhóm " + number + ": " + name, ministry));
      } else {
        throw new CsvImportException(HTML + " Phụ lục I", i + 1, null, "unexpected number '" + number + "'");
      }
    }
    if (set != 26) {
      throw new CsvImportException(HTML + " Phụ lục I", 0, null, "the classification has " + set + " leaves, not 26 product sets");
    }
    return sb.toString();
  }

  private static String setRecord(Source source, Map<String, String> names, int number, String subgroupCode,
      String annexOneName, String ministry) {
    String code = PREFIX + String.format("%02d", number);
    return "# Phụ lục I: " + annexOneName + "\n" + record("productset", "code", code, "subgroup", subgroupCode,
        "file", String.format("set-%02d.txt", number), "vi", source.setNames.get(number - 1), "en", name(names, code),
        "ministry", ministry);
  }

  private static String strip(String text, String prefix, int row) {
    if (!text.startsWith(prefix)) {
      throw new CsvImportException(HTML + " Phụ lục I", row + 1, null, "expected '" + prefix + "…', found: " + text);
    }
    return text.substring(prefix.length());
  }

  private static String name(Map<String, String> names, String code) {
    String en = names.get(code);
    if (en == null) {
      throw new CsvImportException(NAMES, 0, code, "no English name for " + code);
    }
    return en;
  }

  private static String record(String kind, String... keyValues) {
    StringBuilder sb = new StringBuilder(kind);
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        sb.append('\t').append(keyValues[i]).append('=').append(keyValues[i + 1]);
      }
    }
    return sb.append('\n').toString();
  }

  private static Map<String, String> names(Path file) {
    Map<String, String> names = new LinkedHashMap<>();
    String[] lines = read(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 2 || !cells[0].startsWith(PREFIX) || cells[1].isBlank()) {
        throw new CsvImportException(NAMES, i + 1, null, "a line is <code><TAB><English name>");
      }
      if (names.put(cells[0], cells[1]) != null) {
        throw new CsvImportException(NAMES, i + 1, cells[0], "code given twice");
      }
    }
    return names;
  }

  private static String fileText(Scorecard card, List<Corrections26.Directive> applied) {
    StringBuilder sb = new StringBuilder();
    ProductSet set = card.productSet();
    sb.append("# Decision 26/2026/QĐ-TTg, Phụ lục II: the score sheet of product set ").append(set.code())
        .append(" \"").append(set.nameVi()).append("\" (").append(set.nameEn()).append(").\n");
    sb.append("# Generated by vn.ocop.catalog.importer.Decision26Importer from src/catalogue/decision-26-2026/").append(HTML)
        .append("\n# and ").append(CORRECTIONS).append(". Do not edit by hand: fix the corrections and re-run")
        .append("\n# the importer (docs/catalogue-format.md).\n");
    if (!applied.isEmpty()) {
      sb.append("# Corrections applied (table row: what; why in ").append(CORRECTIONS).append("):\n");
      for (Corrections26.Directive d : applied) {
        sb.append("#   ").append(d.describe()).append('\n');
      }
    }
    CatalogueWriter.write(card, sb);
    return sb.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p, e);
    }
  }

  /** Text as the importer reads it: no-break spaces as spaces, runs of white space as one, trimmed, NFC. */
  static String clean(String text) {
    return Normalizer.normalize(text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim(), Normalizer.Form.NFC);
  }

  /** The paragraphs of a table cell, cleaned, empty ones dropped (the cell's text if it has no paragraph). */
  static List<String> paragraphs(Element cell) {
    List<String> out = new ArrayList<>();
    List<Element> ps = cell.select("p");
    if (ps.isEmpty()) {
      String t = clean(cell.text());
      if (!t.isEmpty()) {
        out.add(t);
      }
      return out;
    }
    for (Element p : ps) {
      String t = clean(p.text());
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** One score sheet: the paragraphs above its table and the table's rows. */
  record Sheet(List<String> preamble, List<Sheet26Importer.Row> rows) {}

  /** What the importer reads from the HTML. */
  static final class Source {
    final List<String[]> classification = new ArrayList<>();
    final List<String> setNames = new ArrayList<>();
    final List<Sheet> sheets = new ArrayList<>();

    static Source read(Path html) {
      Document doc;
      try {
        doc = Jsoup.parse(html.toFile(), "UTF-8");
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + html, e);
      }
      Source s = new Source();
      List<String> preamble = new ArrayList<>();
      for (Element e : doc.getAllElements()) {
        if (e.tagName().equals("p") && e.closest("table") == null) {
          String t = clean(e.text());
          if (!t.isEmpty()) {
            preamble.add(t);
          }
        } else if (e.tagName().equals("table")) {
          List<Element> trs = e.select("> tbody > tr, > tr");
          if (trs.isEmpty()) {
            continue;
          }
          List<List<String>> cells = new ArrayList<>();
          for (Element td : trs.get(0).select("> td, > th")) {
            cells.add(paragraphs(td));
          }
          String first = cells.isEmpty() ? "" : String.join(" ", cells.get(0));
          String second = cells.size() < 2 ? "" : String.join(" ", cells.get(1));
          if (first.equals("STT") && second.equals("Phân loại sản phẩm")) {
            s.classification(trs);
          } else if (first.equals("STT") && second.equals("Nội dung")) {
            s.setList(trs);
          } else if (first.equals("Các tiêu chí")) {
            s.sheets.add(new Sheet(List.copyOf(preamble), rows(trs)));
          }
          preamble.clear();
        }
      }
      return s;
    }

    private void classification(List<Element> trs) {
      for (Element tr : trs.subList(1, trs.size())) {
        List<Element> tds = tr.select("> td");
        if (tds.size() != 3) {
          throw new CsvImportException(HTML + " Phụ lục I", 0, null, "a row of " + tds.size() + " cells: " + clean(tr.text()));
        }
        classification.add(new String[] {clean(tds.get(0).text()), String.join(" ", paragraphs(tds.get(1))),
            String.join(" ", paragraphs(tds.get(2)))});
      }
    }

    private void setList(List<Element> trs) {
      for (Element tr : trs.subList(1, trs.size())) {
        List<Element> tds = tr.select("> td");
        Matcher m = SET_ITEM.matcher(tds.size() == 2 ? clean(tds.get(1).text()) : "");
        if (!m.matches() || !clean(tds.get(0).text()).equals(String.valueOf(setNames.size() + 1))) {
          throw new CsvImportException(HTML + " Phụ lục II", 0, null, "unexpected row in the list of product sets: " + clean(tr.text()));
        }
        setNames.add(m.group(1));
      }
    }

    private static List<Sheet26Importer.Row> rows(List<Element> trs) {
      List<Sheet26Importer.Row> rows = new ArrayList<>();
      int n = 0;
      for (Element tr : trs) {
        n++;
        List<Element> tds = tr.select("> td");
        List<String> text = tds.isEmpty() ? List.of() : paragraphs(tds.get(0));
        String points = tds.size() < 2 ? "" : String.join(" ", paragraphs(tds.get(1)));
        if (tds.size() > 2) {
          throw new CsvImportException(HTML, n, null, "a score sheet row of " + tds.size() + " cells");
        }
        rows.add(new Sheet26Importer.Row(n, text, points));
      }
      return rows;
    }
  }
}
