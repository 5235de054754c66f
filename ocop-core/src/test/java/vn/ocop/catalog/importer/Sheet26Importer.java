package vn.ocop.catalog.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.ocop.catalog.CatalogueException;
import vn.ocop.catalog.Condition;
import vn.ocop.catalog.Criterion;
import vn.ocop.catalog.CriterionGroup;
import vn.ocop.catalog.Disqualification;
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;
import vn.ocop.catalog.Selection;
import vn.ocop.law.StarRating;

/**
 * Turns one score sheet of Decision 26/2026/QĐ-TTg, Phụ lục II (the paragraphs above its table and
 * the table's rows) into a {@link Scorecard}, applying the corrections for that set and checking
 * every sum, so that a problem is reported with its set and table row. The reading rules
 * (documented in {@code docs/catalogue-format.md}):
 *
 * <ul>
 *   <li>a row is a part ("Phần A: …"), a group ("1. TỔ CHỨC SẢN XUẤT"), a criterion ("1.1. …",
 *       sub-criterion "6.2.1. …"; the full stop after the number may be missing), a case of a
 *       one-case group ("a. Trường hợp 1: …"), an option ("□ …", with points) or a note (no points);
 *   <li>the first paragraph of a cell is the title, further paragraphs are notes, verbatim;
 *   <li>options directly under a group make the group its own single criterion, keyed by the group's
 *       number; options under a case make the case a criterion keyed group number + letter ({@code 8a});
 *   <li>a criterion followed by sub-criteria ({@code 6.2} then {@code 6.2.1}) is their heading: its
 *       points must equal theirs summed and each sub-criterion keeps its title in {@code heading=};
 *   <li>trailing {@code ***}, {@code ****}, {@code *****} marks are the gate of the option (or of the
 *       criterion, when on its title); a full stop after them is kept;
 *   <li>a note row attaches to the last criterion of its group, or to the group before its first
 *       criterion; a line saying "bị loại" is a {@link Disqualification}, never a note: the sheet's
 *       "Hồ sơ bị loại khi: …" above the table, and each in-table line under the criterion it follows;
 *   <li>notes map to conditions as for Decision 148: "Chỉ áp dụng khi có câu chuyện" → HAS_STORY on
 *       the criterion; "Không đánh giá những sản phẩm có tính phổ biến" → DISTINCTIVE_PRODUCT on the
 *       criterion; an impurity stop on a criterion → NO_UNACCEPTABLE_IMPURITIES on the other criteria
 *       of its group.
 * </ul>
 */
final class Sheet26Importer {

  /** One row of a sheet's table: its 1-based number (header = 1), the paragraphs of its first cell, its points cell. */
  record Row(int number, List<String> text, String points) {}

  private static final Pattern PART = Pattern.compile("(?iu)phần\\s+([ABC])\\s*:?\\s*(.*)");
  private static final Pattern CRITERION = Pattern.compile("(\\d+(?:\\.\\d+){1,2})\\.?\\s+(\\S.*)");
  private static final Pattern GROUP = Pattern.compile("(\\d+)\\.?\\s+(\\D.*)");
  private static final Pattern CASE = Pattern.compile("([a-z])\\.\\s+(Trường hợp \\d+:.*)");
  /** Star marks at the end of a text (possibly split by spaces), then an optional full stop. */
  private static final Pattern MARKS = Pattern.compile("(.*?)\\s*(\\*[*\\s]*\\*)\\s*(\\.?)");
  private static final Pattern POINTS_IN_TITLE = Pattern.compile("\\((\\d+) Điểm\\)");
  private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]*");

  static final String STORY = "Chỉ áp dụng khi có câu chuyện";
  static final String COMMON = "Không đánh giá những sản phẩm có tính phổ biến";
  static final String ONE_CASE_NOTE = "Lựa chọn một trong hai trường hợp";

  private final String file;
  private final ProductSet set;
  private final int setNumber;
  private final Map<Part, Integer> maxima;
  private final Corrections26 corrections;
  private final List<CsvImportException> problems = new ArrayList<>();

  private final List<PartB> parts = new ArrayList<>();
  private final List<DisqB> disqualifications = new ArrayList<>();
  private boolean ended;

  Sheet26Importer(String file, ProductSet set, Map<Part, Integer> maxima, Corrections26 corrections) {
    this.file = file;
    this.set = set;
    this.setNumber = set.number();
    this.maxima = new EnumMap<>(maxima);
    this.corrections = corrections;
  }

  /** A line saying the dossier or product is rejected ("bị loại", "sẽ bị loại bỏ"). */
  static boolean isDisqualification(String text) {
    return text.toLowerCase(Locale.ROOT).contains("bị loại");
  }

  /** Imports the sheet; throws one exception listing every row that cannot be reconciled. */
  Scorecard importSheet(List<String> preamble, List<Row> rows) {
    preamble(preamble);
    for (Row row : rows) {
      try {
        add(row);
      } catch (CsvImportException e) {
        problems.add(e);
      }
    }
    if (!ended) {
      problems.add(new CsvImportException(file, 0, set.code(), "the table does not end with 'TỔNG CỘNG | 100'"));
    }
    finishGroup();
    if (problems.isEmpty()) {
      check();
    }
    throwIfAny();
    Scorecard card = build();
    throwIfAny();
    return card;
  }

  // ------------------------------------------------------------------ the paragraphs above the table

  private void preamble(List<String> paragraphs) {
    String number = setNumber + ".";
    if (paragraphs.stream().noneMatch(p -> p.startsWith(number + " "))) {
      problems.add(new CsvImportException(file, 0, set.code(), "no heading '" + number + " …' above the table"));
    }
    int line = 0;
    String previous = null;
    for (String p : paragraphs) {
      if (!isDisqualification(p)) {
        continue;
      }
      line++;
      Corrections26.Directive dup = corrections.find(Corrections26.Kind.DUPLICATE, setNumber, "line", String.valueOf(line));
      if (dup != null) {
        if (!p.equals(previous)) {
          problems.add(new CsvImportException(file, 0, set.code(), "duplicate correction (corrections line " + dup.line()
              + "): 'bị loại' paragraph " + line + " does not repeat the one before it"));
        }
        continue;
      }
      if (p.equals(previous)) {
        problems.add(new CsvImportException(file, 0, set.code(), "'bị loại' paragraph " + line
            + " above the table repeats the one before it word for word; say in a duplicate correction whether it is read once"));
      }
      disqualifications.add(new DisqB(p, null));
      previous = p;
    }
  }

  // ------------------------------------------------------------------ rows

  private void add(Row row) {
    if (row.number() == 1) {
      if (!row.text().equals(List.of("Các tiêu chí")) || !row.points().equals("Thang điểm")) {
        throw problem(row, null, "the first row of a score sheet is 'Các tiêu chí | Thang điểm'");
      }
      return;
    }
    if (ended) {
      throw problem(row, null, "a row after 'TỔNG CỘNG'");
    }
    if (row.text().isEmpty()) {
      throw problem(row, null, "an empty row");
    }
    String first = row.text().get(0);
    List<String> more = row.text().subList(1, row.text().size());
    if (first.equals("TỔNG CỘNG")) {
      if (!row.points().equals("100")) {
        throw problem(row, null, "the total row says " + row.points() + ", not 100");
      }
      ended = true;
      return;
    }
    String points = points(row);
    Matcher m;
    if ((m = PART.matcher(first)).matches()) {
      part(row, Part.valueOf(m.group(1).toUpperCase(Locale.ROOT)), m.group(2), more, points);
    } else if (first.startsWith("□") || bullet(row, first) != null) {
      String bullet = first.startsWith("□") ? "□" : bullet(row, first);
      option(row, first.substring(bullet.length()).trim(), more, points);
    } else if ((m = CASE.matcher(first)).matches() && points.isEmpty() && more.isEmpty()) {
      GroupB g = lastGroup(row);
      g.pendingCase = new String[] {m.group(1), m.group(2)};
      g.pendingCaseRow = row;
    } else if ((m = CRITERION.matcher(first)).matches()) {
      criterion(row, m.group(1), m.group(2), more, points);
    } else if ((m = GROUP.matcher(first)).matches()) {
      group(row, Integer.parseInt(m.group(1)), m.group(2), more, points);
    } else {
      if (!points.isEmpty()) {
        throw problem(row, null, "a row that is neither part, group, criterion nor option has points '" + points + "': " + first);
      }
      for (String t : row.text()) {
        note(row, t);
      }
    }
  }

  /** The bullet a directive says this row's option is written with, or null. */
  private String bullet(Row row, String first) {
    Corrections26.Directive d = corrections.find(Corrections26.Kind.BULLET, setNumber, "row", String.valueOf(row.number()));
    if (d == null) {
      return null;
    }
    if (!first.startsWith(d.get("from") + " ")) {
      throw problem(row, null, "bullet correction (corrections line " + d.line() + ") expects the row to start with '"
          + d.get("from") + " ' but it reads: " + first);
    }
    return d.get("from");
  }

  private String points(Row row) {
    String p = row.points();
    Corrections26.Directive d = corrections.find(Corrections26.Kind.POINTS, setNumber, "row", String.valueOf(row.number()));
    if (d == null) {
      return p;
    }
    if (!d.get("from").equals(p)) {
      throw problem(row, null, "points correction (corrections line " + d.line() + ") expects '" + d.get("from")
          + "' but the row has '" + p + "'");
    }
    return d.get("to");
  }

  private int number(Row row, String points, String entry) {
    if (!NUMBER.matcher(points).matches()) {
      throw problem(row, entry, "points '" + points + "' are not a number");
    }
    return Integer.parseInt(points);
  }

  private void part(Row row, Part part, String rest, List<String> more, String points) {
    finishGroup();
    List<String> pieces = new ArrayList<>();
    if (!rest.isBlank()) {
      pieces.add(rest);
    }
    pieces.addAll(more);
    String title = String.join(" ", pieces);
    Corrections26.Directive d = corrections.find(Corrections26.Kind.PART_TITLE, setNumber, "row", String.valueOf(row.number()));
    if (d != null) {
      if (!title.contains(d.get("from"))) {
        throw problem(row, null, "part-title correction (corrections line " + d.line() + ") expects '" + d.get("from")
            + "' in: " + title);
      }
      title = title.replace(d.get("from"), d.get("to"));
    }
    int max = number(row, points, "part " + part);
    Matcher m = POINTS_IN_TITLE.matcher(title);
    if (m.find() && Integer.parseInt(m.group(1)) != max) {
      throw problem(row, "part " + part, "the heading says " + m.group(0) + " but the points column says " + max);
    }
    parts.add(new PartB(part, max, title, row));
  }

  private void group(Row row, int number, String title, List<String> more, String points) {
    finishGroup();
    PartB p = lastPart(row);
    int expected = parts.stream().mapToInt(x -> x.groups.size()).sum() + 1;
    if (number != expected) {
      throw problem(row, null, "groups are numbered 1, 2, 3… across the sheet; expected " + expected + ", found " + number);
    }
    GroupB g = new GroupB(number, number(row, points, code(p.part, number)), title, row, p.part);
    g.notes.addAll(more);
    p.groups.add(g);
  }

  private void criterion(Row row, String label, String rawTitle, List<String> more, String points) {
    GroupB g = lastGroup(row);
    String entry = set.code() + "/" + label;
    if (!label.startsWith(g.number + ".")) {
      throw problem(row, entry, "criterion " + label + " stands in group " + g.number);
    }
    if (g.pendingCase != null) {
      throw problem(row, entry, "a criterion under case " + g.pendingCase[0] + ") of group " + g.number);
    }
    String[] titleAndMarks = marks(row, rawTitle, entry);
    CriterionB c = new CriterionB(label, number(row, points, entry), titleAndMarks[0], row);
    c.gate = titleAndMarks[1] == null ? null : StarRating.of(titleAndMarks[1].length());
    c.notes.addAll(more);
    long dots = label.chars().filter(ch -> ch == '.').count();
    if (dots == 2) {
      String parent = label.substring(0, label.lastIndexOf('.'));
      CriterionB last = g.criteria.isEmpty() ? null : g.criteria.get(g.criteria.size() - 1);
      if (last != null && last.label.equals(parent) && last.options.isEmpty() && last.asHeading == null) {
        // the criterion just read heads sub-criteria: it becomes their heading
        g.criteria.remove(g.criteria.size() - 1);
        g.headings.add(last);
        last.asHeading = last;
      }
      CriterionB heading = g.headings.isEmpty() ? null : g.headings.get(g.headings.size() - 1);
      if (heading == null || !heading.label.equals(parent)) {
        throw problem(row, entry, "sub-criterion " + label + " does not follow its heading " + parent);
      }
      if (!heading.notes.isEmpty()) {
        throw problem(heading.row, set.code() + "/" + parent, "a heading of sub-criteria has notes; the importer cannot tell which sub-criterion they concern");
      }
      c.heading = heading.title;
      heading.subcriteria.add(c);
    }
    g.criteria.add(c);
  }

  private void option(Row row, String rawText, List<String> more, String points) {
    GroupB g = lastGroup(row);
    CriterionB c;
    if (g.pendingCase != null) {
      if (g.criteria.stream().anyMatch(x -> !x.isCase)) {
        throw problem(row, null, "group " + g.number + " mixes cases and numbered criteria");
      }
      c = new CriterionB(g.number + g.pendingCase[0], -1, g.pendingCase[1], g.pendingCaseRow);
      c.isCase = true;
      g.criteria.add(c);
      g.pendingCase = null;
    } else if (g.criteria.isEmpty()) {
      if (!g.headings.isEmpty()) {
        throw problem(row, null, "an option directly under a heading of sub-criteria");
      }
      c = new CriterionB(String.valueOf(g.number), g.max, g.title, g.row);
      c.ofGroup = true;
      g.criteria.add(c);
    } else {
      c = g.criteria.get(g.criteria.size() - 1);
    }
    String entry = set.code() + "/" + c.label + "/" + (c.options.size() + 1);
    String[] textAndMarks = marks(row, rawText, entry);
    if (textAndMarks[0].isBlank()) {
      throw problem(row, entry, "an option without text");
    }
    OptionB o = new OptionB(number(row, points, entry), textAndMarks[0], row);
    o.gate = textAndMarks[1] == null ? null : StarRating.of(textAndMarks[1].length());
    c.options.add(o);
    for (String n : more) {
      if (isDisqualification(n)) {
        disqualifications.add(new DisqB(n, c));
      } else {
        o.notes.add(n);
      }
    }
  }

  private void note(Row row, String text) {
    GroupB g = lastGroup(row);
    if (g.pendingCase != null) {
      throw problem(row, null, "a note between case " + g.pendingCase[0] + ") and its options: " + text);
    }
    CriterionB c = g.criteria.isEmpty() ? null : g.criteria.get(g.criteria.size() - 1);
    if (isDisqualification(text)) {
      if (c == null) {
        throw problem(row, null, "a 'bị loại' line before the first criterion of group " + g.number + ": " + text);
      }
      disqualifications.add(new DisqB(text, c));
    } else if (c == null) {
      g.notes.add(text);
    } else {
      c.notes.add(text);
    }
  }

  /** Splits trailing star marks off a text: {text, marks or null}. Split marks need a correction. */
  private String[] marks(Row row, String text, String entry) {
    Matcher m = MARKS.matcher(text);
    if (!m.matches()) {
      return new String[] {text, null};
    }
    String marks = m.group(2);
    Corrections26.Directive d = corrections.find(Corrections26.Kind.MARKS, setNumber, "row", String.valueOf(row.number()));
    if (d != null) {
      if (!d.get("from").equals(marks)) {
        throw problem(row, entry, "marks correction (corrections line " + d.line() + ") expects '" + d.get("from")
            + "' but the row ends with '" + marks + "'");
      }
      marks = d.get("to");
    }
    if (!marks.matches("\\*{3,5}")) {
      throw problem(row, entry, "star marks '" + marks + "' are not ***, **** or *****");
    }
    return new String[] {m.group(1) + m.group(3), marks};
  }

  // ------------------------------------------------------------------ groups done: corrections, conditions

  private void finishGroup() {
    if (parts.isEmpty() || lastPartOrNull().groups.isEmpty()) {
      return;
    }
    GroupB g = lastPartOrNull().groups.get(lastPartOrNull().groups.size() - 1);
    if (g.finished) {
      return;
    }
    g.finished = true;
    if (g.pendingCase != null) {
      problems.add(problem(g.pendingCaseRow, null, "case " + g.pendingCase[0] + ") of group " + g.number + " has no options"));
    }
    for (Corrections26.Directive d : corrections.all(Corrections26.Kind.ADD_OPTION, setNumber)) {
      String label = d.get("criterion");
      for (CriterionB c : g.criteria) {
        if (c.label.equals(label)) {
          int position = d.number("position");
          if (position < 1 || position > c.options.size() + 1) {
            problems.add(problem(c.row, code(c), "add-option correction (corrections line " + d.line() + ") puts an option at "
                + position + " but the criterion has " + c.options.size()));
            continue;
          }
          if (c.options.stream().anyMatch(o -> o.text.equals(d.get("text")))) {
            problems.add(problem(c.row, code(c), "add-option correction (corrections line " + d.line() + ") adds an option the table already has"));
            continue;
          }
          OptionB o = new OptionB(d.number("points"), d.get("text"), c.row);
          o.added = d;
          c.options.add(position - 1, o);
          corrections.use(d);
        }
      }
    }
    Corrections26.Directive oneCase = corrections.find(Corrections26.Kind.ONE_CASE, setNumber, "group", String.valueOf(g.number));
    boolean hasCases = g.criteria.stream().anyMatch(c -> c.isCase);
    if (oneCase != null) {
      if (!hasCases || g.notes.stream().noneMatch(n -> n.contains(ONE_CASE_NOTE))) {
        problems.add(problem(g.row, code(g), "one-case correction (corrections line " + oneCase.line()
            + ") on a group without cases or without the note '" + ONE_CASE_NOTE + "'"));
      }
      g.selection = Selection.ONE_CASE;
    } else if (hasCases) {
      problems.add(problem(g.row, code(g), "group " + g.number + " has cases; say in a one-case correction how it is scored"));
    }
    for (CriterionB c : g.criteria) {
      if (c.isCase) {
        c.max = c.options.stream().mapToInt(o -> o.points).max().orElse(0);
      }
    }
    for (CriterionB h : g.headings) {
      int sum = h.subcriteria.stream().mapToInt(c -> c.max).sum();
      if (sum != h.max) {
        problems.add(problem(h.row, set.code() + "/" + h.label, "heading " + h.label + " has " + h.max
            + " points but its sub-criteria sum to " + sum));
      }
    }
    for (CriterionB c : g.criteria) {
      for (String n : c.notes) {
        if (n.contains(STORY)) {
          setCondition(c, Condition.HAS_STORY, c.row);
        } else if (n.contains(COMMON)) {
          setCondition(c, Condition.DISTINCTIVE_PRODUCT, c.row);
        } else if (isImpurityStop(n)) {
          g.criteria.stream().filter(x -> x != c).forEach(x -> setCondition(x, Condition.NO_UNACCEPTABLE_IMPURITIES, c.row));
        }
      }
    }
    for (String n : g.notes) {
      if (n.contains(STORY) || n.contains(COMMON) || isImpurityStop(n)) {
        problems.add(problem(g.row, code(g), "a criterion note written on a group; the importer cannot tell which criteria it concerns"));
      }
    }
  }

  static boolean isImpurityStop(String note) {
    String n = note.toLowerCase(Locale.ROOT);
    return n.contains("tạp chất") && (n.contains("không xem xét các chỉ tiêu khác") || n.contains("không đánh giá các bước tiếp theo"));
  }

  private void setCondition(CriterionB c, Condition condition, Row noteRow) {
    if (c.condition != null && c.condition != condition) {
      problems.add(problem(noteRow, code(c), "criterion would carry two conditions, " + c.condition + " and " + condition));
      return;
    }
    c.condition = condition;
  }

  // ------------------------------------------------------------------ checks

  private void check() {
    List<Part> order = parts.stream().map(p -> p.part).toList();
    if (!order.equals(List.of(Part.A, Part.B, Part.C))) {
      problems.add(new CsvImportException(file, 0, set.code(), "the parts must be A, B, C in that order, found " + order));
      return;
    }
    for (PartB p : parts) {
      if (p.max != maxima.get(p.part)) {
        problems.add(problem(p.row, "part " + p.part, "part " + p.part + " has " + p.max + " points but "
            + set.instrument() + " sets " + maxima.get(p.part)));
      }
      int sum = p.groups.stream().mapToInt(g -> g.max).sum();
      if (sum != p.max) {
        problems.add(problem(p.row, "part " + p.part, "part " + p.part + " has " + p.max + " points but its groups sum to " + sum
            + " (" + p.groups.stream().map(g -> g.number + ": " + g.max).collect(Collectors.joining(", ")) + ")"));
      }
      for (GroupB g : p.groups) {
        if (g.criteria.isEmpty()) {
          problems.add(problem(g.row, code(g), "group has no criteria"));
          continue;
        }
        if (g.selection == Selection.ALL) {
          int gs = g.criteria.stream().mapToInt(c -> c.max).sum();
          if (gs != g.max) {
            problems.add(problem(g.row, code(g), "group " + g.number + " has " + g.max + " points but its criteria sum to " + gs
                + " (" + g.criteria.stream().map(c -> c.label + ": " + c.max).collect(Collectors.joining(", ")) + ")"));
          }
        } else {
          for (CriterionB c : g.criteria) {
            if (c.max != g.max) {
              problems.add(problem(c.row, code(c), "case " + c.label + " has " + c.max + " points but its one-case group " + g.number + " has " + g.max));
            }
          }
        }
        for (CriterionB c : g.criteria) {
          if (c.options.isEmpty()) {
            problems.add(problem(c.row, code(c), "criterion " + c.label + " has no options"));
            continue;
          }
          int best = c.options.stream().mapToInt(o -> o.points).max().orElse(0);
          if (best != c.max) {
            // an option above the maximum is the row at fault; a maximum no option reaches is the criterion's
            Row at = best > c.max ? c.options.stream().filter(o -> o.points == best).findFirst().get().row : c.row;
            problems.add(problem(at, code(c), "criterion " + c.label + " has " + c.max + " points but its best option scores " + best
                + " (options " + c.options.stream().map(o -> String.valueOf(o.points)).collect(Collectors.joining("/")) + ")"));
          }
          for (OptionB o : c.options) {
            if (o.gate != null && o.points == 0) {
              problems.add(problem(o.row, code(c), "a gate on an option scoring 0"));
            }
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ build

  private Scorecard build() {
    try {
      Scorecard.Builder card = Scorecard.builder().productSet(set);
      for (PartB p : parts) {
        ScorecardPart.Builder pb = ScorecardPart.builder().part(p.part).title(p.title).maxPoints(p.max);
        for (GroupB g : p.groups) {
          CriterionGroup.Builder gb = CriterionGroup.builder().code(code(g)).number(g.number).title(g.title)
              .maxPoints(g.max).selection(g.selection).addAllNotes(g.notes);
          for (CriterionB c : g.criteria) {
            Criterion.Builder cb = Criterion.builder().code(code(c)).label(c.label).title(c.title).part(p.part)
                .maxPoints(c.max).addAllNotes(c.notes).condition(Optional.ofNullable(c.condition))
                .heading(Optional.ofNullable(c.heading)).gate(Optional.ofNullable(c.gate));
            int n = 1;
            for (OptionB o : c.options) {
              cb.addOptions(Option.builder().code(code(c) + "/" + n).number(n).text(o.text).points(o.points)
                  .gate(Optional.ofNullable(o.gate)).addAllNotes(o.notes).build());
              n++;
            }
            gb.addCriteria(cb.build());
          }
          pb.addGroups(gb.build());
        }
        card.addParts(pb.build());
      }
      int x = 1;
      for (DisqB d : disqualifications) {
        card.addDisqualifications(Disqualification.builder().code(set.code() + "/X" + x++).text(d.text)
            .criterion(Optional.ofNullable(d.criterion).map(this::code)).build());
      }
      return card.build();
    } catch (CatalogueException e) {
      problems.add(new CsvImportException(file, 0, e.entry().orElse(null), e.getMessage()));
      return null;
    }
  }

  /** The option rows the corrections added, for the comment block of the generated file. */
  List<String> addedOptions() {
    List<String> out = new ArrayList<>();
    for (PartB p : parts) {
      for (GroupB g : p.groups) {
        for (CriterionB c : g.criteria) {
          for (OptionB o : c.options) {
            if (o.added != null) {
              out.add(code(c));
            }
          }
        }
      }
    }
    return out;
  }

  private String code(Part part, int group) {
    return set.code() + "/" + part + group;
  }

  private String code(GroupB g) {
    return code(g.part, g.number);
  }

  private String code(CriterionB c) {
    return set.code() + "/" + c.label;
  }

  private PartB lastPartOrNull() {
    return parts.isEmpty() ? null : parts.get(parts.size() - 1);
  }

  private PartB lastPart(Row row) {
    if (parts.isEmpty()) {
      throw problem(row, null, "a row before the first part");
    }
    return parts.get(parts.size() - 1);
  }

  private GroupB lastGroup(Row row) {
    PartB p = lastPart(row);
    if (p.groups.isEmpty()) {
      throw problem(row, null, "a criterion, option or note row before the first group of part " + p.part);
    }
    return p.groups.get(p.groups.size() - 1);
  }

  private CsvImportException problem(Row row, String entry, String message) {
    return new CsvImportException(file, row.number(), entry, message);
  }

  private void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    CsvImportException first = problems.get(0);
    if (problems.size() == 1) {
      throw first;
    }
    String rest = problems.subList(1, problems.size()).stream().map(e -> "  " + e.getMessage())
        .collect(Collectors.joining("\n"));
    String afterWhere = first.getMessage().substring(first.where().map(w -> w.length() + 2).orElse(0));
    String firstProblem = first.entry().map(en -> afterWhere.substring(en.length() + 2)).orElse(afterWhere);
    throw new CsvImportException(file, first.row(), first.entry().orElse(null),
        firstProblem + "\n(" + (problems.size() - 1) + " more:)\n" + rest);
  }

  // ------------------------------------------------------------------ drafts

  private static final class PartB {
    final Part part;
    final int max;
    final String title;
    final Row row;
    final List<GroupB> groups = new ArrayList<>();

    PartB(Part part, int max, String title, Row row) {
      this.part = part;
      this.max = max;
      this.title = title;
      this.row = row;
    }
  }

  private static final class GroupB {
    final int number;
    final int max;
    final String title;
    final Row row;
    final Part part;
    final List<String> notes = new ArrayList<>();
    final List<CriterionB> criteria = new ArrayList<>();
    final List<CriterionB> headings = new ArrayList<>();
    Selection selection = Selection.ALL;
    String[] pendingCase;
    Row pendingCaseRow;
    boolean finished;

    GroupB(int number, int max, String title, Row row, Part part) {
      this.number = number;
      this.max = max;
      this.title = title;
      this.row = row;
      this.part = part;
    }
  }

  private static final class CriterionB {
    final String label;
    int max;
    final String title;
    final Row row;
    final List<String> notes = new ArrayList<>();
    final List<OptionB> options = new ArrayList<>();
    final List<CriterionB> subcriteria = new ArrayList<>();
    String heading;
    CriterionB asHeading;
    StarRating gate;
    Condition condition;
    boolean isCase;
    boolean ofGroup;

    CriterionB(String label, int max, String title, Row row) {
      this.label = label;
      this.max = max;
      this.title = title;
      this.row = row;
    }
  }

  private static final class OptionB {
    final int points;
    final String text;
    final Row row;
    final List<String> notes = new ArrayList<>();
    StarRating gate;
    Corrections26.Directive added;

    OptionB(int points, String text, Row row) {
      this.points = points;
      this.text = text;
      this.row = row;
    }
  }

  private record DisqB(String text, CriterionB criterion) {}
}
