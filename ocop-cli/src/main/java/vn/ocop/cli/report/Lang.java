package vn.ocop.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import vn.ocop.evaluation.Decision;
import vn.ocop.round.CouncilLevel;

/**
 * The language of the output: Vietnamese (numbers as 71,50 and 1.930) or English (71.50 and 1,930).
 * Messages of the rules come in both languages; this picks one.
 */
public enum Lang {
  VI(new Locale("vi", "VN"), ',', '.'),
  EN(Locale.ENGLISH, '.', ',');

  private final Locale locale;
  private final char decimal;
  private final char grouping;

  Lang(Locale locale, char decimal, char grouping) {
    this.locale = locale;
    this.decimal = decimal;
    this.grouping = grouping;
  }

  /** Vietnamese when the system locale's language is Vietnamese, English otherwise. */
  public static Lang fromSystem() {
    return "vi".equals(Locale.getDefault().getLanguage()) ? VI : EN;
  }

  public Locale locale() {
    return locale;
  }

  /** A score, two decimals: {@code 71,50} or {@code 71.50}. */
  public String score(BigDecimal v) {
    return format(v.setScale(2, RoundingMode.HALF_UP), "#,##0.00");
  }

  /** A decimal as given, without trailing zeros beyond its scale: {@code 25,5}. */
  public String decimal(BigDecimal v) {
    return format(v, v.scale() <= 0 ? "#,##0" : "#,##0." + "0".repeat(v.scale()));
  }

  /** A whole number with grouping: {@code 1.930} or {@code 1,930}. */
  public String integer(long v) {
    return format(BigDecimal.valueOf(v), "#,##0");
  }

  private String format(BigDecimal v, String pattern) {
    // a copy of the pattern's format, made once: a national report formats 80,000 scores, and parsing
    // the pattern each time was a third of its ranking table (DecimalFormat is not thread-safe: a copy
    // per use)
    DecimalFormat made = formats.computeIfAbsent(pattern, p -> {
      DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.ROOT);
      sym.setDecimalSeparator(decimal);
      sym.setGroupingSeparator(grouping);
      DecimalFormat f = new DecimalFormat(p, sym);
      f.setParseBigDecimal(true);
      return f;
    });
    return ((DecimalFormat) made.clone()).format(v);
  }

  /** The formats made for this language, by pattern. */
  private final java.util.concurrent.ConcurrentHashMap<String, DecimalFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();

  /** A score with its unit: {@code 71,50 điểm} or {@code 71.50 points}. */
  public String points(BigDecimal v) {
    return score(v) + (this == VI ? " điểm" : " points");
  }

  /** An amount of VND in millions: {@code 1.930 triệu đồng} or {@code 1,930 million VND}. */
  public String millionVnd(long millions) {
    return integer(millions) + (this == VI ? " triệu đồng" : " million VND");
  }

  /**
   * An amount of VND: in millions when it is whole millions ({@code 1.930 triệu đồng}), else in đồng
   * ({@code 1.500.500 đồng} / {@code 1,500,500 VND}).
   */
  public String vnd(long dong) {
    if (dong % 1_000_000L == 0) {
      return millionVnd(dong / 1_000_000L);
    }
    return integer(dong) + (this == VI ? " đồng" : " VND");
  }

  /** A star level: {@code 3★}, or {@code —} for none. */
  public String stars(Integer stars) {
    return stars == null ? "—" : stars + "★";
  }

  public String decision(String decision) {
    Decision d = Decision.valueOf(decision);
    return this == VI ? d.nameVi() : d.nameEn();
  }

  public String level(String level) {
    CouncilLevel l = CouncilLevel.valueOf(level);
    return this == VI ? l.nameVi() : l.nameEn();
  }

  /** A reason's message in this language. */
  public String message(String vi, String en) {
    return this == VI ? vi : en;
  }

  /** The text of a key in this language. */
  public String t(String key) {
    String[] pair = TEXTS.get(key);
    if (pair == null) {
      throw new IllegalArgumentException("no text '" + key + "'");
    }
    return this == VI ? pair[0] : pair[1];
  }

  private static final Map<String, String[]> TEXTS = Map.ofEntries(
      Map.entry("rank", new String[] {"Hạng", "Rank"}),
      Map.entry("product", new String[] {"Sản phẩm", "Product"}),
      Map.entry("producer", new String[] {"Chủ thể", "Producer"}),
      Map.entry("place", new String[] {"Xã/Huyện", "Commune/District"}),
      Map.entry("set", new String[] {"Bộ", "Set"}),
      Map.entry("score", new String[] {"Điểm", "Score"}),
      Map.entry("stars", new String[] {"Sao", "Stars"}),
      Map.entry("outcome", new String[] {"Kết quả", "Outcome"}),
      Map.entry("reason", new String[] {"Lý do chính", "Main reason"}),
      Map.entry("reasons", new String[] {"Lý do", "Reasons"}),
      Map.entry("round", new String[] {"Đợt đánh giá", "Round"}),
      Map.entry("council-date", new String[] {"Ngày họp hội đồng", "Council date"}),
      Map.entry("level", new String[] {"Cấp", "Level"}),
      Map.entry("members", new String[] {"Số thành viên hội đồng", "Council members"}),
      Map.entry("products", new String[] {"Số sản phẩm", "Products"}),
      Map.entry("at-least-3", new String[] {"Đạt từ 3 sao", "At 3★ or more"}),
      Map.entry("unranked", new String[] {"Không xếp hạng", "Not ranked"}),
      Map.entry("policy", new String[] {"Bộ quy tắc", "Rule packs"}),
      Map.entry("catalogue", new String[] {"Bộ tiêu chí", "Criteria catalogue"}),
      Map.entry("instruments", new String[] {"Văn bản pháp lý có hiệu lực", "Legal instruments in force"}),
      Map.entry("star-distribution", new String[] {"Phân bố hạng sao", "Products by stars"}),
      Map.entry("per-district", new String[] {"Theo huyện", "By district"}),
      Map.entry("ranking", new String[] {"Bảng xếp hạng", "Ranking"}),
      Map.entry("outcomes", new String[] {"Kết quả từng sản phẩm", "Each product's outcome"}),
      Map.entry("decisions", new String[] {"Quyết định", "Decisions"}),
      Map.entry("awards", new String[] {"Tiền thưởng theo chính sách của tỉnh", "Provincial awards"}),
      Map.entry("members-totals", new String[] {"Điểm của từng thành viên", "Each member's total"}),
      Map.entry("legal", new String[] {"Căn cứ", "Legal reference"}),
      Map.entry("pack", new String[] {"Gói quy tắc", "Pack"}),
      Map.entry("version", new String[] {"Phiên bản", "Version"}),
      Map.entry("effective", new String[] {"Hiệu lực", "In force"}),
      Map.entry("forward-to", new String[] {"chuyển lên", "forwarded to"}),
      Map.entry("generated", new String[] {"Lập bởi ocop", "Made with ocop"}),
      Map.entry("report-title", new String[] {"Báo cáo kết quả đánh giá, phân hạng sản phẩm OCOP",
          "OCOP product evaluation and ranking report"}),
      Map.entry("group", new String[] {"Nhóm", "Group"}),
      Map.entry("granularity", new String[] {"Mức chấm", "Scored"}),
      Map.entry("tie", new String[] {"đồng hạng", "tie"}),
      Map.entry("province", new String[] {"Tỉnh", "Province"}),
      Map.entry("district", new String[] {"Huyện", "District"}),
      Map.entry("no-district", new String[] {"(không có huyện)", "(no district)"}));
}
