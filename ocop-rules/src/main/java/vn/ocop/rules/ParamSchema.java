package vn.ocop.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.ocop.producer.ProducerKind;
import vn.ocop.round.DossierItem;
import vn.ocop.rules.facts.Candidate;
import vn.ocop.scoring.GateJudgement;

/**
 * The typed schema of every pack parameter ({@code param.<name>=<value>} in {@code pack.properties}):
 * name, type, allowed range or values, default, meaning in Vietnamese and English, and legal basis.
 * It drives the manifest check (every problem with its file and line; an unknown name is an error),
 * the library defaults, the trusted generic rules a province pack switches on with data (each
 * parameter's feature), and the parameter table of {@code docs/rules.md} ({@link #markdownTable()}, kept in
 * step by {@code ParamSchemaDocTest}). Names starting {@value #CUSTOM_PREFIX} are free, as text, for
 * a pack's own DRL rules.
 *
 * @since 0.3
 */
public final class ParamSchema {

  /** The prefix of parameters the schema does not know, read only by a pack's own DRL. */
  public static final String CUSTOM_PREFIX = "x.";

  /** The value types. */
  public enum Type {
    /** A decimal number, e.g. {@code 70} or {@code 69.5}. */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** A whole amount of VND, {@code _} separators allowed. */
    AMOUNT,
    /** {@code true} or {@code false}. */
    FLAG,
    /** One of the allowed values. */
    CHOICE,
    /** A comma-separated list of whole numbers within the range. */
    INTEGERS,
    /** A comma-separated list of the allowed values. */
    LIST,
    /** Free text. */
    TEXT
  }

  /**
   * One parameter.
   *
   * @param name the name after {@code param.}
   * @param type the value type
   * @param min the least value (numbers, list items), or null
   * @param max the greatest value, or null
   * @param allowed the allowed values of a {@link Type#CHOICE} or {@link Type#LIST}, else empty
   * @param defaultValue the value when no pack sets it, if the library sets one
   * @param feature the trusted generic rule file ({@code vn/ocop/rules/features/<feature>.drl}) a
   *     province pack switches on by setting this parameter, or {@code ""}
   * @param meaningVi what it means, in Vietnamese
   * @param meaningEn what it means, in English
   * @param legal the legal basis, or the reading where the law is silent
   */
  public record Spec(String name, Type type, BigDecimal min, BigDecimal max, List<String> allowed,
      Optional<String> defaultValue, String feature, String meaningVi, String meaningEn, String legal) {
    /**
     * Copies {@code allowed}.
     *
     * @param name the name after {@code param.}
     * @param type the value type
     * @param min the least value (numbers, list items), or null
     * @param max the greatest value, or null
     * @param allowed the allowed values of a {@link Type#CHOICE} or {@link Type#LIST}, else empty
     * @param defaultValue the value when no pack sets it, if the library sets one
     * @param feature the trusted generic rule file ({@code vn/ocop/rules/features/<feature>.drl}) a
     *     province pack switches on by setting this parameter, or {@code ""}
     * @param meaningVi what it means, in Vietnamese
     * @param meaningEn what it means, in English
     * @param legal the legal basis, or the reading where the law is silent
     */
    public Spec {
      allowed = List.copyOf(allowed);
    }

    /**
     * The problem with {@code value}, or empty when it is valid.
     *
     * @param value the value as written in the manifest; surrounding blanks are ignored
     * @return what is wrong with it, e.g. {@code should be true or false}; empty when it is valid
     */
    public Optional<String> problem(String value) {
      String v = value.strip();
      return Optional.ofNullable(switch (type) {
        case DECIMAL -> number(v, false);
        case INTEGER -> number(v, true);
        case AMOUNT -> AwardSchedules.parseAmount(v).isEmpty() ? "should be a whole amount of VND, e.g. 30000000 or 30_000_000" : null;
        case FLAG -> v.equals("true") || v.equals("false") ? null : "should be true or false";
        case CHOICE -> allowed.contains(v) ? null : "should be one of " + String.join(", ", allowed);
        case INTEGERS -> {
          String p = null;
          for (String item : v.split(",")) {
            if (!item.isBlank() && p == null) {
              p = number(item.strip(), true);
              if (p != null) {
                p = "'" + item.strip() + "' " + p.replace("should be", "should be") + " (a comma-separated list)";
              }
            }
          }
          yield p;
        }
        case LIST -> {
          String p = null;
          for (String item : v.split(",")) {
            if (!item.isBlank() && !allowed.contains(item.strip()) && p == null) {
              p = "'" + item.strip() + "' is not one of " + String.join(", ", allowed);
            }
          }
          yield p;
        }
        case TEXT -> null;
      });
    }

    private String number(String v, boolean whole) {
      BigDecimal d;
      try {
        d = new BigDecimal(v);
      } catch (NumberFormatException e) {
        return whole ? "should be a whole number" : "should be a decimal number";
      }
      if (whole && d.stripTrailingZeros().scale() > 0) {
        return "should be a whole number";
      }
      if ((min != null && d.compareTo(min) < 0) || (max != null && d.compareTo(max) > 0)) {
        return "should be " + (whole ? "a whole number " : "") + "between " + min.toPlainString() + " and " + max.toPlainString();
      }
      return null;
    }

    /**
     * The type and range as the doc table shows them.
     *
     * @return e.g. {@code decimal 0–100}, {@code whole number 1–31} or {@code flag}
     */
    public String typeText() {
      String range = min == null ? "" : " " + min.toPlainString() + "–" + max.toPlainString();
      return switch (type) {
        case CHOICE -> "one of " + String.join(", ", allowed);
        case LIST -> "list of " + (allowed.size() > 8 ? "dossier items (" + allowed.size() + ", see formats.md)" : String.join(", ", allowed));
        case INTEGERS -> "list of whole numbers" + range;
        case INTEGER -> "whole number" + range;
        case DECIMAL -> "decimal" + range;
        default -> type.name().toLowerCase(java.util.Locale.ROOT);
      };
    }
  }

  private static final BigDecimal ZERO = BigDecimal.ZERO;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final List<String> ITEMS = Stream.of(DossierItem.values()).map(Enum::name).toList();
  private static final List<String> KINDS = Stream.of(ProducerKind.values()).map(Enum::name).toList();

  private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

  /** The prefix of the rows of the province's extra eligibility conditions, {@code eligibility.extra.<n>.<field>}. */
  static final String EXTRA = "eligibility.extra.";
  /** The most rows of extra eligibility conditions a pack may have. */
  static final int EXTRA_ROWS = 20;
  private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("eligibility\\.extra\\.([0-9]+)\\.([a-z-]+)");

  /** The spec of {@code name}, a row's field read through its {@code <n>} spec. */
  private static Spec lookUp(String name) {
    java.util.regex.Matcher m = ROW.matcher(name);
    if (m.matches()) {
      int n;
      try {
        n = Integer.parseInt(m.group(1));
      } catch (NumberFormatException e) {
        return null;
      }
      return n >= 1 && n <= EXTRA_ROWS && !m.group(1).startsWith("0") ? SPECS.get(EXTRA + "<n>." + m.group(2)) : null;
    }
    return name.contains("<n>") ? null : SPECS.get(name);
  }

  /** The row numbers of the extra eligibility conditions among {@code params}, ascending. */
  static List<Integer> extraRows(Set<String> params) {
    return params.stream().map(ROW::matcher).filter(java.util.regex.Matcher::matches).filter(m -> lookUp(m.group()) != null)
        .map(m -> Integer.parseInt(m.group(1))).distinct().sorted().toList();
  }

  private static void add(String name, Type type, Number min, Number max, List<String> allowed, String def, String feature,
      String vi, String en, String legal) {
    SPECS.put(name, new Spec(name, type, min == null ? null : new BigDecimal(min.toString()),
        max == null ? null : new BigDecimal(max.toString()), allowed, Optional.ofNullable(def), feature, vi, en, legal));
  }

  static {
    for (int n = 2; n <= 5; n++) {
      add("band." + n, Type.DECIMAL, 0, 100, List.of(), null, "", "Điểm tối thiểu của hạng " + n + " sao",
          "Least score of the " + n + "★ band", "QĐ 1048 / QĐ 148 Phụ lục I / QĐ 26/2026: 30, 50, 70, 90");
    }
    add("band.rounding", Type.CHOICE, null, null, List.of(Candidate.ROUNDING_NONE, Candidate.ROUNDING_HALF_UP_TO_INTEGER),
        Candidate.ROUNDING_NONE, "", "Cách so điểm với khung (không làm tròn / làm tròn lên số nguyên)",
        "How a score meets a band: as it is, or first rounded half up to a whole number",
        "Law silent (reading of this library; docs/rules.md)");
    add("gate.judgement", Type.CHOICE, null, null, Stream.of(GateJudgement.values()).map(Enum::name).toList(),
        GateJudgement.MEAN_OF_MEMBERS.name(), "", "Cách xét yêu cầu tối thiểu khi thành viên chấm khác nhau",
        "How a star gate is judged when members chose differently", "Law silent (reading of this library)");
    add("forward.central-points", Type.DECIMAL, 0, 100, List.of(), null, "",
        "Điểm từ đó tỉnh đề nghị trung ương đánh giá 5 sao", "Points from which the province proposes a product for 5★",
        "QĐ 26/2026/QĐ-TTg, Điều 7.3.e");
    add("eligibility.kinds", Type.LIST, null, null, KINDS, null, "", "Loại chủ thể được tham gia",
        "Producer kinds admitted", "QĐ 1048 / QĐ 148 Điều 1 / QĐ 26/2026 Điều 2");
    add("eligibility.tourism-kinds", Type.LIST, null, null, KINDS, null, "", "Chủ thể chỉ được tham gia với sản phẩm du lịch",
        "Producer kinds admitted with tourism services only", "QĐ 26/2026/QĐ-TTg, Điều 2");
    add("eligibility.tourism-groups", Type.INTEGERS, 0, 99, List.of(), null, "", "Nhóm sản phẩm du lịch",
        "Product groups that are tourism services", "QĐ 26/2026/QĐ-TTg, Điều 2");
    add("eligibility.registration-kinds", Type.LIST, null, null, KINDS, null, "", "Chủ thể phải có đăng ký kinh doanh",
        "Producer kinds that need a business registration", "QĐ 26/2026/QĐ-TTg, Điều 2");
    add("dossier.required", Type.LIST, null, null, ITEMS, null, "", "Thành phần hồ sơ bắt buộc",
        "Dossier items every product needs", "QĐ 1048 / QĐ 148 Phụ lục II / QĐ 26/2026 Điều 6");
    add("dossier.upgrade", Type.LIST, null, null, ITEMS, null, "", "Hồ sơ thêm khi nâng hạng",
        "Extra items of an upgrade dossier", "QĐ 26/2026/QĐ-TTg, Điều 6");
    add("dossier.re-evaluation", Type.LIST, null, null, ITEMS, null, "", "Hồ sơ thêm khi đánh giá lại",
        "Extra items of a re-evaluation dossier", "QĐ 26/2026/QĐ-TTg, Điều 6");
    add("dossier.province", Type.LIST, null, null, ITEMS, null, "", "Hồ sơ thêm ở cấp tỉnh",
        "Extra items at the provincial council", "QĐ 26/2026/QĐ-TTg, Điều 7");
    add("dossier.central", Type.LIST, null, null, ITEMS, null, "", "Hồ sơ thêm ở cấp trung ương",
        "Extra items at the national council", "QĐ 26/2026/QĐ-TTg, Điều 7");
    add("dossier.no-samples-groups", Type.INTEGERS, 0, 99, List.of(), null, "", "Nhóm sản phẩm không cần sản phẩm mẫu",
        "Product groups that need no samples (services)", "QĐ 1048 / QĐ 148 Phụ lục II");
    add("dossier.food-safety-groups", Type.INTEGERS, 0, 99, List.of(), null, "", "Nhóm sản phẩm cần giấy tờ an toàn thực phẩm",
        "Product groups that need food-safety evidence", "QĐ 1048 / QĐ 148 Phụ lục II");
    add("dossier.province-extra", Type.LIST, null, null, ITEMS, null, "dossier", "Thành phần hồ sơ tỉnh yêu cầu thêm",
        "Dossier items the province requires on top of national law (missing: ineligible)", "The province pack's legal key");
    add("council.max-spread", Type.DECIMAL, 0, 100, List.of(), null, "council",
        "Chênh lệch tối đa giữa tổng điểm của hai thành viên; quá thì chấm lại",
        "Largest difference between two members' totals; above it the council scores again", "The province pack's legal key");
    add("council.quorum-percent", Type.INTEGER, 1, 100, List.of(), null, "council",
        "Tỷ lệ thành viên tối thiểu phải chấm điểm (%)", "Least share of members who must score a product, percent",
        "The province pack's legal key");
    add("council.chair-required", Type.FLAG, null, null, List.of(), null, "council",
        "Chủ tịch hội đồng phải chấm điểm", "The chair must be among the members who scored", "The province pack's legal key");
    add("award.3", Type.AMOUNT, null, null, List.of(), null, "awards", "Tiền thưởng mỗi sản phẩm 3 sao (đồng)",
        "Award per product certified at 3★, VND", "Province policy (no national instrument sets awards)");
    add("award.4", Type.AMOUNT, null, null, List.of(), null, "awards", "Tiền thưởng mỗi sản phẩm 4 sao (đồng)",
        "Award per product certified at 4★, VND", "Province policy");
    add("award.5", Type.AMOUNT, null, null, List.of(), null, "awards", "Tiền thưởng mỗi sản phẩm 5 sao (đồng)",
        "Award per product certified at 5★, VND", "Province policy");
    add(AwardSchedules.MODE, Type.CHOICE, null, null, List.of("every-certification", "once-per-level"), null, "",
        "Cách trả thưởng (mặc định every-certification)", "How awards are paid (AwardSchedules; every-certification when unset)",
        "Province policy");
    add("calendar.council-months", Type.INTEGERS, 1, 12, List.of(), null, "",
        "Các tháng hội đồng cấp tỉnh họp", "Months of the provincial council", "Province plan (e.g. Kiên Giang 04/3/2021)");
    add("calendar.district-dossier-months", Type.INTEGERS, 1, 12, List.of(), null, "",
        "Tháng cấp huyện gửi hồ sơ, theo đợt", "Month districts send dossiers, by round", "Province plan");
    add("calendar.district-dossier-day", Type.INTEGER, 1, 31, List.of(), null, "",
        "Ngày trong tháng được hiểu là \"đầu tháng\"", "Day of the month read as \"early in the month\"", "Province plan (reading)");
    add("calendar.district-dossier-deadline-month", Type.INTEGER, 1, 12, List.of(), null, "deadline",
        "Tháng hạn gửi hồ sơ cấp huyện", "Month of the district dossier deadline", "Province plan (e.g. An Giang 600/UBND-KTN)");
    add("calendar.district-dossier-deadline-day", Type.INTEGER, 1, 31, List.of(), null, "deadline",
        "Ngày hạn gửi hồ sơ cấp huyện", "Day of the district dossier deadline", "Province plan");
    add("province.min-products-per-district", Type.INTEGER, 1, 1000, List.of(), null, "districts",
        "Số sản phẩm tối thiểu mỗi huyện ở đợt cấp tỉnh", "Least products per district in a provincial round",
        "Province plan (e.g. An Giang 600/UBND-KTN)");
    add("province.min-products-per-commune", Type.INTEGER, 1, 1000, List.of(), null, "communes",
        "Số sản phẩm tối thiểu mỗi xã, phường trong một đợt đánh giá (mọi cấp hội đồng)",
        "Least products per commune in a round (any council level; only products whose place is a commune count)",
        "Province plan (no national instrument sets one)");
    // the extra eligibility table: one row per <n>, each a condition a product must meet, with the province's wording
    add(EXTRA + "<n>.require", Type.CHOICE, null, null, List.of("producer-kind", "dossier", "registration"), null, "eligibility",
        "Điều kiện tham gia thêm của tỉnh, dòng n (1–" + EXTRA_ROWS + "): loại chủ thể, thành phần hồ sơ hoặc đăng ký kinh doanh",
        "Row n (1–" + EXTRA_ROWS + ") of the province's extra eligibility conditions: what it requires (producer kinds in"
            + " .kinds, dossier items in .dossier, or a business registration); a product that fails it is ineligible",
        "The row's .legal");
    add(EXTRA + "<n>.kinds", Type.LIST, null, null, KINDS, null, "eligibility", "Loại chủ thể được tham gia (dòng n)",
        "Producer kinds the row admits (require=producer-kind)", "The row's .legal");
    add(EXTRA + "<n>.dossier", Type.LIST, null, null, ITEMS, null, "eligibility", "Thành phần hồ sơ phải có (dòng n)",
        "Dossier items the row requires (require=dossier)", "The row's .legal");
    add(EXTRA + "<n>.groups", Type.INTEGERS, 0, 99, List.of(), null, "eligibility",
        "Chỉ áp dụng cho các nhóm sản phẩm này (dòng n; bỏ trống: mọi nhóm)",
        "Product groups the row applies to (unset: every group)", "The row's .legal");
    add(EXTRA + "<n>.vi", Type.TEXT, null, null, List.of(), null, "eligibility",
        "Lý do khi không đạt, lời văn của tỉnh (dòng n; bắt buộc)", "The reason in Vietnamese, the province's wording (required)",
        "The row's .legal");
    add(EXTRA + "<n>.en", Type.TEXT, null, null, List.of(), null, "eligibility", "Lý do bằng tiếng Anh (dòng n; bắt buộc)",
        "The reason in English (required)", "The row's .legal");
    add(EXTRA + "<n>.legal", Type.TEXT, null, null, List.of(), null, "eligibility",
        "Căn cứ pháp lý của điều kiện (dòng n; bắt buộc)", "The row's legal basis, the reason's legal reference (required)",
        "The province's document");
    add("funding.province-budget-million-per-year", Type.INTEGER, 0, 100_000_000, List.of(), null, "",
        "Ngân sách tỉnh cho chương trình (triệu đồng/năm; chỉ để báo cáo)", "Provincial budget, million VND a year (reports only)",
        "Province programme");
  }

  private ParamSchema() {}

  /**
   * Every parameter, in the order of the doc table.
   *
   * @return the specs, unmodifiable
   */
  public static List<Spec> all() {
    return List.copyOf(SPECS.values());
  }

  /**
   * The parameter {@code name}, if the schema knows it.
   *
   * @param name the name after {@code param.}
   * @return its spec, or empty (also for {@value #CUSTOM_PREFIX} names)
   */
  public static Optional<Spec> spec(String name) {
    return Optional.ofNullable(lookUp(name));
  }

  /** The library defaults: every parameter with a default value. */
  static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    SPECS.values().forEach(s -> s.defaultValue().ifPresent(v -> d.put(s.name(), v)));
    return d;
  }

  /** The generic rule files a pack setting {@code params} switches on, in schema order. */
  static List<String> features(Set<String> params) {
    return SPECS.values().stream().filter(s -> !s.feature().isEmpty() && params.stream().anyMatch(p -> {
      Spec spec = lookUp(p);
      return spec != null && spec.name().equals(s.name());
    })).map(Spec::feature).distinct().toList();
  }

  /** Checks one {@code param.<name>=<value>} line; adds a problem naming the file and line. */
  static void check(String file, int line, String name, String value, List<Problem> problems) {
    if (name.startsWith(CUSTOM_PREFIX) && name.length() > CUSTOM_PREFIX.length()) {
      return;
    }
    Spec spec = lookUp(name);
    if (spec == null) {
      problems.add(new Problem(file, line, "unknown parameter '" + name + "'; the parameters are listed in docs/rules.md"
          + nearest(name) + " (a pack's own DRL may read parameters named " + CUSTOM_PREFIX + "<name>)"));
      return;
    }
    spec.problem(value).ifPresent(p -> problems.add(new Problem(file, line, "parameter " + name + "=" + value + ": " + p)));
  }

  private static String nearest(String name) {
    String prefix = name.contains(".") ? name.substring(0, name.indexOf('.') + 1) : name;
    List<String> near = SPECS.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    if (name.startsWith(EXTRA)) {
      return "; a row of extra eligibility conditions reads " + EXTRA + "<n>.<field>, <n> from 1 to " + EXTRA_ROWS
          + " and <field> one of require, kinds, dossier, groups, vi, en, legal";
    }
    return near.isEmpty() ? "" : "; did you mean one of " + String.join(", ", near) + "?";
  }

  /**
   * The parameter table of docs/rules.md, generated from the schema.
   *
   * @return the Markdown table, one row per parameter, ending in a newline
   */
  public static String markdownTable() {
    List<String> rows = new ArrayList<>();
    rows.add("| Parameter | Type | Default | Switches on | Meaning (vi) | Meaning (en) | Legal basis |");
    rows.add("|---|---|---|---|---|---|---|");
    for (Spec s : SPECS.values()) {
      rows.add("| `" + s.name() + "` | " + s.typeText() + " | " + s.defaultValue().map(v -> "`" + v + "`").orElse("—")
          + " | " + (s.feature().isEmpty() ? "—" : "`features/" + s.feature() + ".drl`") + " | " + s.meaningVi()
          + " | " + s.meaningEn() + " | " + s.legal() + " |");
    }
    return rows.stream().map(r -> r.replace("\n", " ")).collect(Collectors.joining("\n")) + "\n";
  }
}
