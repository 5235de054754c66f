package vn.ocop.catalog.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.ocop.catalog.Catalogue;
import vn.ocop.catalog.CatalogueReader;
import vn.ocop.catalog.CatalogueWriter;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.law.Instrument;

/**
 * Builds the bundled scorecard files of Decision 148/QĐ-TTg, Appendix I ({@code
 * vn/ocop/catalog/148/set-NN.txt}) from the 26 CSVs in {@code ocop-core/src/catalogue/criteria-148/}
 * and the corrections in {@code corrections.txt} next to them. The product groups, sub-groups and
 * sets come from the hand-written header {@code vn/ocop/catalog/148/catalogue.txt}; each set there
 * names the file this importer writes. The output is canonical: running the importer again on the
 * same inputs gives the same bytes (a test checks the bundled files against a fresh import).
 *
 * <p>Run from the repository root:
 *
 * <pre>
 * ./mvnw -q -pl ocop-core test-compile exec:java -Dexec.skip=false -Dexec.classpathScope=test -Dexec.mainClass=vn.ocop.catalog.importer.Decision148Importer
 * </pre>
 *
 * <p>Every row that cannot be reconciled — a score that is not a number, a sum that does not hold, a
 * star mark that disagrees with the stars column, a correction that matches nothing — stops the
 * import with a {@link CsvImportException} naming the file and the CSV row.
 *
 * @since 0.1
 */
public final class Decision148Importer {
  private static final Pattern CSV_NAME = Pattern.compile("set-([0-9]{2})-[a-z0-9-]+\\.csv");

  /** The CSVs and corrections, relative to the {@code ocop-core} module. */
  static final Path SOURCES = Path.of("src", "catalogue", "criteria-148");
  /** The bundled catalogue of Decision 148, relative to the {@code ocop-core} module. */
  static final Path CATALOGUE = Path.of("src", "main", "resources", "vn", "ocop", "catalog", "148");
  static final String CORRECTIONS = "corrections.txt";
  static final String HEADER = "catalogue.txt";

  private Decision148Importer() {}

  /**
   * Imports the CSVs and writes the scorecard files. Arguments: none (paths are found from the
   * repository root or the {@code ocop-core} directory), or the sources directory and the catalogue
   * directory.
   */
  public static void main(String[] args) {
    Path module = Files.isDirectory(Path.of("ocop-core").resolve(SOURCES)) ? Path.of("ocop-core") : Path.of("");
    Path sources = args.length > 0 ? Path.of(args[0]) : module.resolve(SOURCES);
    Path catalogue = args.length > 1 ? Path.of(args[1]) : module.resolve(CATALOGUE);
    try {
      List<Path> written = run(sources, catalogue);
      Catalogue read = CatalogueReader.read(catalogue.resolve(HEADER));
      System.out.println("Wrote " + written.size() + " scorecard files to " + catalogue + "; read back: " + read);
    } catch (CsvImportException e) {
      System.err.println("Import failed: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Imports every CSV of {@code sources} and writes the scorecard files into {@code catalogueDir},
   * next to its {@code catalogue.txt} header; files whose content is unchanged are not rewritten.
   *
   * @param sources the directory of the CSVs and {@code corrections.txt}; not null
   * @param catalogueDir the directory of the header; not null
   * @return the files written or confirmed, in set order
   * @throws CsvImportException naming file and row of anything that cannot be reconciled
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static List<Path> run(Path sources, Path catalogueDir) {
    Map<String, String> files = generate(sources, catalogueDir.resolve(HEADER));
    List<Path> written = new ArrayList<>();
    try {
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
   * The scorecard files the import produces, by file name, in set order, without writing them.
   *
   * @throws CsvImportException naming file and row of anything that cannot be reconciled
   */
  static Map<String, String> generate(Path sources, Path header) {
    Objects.requireNonNull(sources, "sources");
    Catalogue catalogue = CatalogueReader.readHeader(header);
    if (catalogue.instrument() != Instrument.D148) {
      throw new CsvImportException(header.getFileName().toString(), 0, null, "the header is for " + catalogue.instrument()
          + ", not Decision 148/QĐ-TTg");
    }
    Corrections corrections = corrections(sources);
    Map<String, Path> csvs = new TreeMap<>();
    try (Stream<Path> list = Files.list(sources)) {
      list.filter(p -> p.getFileName().toString().endsWith(".csv")).forEach(p -> csvs.put(p.getFileName().toString(), p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    corrections.checkFilesExist(csvs.keySet());
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : csvs.entrySet()) {
      String name = e.getKey();
      Matcher m = CSV_NAME.matcher(name);
      if (!m.matches()) {
        throw new CsvImportException(name, 0, null, "a CSV is named set-NN-<slug>.csv, NN being the product set number");
      }
      ProductSet set = catalogue.findProductSet(m.group(1)).orElseThrow(() -> new CsvImportException(name, 0, null,
          "the header " + HEADER + " has no product set " + m.group(1)));
      String fileName = "set-" + m.group(1) + ".txt";
      ScorecardImporter importer = new ScorecardImporter(name, set, catalogue.partMaxima(), corrections);
      Scorecard card = importer.importRows(Csv.parse(read(e.getValue()), name));
      out.put(fileName, fileText(card, name, importer.applied()));
    }
    corrections.checkAllUsed(csvs.keySet());
    for (ProductSet set : catalogue.productSets()) {
      String fileName = "set-" + String.format("%02d", set.number()) + ".txt";
      if (!out.containsKey(fileName)) {
        throw new CsvImportException(HEADER, 0, set.code(), "no CSV for product set " + set.code() + " in " + sources);
      }
    }
    return out;
  }

  /** Imports one CSV (for tests and tools). */
  static Scorecard importFile(Path csv, ProductSet set, Catalogue header, Corrections corrections) {
    String name = csv.getFileName().toString();
    return new ScorecardImporter(name, set, header.partMaxima(), corrections).importRows(Csv.parse(read(csv), name));
  }

  static Corrections corrections(Path sources) {
    Path file = sources.resolve(CORRECTIONS);
    return Files.exists(file) ? Corrections.parse(read(file), CORRECTIONS) : Corrections.none();
  }

  private static String fileText(Scorecard card, String csv, List<Corrections.Directive> applied) {
    StringBuilder sb = new StringBuilder();
    ProductSet set = card.productSet();
    sb.append("# Decision 148/QĐ-TTg, Appendix III (Phụ lục III): the scorecard of product set ").append(set.code())
        .append(" \"").append(set.nameVi()).append("\" (").append(set.nameEn()).append(").\n");
    sb.append("# Generated by vn.ocop.catalog.importer.Decision148Importer from src/catalogue/criteria-148/").append(csv)
        .append("\n# and ").append(CORRECTIONS).append(". Do not edit by hand: fix the CSV or the corrections and re-run")
        .append("\n# the importer (docs/catalogue-format.md).\n");
    if (!applied.isEmpty()) {
      sb.append("# Corrections applied (CSV row: what; why in ").append(CORRECTIONS).append("):\n");
      for (Corrections.Directive d : applied) {
        sb.append("#   row ").append(d.row()).append(": ").append(d.describe()).append('\n');
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
}
