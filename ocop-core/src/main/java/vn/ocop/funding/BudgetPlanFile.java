package vn.ocop.funding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import vn.ocop.NullArgumentException;

/**
 * Reads a budget plan from the library's plain-text budget format (UTF-8). One entry per line,
 * {@code key: value}; blank lines and lines starting with {@code #} are ignored. Keys:
 *
 * <pre>
 * plan: kien-giang-plan-118                 (required, once) the plan's slug
 * province: kien-giang                      (required, once) the province's slug
 * title: Kế hoạch thực hiện Đề án …         (required, once)
 * basis: Kế hoạch 118/KH-UBND ngày 13/8/2020 (optional, once) the document
 * unit: million-vnd                         (required, once, before any line) million-vnd or vnd
 * line: 2020 | state-budget | 2507          period | source | amount
 * total: Năm 2020 | 2020 | * | 6705         label | period or * | sources (comma-separated) or * | amount
 * </pre>
 *
 * Amounts are plain digits (no thousands separators, which Vietnamese and English write
 * differently); sources are the slugs of {@link FundingSource} ({@code state-budget},
 * {@code counterpart}, {@code provincial-budget} …). An unknown key, a repeated header key, a bad
 * period, source or amount is a {@link BudgetFileException} naming the file and line; a stated total
 * that does not match its lines is a {@link BudgetMismatchException} whose origin is the file and line
 * of that total.
 */
public final class BudgetPlanFile {
  private BudgetPlanFile() {}

  /** The bundled example: Kiên Giang plan 118/KH-UBND (2020–2025). */
  public static final String KIEN_GIANG_PLAN_118 = "kien-giang-plan-118.budget";

  /** The bundled example: Quảng Nam's provincial line, 10.000 million a year, 2018–2020. */
  public static final String QUANG_NAM_2018_2020 = "quang-nam-2018-2020.budget";

  /**
   * Reads one of the bundled example plans ({@link #KIEN_GIANG_PLAN_118}, {@link #QUANG_NAM_2018_2020}).
   *
   * @param name the bundled file's name
   * @return the plan
   * @throws IllegalArgumentException if no such file is bundled
   */
  public static BudgetPlan bundled(String name) {
    InputStream in = BudgetPlanFile.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException("No bundled budget file '" + name + "'");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(name, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The largest budget file read, in bytes: a plan is a few hundred lines. */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  /**
   * Reads a plan from a file.
   *
   * @param path the file
   * @return the plan
   * @throws BudgetFileException naming the file (and line) if it is missing, not a regular file,
   *     unreadable, larger than {@link #MAX_FILE_BYTES}, not UTF-8, or holds a malformed entry
   * @throws BudgetMismatchException if a stated total does not match its lines
   */
  public static BudgetPlan load(Path path) {
    String name = String.valueOf(path.getFileName());
    byte[] bytes;
    try {
      if (!Files.isRegularFile(path)) {
        throw new BudgetFileException(name, 0, Files.exists(path) ? "is not a regular file" : "no such file");
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        throw new BudgetFileException(name, 0, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
      }
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
      }
    } catch (java.nio.file.AccessDeniedException e) {
      throw new BudgetFileException(name, 0, "permission denied: this user may not read the file", e);
    } catch (IOException e) {
      throw new BudgetFileException(name, 0, "cannot be read: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new BudgetFileException(name, 0, "the file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
    }
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
    java.nio.charset.CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new BudgetFileException(name, line, "the file is not UTF-8 text; save it as UTF-8");
    }
    out.flip();
    return read(name, new java.io.StringReader(out.toString()));
  }

  /**
   * Reads a plan.
   *
   * @param fileName the name used in messages
   * @param reader the text; not closed
   * @return the plan
   * @throws BudgetFileException naming the file and line of a malformed entry
   * @throws BudgetMismatchException if a stated total does not match its lines
   */
  public static BudgetPlan read(String fileName, Reader reader) {
    NullArgumentException.check(fileName, "fileName");
    BufferedReader in = new BufferedReader(reader);
    BudgetPlan.Builder b = BudgetPlan.builder();
    Set<String> headers = new HashSet<>();
    Long unit = null;
    int n = 0;
    try {
      for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
        n++;
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (n == 1 && text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
          throw new BudgetFileException(fileName, n, "expected 'key: value', found '" + text + "'");
        }
        String key = text.substring(0, colon).strip();
        String value = text.substring(colon + 1).strip();
        String origin = fileName + ":" + n;
        switch (key) {
          case "plan", "province", "title", "basis", "unit" -> {
            if (!headers.add(key)) {
              throw new BudgetFileException(fileName, n, "'" + key + "' is given twice");
            }
            if (value.isEmpty()) {
              throw new BudgetFileException(fileName, n, "'" + key + "' has no value");
            }
            switch (key) {
              case "plan" -> b.id(value);
              case "province" -> b.provinceId(value);
              case "title" -> b.title(value);
              case "basis" -> b.basis(value);
              default -> unit = switch (value) {
                case "million-vnd" -> Vnd.MILLION;
                case "vnd" -> 1L;
                default -> throw new BudgetFileException(fileName, n, "unit '" + value + "' is not million-vnd or vnd");
              };
            }
          }
          case "line" -> {
            String[] f = fields(fileName, n, value, 3, "period | source | amount");
            b.addLines(new BudgetLine(period(fileName, n, f[0]), source(fileName, n, f[1]),
                amount(fileName, n, f[2], unit), origin));
          }
          case "total" -> {
            String[] f = fields(fileName, n, value, 4, "label | period or * | sources or * | amount");
            if (f[0].isEmpty()) {
              throw new BudgetFileException(fileName, n, "a total needs a label");
            }
            Optional<PlanPeriod> period = f[1].equals("*") ? Optional.empty() : Optional.of(period(fileName, n, f[1]));
            Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
            if (!f[2].equals("*")) {
              for (String s : f[2].split(",")) {
                sources.add(source(fileName, n, s.strip()));
              }
            }
            b.addDeclaredTotals(new DeclaredTotal(f[0], period, sources, amount(fileName, n, f[3], unit), origin));
          }
          default -> throw new BudgetFileException(fileName, n,
              "unknown key '" + key + "'; expected plan, province, title, basis, unit, line or total");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String required : new String[] {"plan", "province", "title", "unit"}) {
      if (!headers.contains(required)) {
        throw new BudgetFileException(fileName, 0, "the file has no '" + required + ":' entry");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      // Immutables reports missing attributes this way; every required key was checked above, so
      // only a file without any line gets here.
      throw new BudgetFileException(fileName, 0, e.getMessage(), e);
    }
  }

  private static String[] fields(String file, int n, String value, int count, String shape) {
    String[] f = value.split("\\|", -1);
    if (f.length != count) {
      throw new BudgetFileException(file, n, "expected " + count + " fields '" + shape + "', found " + f.length);
    }
    for (int i = 0; i < f.length; i++) {
      f[i] = f[i].strip();
    }
    return f;
  }

  private static PlanPeriod period(String file, int n, String text) {
    try {
      return PlanPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BudgetFileException(file, n, e.getMessage(), e);
    }
  }

  private static FundingSource source(String file, int n, String text) {
    return FundingSource.fromSlug(text).orElseThrow(() -> new BudgetFileException(file, n,
        "unknown funding source '" + text + "'; expected one of " + java.util.Arrays.stream(FundingSource.values())
            .map(FundingSource::slug).toList()));
  }

  private static Vnd amount(String file, int n, String text, Long unit) {
    if (unit == null) {
      throw new BudgetFileException(file, n, "'unit:' must come before the first line or total");
    }
    if (text.matches("\\d{19,}")) {
      throw new BudgetFileException(file, n, "amount '" + (text.length() > 30 ? text.substring(0, 30) + "…" : text)
          + "' is too large: at most 18 digits");
    }
    if (!text.matches("\\d{1,18}")) {
      throw new BudgetFileException(file, n, "amount '" + text + "' must be plain digits, without separators");
    }
    try {
      return Vnd.of(Math.multiplyExact(Long.parseLong(text), unit));
    } catch (ArithmeticException e) {
      throw new BudgetFileException(file, n, "amount '" + text + "' is too large", e);
    }
  }
}
