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
import vn.ocop.catalog.Option;
import vn.ocop.catalog.Part;
import vn.ocop.catalog.ProductSet;
import vn.ocop.catalog.Scorecard;
import vn.ocop.catalog.ScorecardPart;
import vn.ocop.catalog.Selection;
import vn.ocop.law.StarRating;

/**
 * Turns the rows of one Decision 148 CSV into a {@link Scorecard}, applying the corrections for
 * that file and checking every sum against the rows, so a problem is reported with its file and
 * CSV row. The reading rules (documented in {@code docs/catalogue-format.md}):
 *
 * <ul>
 *   <li>level 0 = part ("Phần A…"), 1 = group ("1. …"), 2 = criterion ("a) …"), 3 = option ("□ …");
 *   <li>the first line of a cell is the title, further lines and the description are notes, verbatim;
 *   <li>options directly under a group make the group its own single criterion {@code a};
 *   <li>a criterion row without a title takes its group's title;
 *   <li>trailing {@code ***}, {@code ****}, {@code *****} marks are the gate and must agree with the
 *       stars column;
 *   <li>notes map to conditions: "Chỉ áp dụng khi có câu chuyện" → HAS_STORY on the criterion;
 *       "Không đánh giá những sản phẩm có tính phổ biến" → DISTINCTIVE_PRODUCT on the criterion; an
 *       impurity stop on a criterion → NO_UNACCEPTABLE_IMPURITIES on the other criteria of its
 *       group; the food-safety stop → VALID_FOOD_SAFETY_CERTIFICATE on every criterion of the group
 *       the note is written on (or whose criterion carries it).
 * </ul>
 */
final class ScorecardImporter {

  private static final Pattern PART = Pattern.compile("Phần\\s+([ABC])\\b[.:]?\\s*(.*)", Pattern.DOTALL);
  private static final Pattern GROUP = Pattern.compile("(\\d+)\\.\\s*(.*)");
  private static final Pattern LABEL = Pattern.compile("([a-zđ])\\s*[).]\\s*(.*)");
  /** Star marks at the end of a title, optionally followed by a full stop the table put after them. */
  private static final Pattern MARKS = Pattern.compile("\\s*(\\*{3,5})\\s*(\\.?)$");
  private static final Pattern NUMBER = Pattern.compile("0|[1-9][0-9]*");

  /** The order of criterion letters in the tables (the Vietnamese alphabet, which has no f, j, w, z). */
  static final List<String> LETTERS = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n");

  static final String STORY = "Chỉ áp dụng khi có câu chuyện";
  static final String COMMON = "Không đánh giá những sản phẩm có tính phổ biến";
  static final String ONE_CASE_NOTE = "Lựa chọn một trong hai trường hợp";

  private final String file;
  private final ProductSet set;
  private final Map<Part, Integer> maxima;
  private final Corrections corrections;
  private final List<CsvImportException> problems = new ArrayList<>();

  private final List<PartB> parts = new ArrayList<>();
  private HeadingB heading;

  ScorecardImporter(String file, ProductSet set, Map<Part, Integer> maxima, Corrections corrections) {
    this.file = file;
    this.set = set;
    this.maxima = new EnumMap<>(maxima);
    this.corrections = corrections;
  }

  /** Imports the rows; throws one exception listing every row that cannot be reconciled. */
  Scorecard importRows(List<CsvRow> rawRows) {
    for (CsvRow raw : rawRows) {
      CsvRow row = applyScoreCorrection(raw);
      try {
        add(row);
      } catch (CsvImportException e) {
        problems.add(e);
      }
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

  private CsvImportException problem(CsvRow row, String entry, String message) {
    return new CsvImportException(file, row.row(), entry, message + " (line " + row.line() + ")");
  }

  private CsvRow applyScoreCorrection(CsvRow row) {
    Corrections.Directive d = corrections.find(Corrections.Kind.SCORE, file, row.row());
    if (d == null) {
      return row;
    }
    if (!d.get("from").equals(row.score())) {
      problems.add(problem(row, null, "the correction on line " + d.line() + " of the corrections file expects score '"
          + d.get("from") + "' but the row has '" + row.score() + "'"));
      return row;
    }
    return row.withScore(d.get("to"));
  }

  private int score(CsvRow row, String entry) {
    if (!NUMBER.matcher(row.score()).matches()) {
      throw problem(row, entry, "score '" + row.score() + "' is not a number of points; add a score correction"
          + " if the table's value can be established");
    }
    return Integer.parseInt(row.score());
  }

  private String code(String key) {
    return set.code() + "/" + key;
  }

  // ------------------------------------------------------------------ rows

  private void add(CsvRow row) {
    List<String> lines = row.title().lines().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    String first = lines.isEmpty() ? "" : lines.get(0);
    List<String> notes = new ArrayList<>(lines.subList(Math.min(1, lines.size()), lines.size()));
    if (!row.description().isBlank()) {
      row.description().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(notes::add);
    }
    switch (row.level()) {
      case "0" -> addPart(row, String.join(" ", lines), notes);
      case "1" -> addGroup(row, first, notes);
      case "2" -> addCriterion(row, first, notes);
      case "3" -> addOption(row, first, notes);
      default -> throw problem(row, null, "level '" + row.level() + "' is not 0 (part), 1 (group), 2 (criterion) or 3 (option)");
    }
  }

  private void addPart(CsvRow row, String title, List<String> notes) {
    finishGroup();
    Matcher m = PART.matcher(title);
    if (!m.matches()) {
      throw problem(row, null, "a level-0 row starts with 'Phần A', 'Phần B' or 'Phần C'");
    }
    noStars(row, null);
    if (!row.description().isBlank()) {
      throw problem(row, null, "a part row carries no description");
    }
    Part p = Part.valueOf(m.group(1));
    parts.add(new PartB(p, score(row, "part " + p), m.group(2).strip(), row));
  }

  private void addGroup(CsvRow row, String first, List<String> notes) {
    finishGroup();
    PartB part = lastPart(row);
    Matcher m = GROUP.matcher(first);
    if (!m.matches()) {
      throw problem(row, null, "a level-1 row starts with its group number, e.g. '1. TỔ CHỨC SẢN XUẤT'");
    }
    String key = part.part.name() + m.group(1);
    noStars(row, code(key));
    GroupB g = new GroupB(code(key), Integer.parseInt(m.group(1)), m.group(2).strip(), score(row, code(key)), notes, row);
    Corrections.Directive oneCase = corrections.find(Corrections.Kind.ONE_CASE, file, row.row());
    if (oneCase != null) {
      if (notes.stream().noneMatch(n -> n.contains(ONE_CASE_NOTE))) {
        throw problem(row, g.code, "the one-case correction on line " + oneCase.line()
            + " needs the group's note '" + ONE_CASE_NOTE + "…'");
      }
      g.selection = Selection.ONE_CASE;
    } else if (notes.stream().anyMatch(n -> n.contains(ONE_CASE_NOTE))) {
      throw problem(row, g.code, "the group says '" + ONE_CASE_NOTE + "' but the corrections file does not make it a one-case group");
    }
    part.groups.add(g);
  }

  private void addCriterion(CsvRow row, String first, List<String> notes) {
    GroupB g = lastGroup(row);
    if (g.implicit) {
      throw problem(row, g.code, "a criterion row after options written directly under the group");
    }
    if (first.startsWith("-")) {
      if (heading == null || heading.group != g) {
        throw problem(row, null, "a '- name' sub-criterion row without a heading above it; add a heading correction for the"
            + " lettered row it belongs to");
      }
      String title = first.substring(1).strip();
      heading.count++;
      String label = heading.label + heading.count;
      CriterionB c = criterion(g, row, label, title, notes);
      c.heading = heading.title;
      heading.subs.add(c);
      return;
    }
    Matcher m = LABEL.matcher(first);
    if (!m.matches()) {
      throw problem(row, null, "a level-2 row starts with its letter, e.g. 'a) Nguồn gốc sản phẩm', or with '- ' for a sub-criterion");
    }
    String title = m.group(2).strip();
    Corrections.Directive relabel = corrections.find(Corrections.Kind.LABEL, file, row.row());
    if (relabel != null && !relabel.get("from").equals(m.group(1))) {
      throw problem(row, null, "the label correction on line " + relabel.line() + " expects letter '" + relabel.get("from")
          + ")' but the row has '" + m.group(1) + ")'");
    }
    String letter = relabel != null ? relabel.get("to") : m.group(1);
    Corrections.Directive h = corrections.find(Corrections.Kind.HEADING, file, row.row());
    if (h != null) {
      noStars(row, null);
      if (!notes.isEmpty()) {
        throw problem(row, null, "a heading row with notes: the importer has nowhere to keep them");
      }
      heading = new HeadingB(g, letter, title, score(row, g.code + letter), row);
      g.headings.add(heading);
      return;
    }
    heading = null;
    Corrections.Directive sub = corrections.find(Corrections.Kind.SUBCRITERION, file, row.row());
    String label = letter;
    String headingTitle = null;
    if (sub != null) {
      String prefix = sub.get("heading") + " - ";
      if (!title.startsWith(prefix)) {
        throw problem(row, null, "the subcriterion correction on line " + sub.line() + " expects the title to start with '"
            + prefix + "'");
      }
      title = title.substring(prefix.length()).strip();
      headingTitle = sub.get("heading");
      int n = 1 + (int) g.criteria.stream().filter(c -> c.label.startsWith(letter) && c.heading != null).count();
      label = letter + n;
    }
    CriterionB c = criterion(g, row, label, title, notes);
    c.heading = headingTitle;
  }

  private CriterionB criterion(GroupB g, CsvRow row, String label, String title, List<String> notes) {
    String code = g.code + label.replace("đ", "dd");
    Matcher marks = MARKS.matcher(title);
    StarRating gate = null;
    if (marks.find()) {
      gate = StarRating.of(marks.group(1).length());
      title = title.substring(0, marks.start()) + marks.group(2);
    }
    checkStars(row, code, gate);
    if (title.isEmpty()) {
      title = g.title;
    }
    CriterionB c = new CriterionB(code, label, title, score(row, code), notes, gate, row);
    for (CriterionB other : g.criteria) {
      if (other.code.equals(code)) {
        throw problem(row, code, "a second criterion " + label + ") in group " + g.code + " (first on row " + other.row.row()
            + "); if these are sub-criteria, add subcriterion corrections");
      }
    }
    g.criteria.add(c);
    return c;
  }

  private void addOption(CsvRow row, String first, List<String> notes) {
    GroupB g = lastGroup(row);
    if (g.criteria.isEmpty()) {
      if (!g.headings.isEmpty()) {
        throw problem(row, g.code, "an option under a heading row with no sub-criterion");
      }
      // the group is its own single criterion (options written directly under a level-1 row)
      CriterionB c = new CriterionB(g.code + "a", "a", g.title, g.max, List.of(), null, row);
      g.criteria.add(c);
      g.implicit = true;
    } else if (heading != null && heading.group == g && heading.subs.isEmpty()) {
      throw problem(row, g.code, "an option under a heading row with no sub-criterion");
    }
    CriterionB c = g.criteria.get(g.criteria.size() - 1);
    if (!first.startsWith("□")) {
      throw problem(row, c.code + "/" + (c.options.size() + 1), "an option row starts with '□'");
    }
    String text = first.substring(1).strip();
    String code = c.code + "/" + (c.options.size() + 1);
    Matcher marks = MARKS.matcher(text);
    StarRating gate = null;
    if (marks.find()) {
      gate = StarRating.of(marks.group(1).length());
      text = text.substring(0, marks.start()) + marks.group(2);
    }
    if (text.contains("*")) {
      throw problem(row, code, "a star mark inside the option text");
    }
    checkStars(row, code, gate);
    int points = score(row, code);
    if (gate != null && points == 0) {
      throw problem(row, code, "a " + gate.symbol() + " gate on an option scoring 0 points");
    }
    c.options.add(new OptionB(code, text, points, gate, notes, row));
  }

  private void checkStars(CsvRow row, String code, StarRating marks) {
    String col = row.stars();
    String expected = marks == null ? "" : String.valueOf(marks.stars());
    if (!col.equals(expected)) {
      throw problem(row, code, "the stars column says '" + col + "' but the title's star marks say '" + expected + "'");
    }
  }

  private void noStars(CsvRow row, String code) {
    if (!row.stars().isEmpty() || MARKS.matcher(row.title().lines().findFirst().orElse("")).find()) {
      throw problem(row, code, "star marks on a part or group row: gates belong to criteria and options");
    }
  }

  private PartB lastPart(CsvRow row) {
    if (parts.isEmpty()) {
      throw problem(row, null, "a row before the first part ('Phần A')");
    }
    return parts.get(parts.size() - 1);
  }

  private GroupB lastGroup(CsvRow row) {
    PartB p = lastPart(row);
    if (p.groups.isEmpty()) {
      throw problem(row, null, "a criterion or option row before the first group of part " + p.part);
    }
    return p.groups.get(p.groups.size() - 1);
  }

  /** Applies the conditions of the group's notes once the group is complete. */
  private void finishGroup() {
    heading = null;
    if (parts.isEmpty() || parts.get(parts.size() - 1).groups.isEmpty()) {
      return;
    }
    GroupB g = parts.get(parts.size() - 1).groups.get(parts.get(parts.size() - 1).groups.size() - 1);
    if (g.finished) {
      return;
    }
    g.finished = true;
    List<CriterionB> all = g.criteria;
    for (CriterionB c : all) {
      Corrections.Directive add = corrections.find(Corrections.Kind.ADD_OPTION, file, c.row.row());
      if (add != null) {
        String code = c.code + "/" + (c.options.size() + 1);
        if (c.options.stream().anyMatch(o -> o.text.equals(add.get("text")))) {
          problems.add(problem(c.row, code, "the add-option correction on line " + add.line() + " adds an option the table already has"));
        } else {
          c.options.add(new OptionB(code, add.get("text"), Integer.parseInt(add.get("points")), null, List.of(), c.row));
        }
      }
    }
    for (String n : g.notes) {
      if (isFoodSafetyStop(n)) {
        all.forEach(c -> setCondition(c, Condition.VALID_FOOD_SAFETY_CERTIFICATE, g.row));
      } else if (n.contains(STORY) || n.contains(COMMON) || isImpurityStop(n)) {
        problems.add(problem(g.row, g.code, "a criterion note written on a group; the importer cannot tell which criteria it concerns"));
      }
    }
    for (CriterionB c : all) {
      for (String n : c.notes) {
        if (n.contains(STORY)) {
          setCondition(c, Condition.HAS_STORY, c.row);
        } else if (n.contains(COMMON)) {
          setCondition(c, Condition.DISTINCTIVE_PRODUCT, c.row);
        } else if (isFoodSafetyStop(n)) {
          all.forEach(x -> setCondition(x, Condition.VALID_FOOD_SAFETY_CERTIFICATE, c.row));
        } else if (isImpurityStop(n)) {
          all.stream().filter(x -> x != c).forEach(x -> setCondition(x, Condition.NO_UNACCEPTABLE_IMPURITIES, c.row));
        }
      }
    }
  }

  static boolean isFoodSafetyStop(String note) {
    String n = note.toLowerCase(Locale.ROOT);
    return n.contains("không đánh giá các bước tiếp theo") && n.contains("đủ điều kiện attp");
  }

  static boolean isImpurityStop(String note) {
    String n = note.toLowerCase(Locale.ROOT);
    return n.contains("tạp chất") && (n.contains("không xem xét các chỉ tiêu khác") || n.contains("không đánh giá các bước tiếp theo"));
  }

  private void setCondition(CriterionB c, Condition condition, CsvRow noteRow) {
    if (c.condition != null && c.condition != condition) {
      problems.add(problem(noteRow, c.code, "criterion would carry two conditions, " + c.condition + " and " + condition));
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
    int expectedNumber = 1;
    for (PartB p : parts) {
      int max = maxima.get(p.part);
      if (p.max != max) {
        problems.add(problem(p.row, set.code() + " part " + p.part, "part " + p.part + " has maximum " + p.max
            + " but Decision 148 sets " + max));
      }
      int sum = p.groups.stream().mapToInt(g -> g.max).sum();
      if (sum != p.max) {
        problems.add(problem(p.row, set.code() + " part " + p.part, "part " + p.part + " has maximum " + p.max
            + " but its groups sum to " + sum));
      }
      for (GroupB g : p.groups) {
        if (g.number != expectedNumber) {
          problems.add(problem(g.row, g.code, "group number " + g.number + " where " + expectedNumber + " was expected"));
        }
        expectedNumber = g.number + 1;
        checkGroup(g);
      }
    }
  }

  private void checkGroup(GroupB g) {
    if (g.criteria.isEmpty()) {
      problems.add(problem(g.row, g.code, "group has no criteria"));
      return;
    }
    if (g.selection == Selection.ALL) {
      int sum = g.criteria.stream().mapToInt(c -> c.max).sum();
      if (sum != g.max) {
        problems.add(problem(g.row, g.code, "group maximum is " + g.max + " but its criteria sum to " + sum + " ("
            + g.criteria.stream().map(c -> c.label + "=" + c.max).collect(Collectors.joining(", ")) + ")"));
      }
    } else {
      if (g.criteria.size() < 2) {
        problems.add(problem(g.row, g.code, "a one-case group needs at least two cases"));
      }
      for (CriterionB c : g.criteria) {
        if (c.max != g.max) {
          problems.add(problem(c.row, c.code, "each case of one-case group " + g.code + " must score the group maximum " + g.max
              + ", not " + c.max));
        }
      }
    }
    List<String> letters = new ArrayList<>();
    for (CriterionB c : g.criteria) {
      String letter = c.label.replaceAll("[0-9]+$", "");
      if (letters.isEmpty() || !letters.get(letters.size() - 1).equals(letter)) {
        letters.add(letter);
      }
    }
    if (!g.implicit && !letters.equals(LETTERS.subList(0, Math.min(letters.size(), LETTERS.size())))) {
      problems.add(problem(g.row, g.code, "the criteria of the group are lettered " + letters + ", not in the order "
          + LETTERS.subList(0, Math.min(letters.size(), LETTERS.size())) + "; add a label correction for the row at fault"));
    }
    for (HeadingB h : g.headings) {
      int sum = h.subs.stream().mapToInt(c -> c.max).sum();
      if (h.subs.isEmpty()) {
        problems.add(problem(h.row, g.code + h.label, "a heading without '- name' sub-criteria"));
      } else if (sum != h.max) {
        problems.add(problem(h.row, g.code + h.label, "heading '" + h.title + "' has maximum " + h.max
            + " but its sub-criteria sum to " + sum));
      }
    }
    for (CriterionB c : g.criteria) {
      if (c.options.isEmpty()) {
        problems.add(problem(c.row, c.code, "criterion has no options"));
        continue;
      }
      int best = c.options.stream().mapToInt(o -> o.points).max().orElse(0);
      if (best != c.max) {
        problems.add(problem(c.row, c.code, "criterion maximum is " + c.max + " but its best option scores " + best));
      }
      if (c.gate != null && best == 0) {
        problems.add(problem(c.row, c.code, "criterion is a " + c.gate.symbol() + " gate but no option scores"));
      }
    }
  }

  private Scorecard build() {
    CsvRow at = null;
    try {
      Scorecard.Builder card = Scorecard.builder().productSet(set).source(file);
      for (PartB p : parts) {
        at = p.row;
        ScorecardPart.Builder pb = ScorecardPart.builder().part(p.part).title(p.title).maxPoints(p.max);
        for (GroupB g : p.groups) {
          at = g.row;
          CriterionGroup.Builder gb = CriterionGroup.builder().code(g.code).number(g.number).title(g.title)
              .maxPoints(g.max).selection(g.selection).addAllNotes(g.notes);
          for (CriterionB c : g.criteria) {
            at = c.row;
            Criterion.Builder cb = Criterion.builder().code(c.code).label(c.label).title(c.title).maxPoints(c.max)
                .addAllNotes(c.notes).condition(Optional.ofNullable(c.condition)).gate(Optional.ofNullable(c.gate))
                .heading(Optional.ofNullable(c.heading));
            int n = 1;
            for (OptionB o : c.options) {
              at = o.row;
              cb.addOptions(Option.builder().code(o.code).number(n++).text(o.text).points(o.points)
                  .gate(Optional.ofNullable(o.gate)).addAllNotes(o.notes).build());
            }
            at = c.row;
            gb.addCriteria(cb.build());
          }
          at = g.row;
          pb.addGroups(gb.build());
        }
        at = p.row;
        card.addParts(pb.build());
      }
      return card.build();
    } catch (CatalogueException e) {
      problems.add(at == null ? new CsvImportException(file, 0, set.code(), e.getMessage())
          : problem(at, e.entry().orElse(null), e.getMessage()));
      return null;
    }
  }

  /** Rows of the file that a correction changed, for the header comment of the generated file. */
  List<Corrections.Directive> applied() {
    return corrections.forFile(file);
  }

  // ------------------------------------------------------------------ drafts

  private static final class PartB {
    final Part part;
    final int max;
    final String title;
    final CsvRow row;
    final List<GroupB> groups = new ArrayList<>();

    PartB(Part part, int max, String title, CsvRow row) {
      this.part = part;
      this.max = max;
      this.title = title;
      this.row = row;
    }
  }

  private static final class GroupB {
    final String code;
    final int number;
    final String title;
    final int max;
    final List<String> notes;
    final CsvRow row;
    final List<CriterionB> criteria = new ArrayList<>();
    final List<HeadingB> headings = new ArrayList<>();
    Selection selection = Selection.ALL;
    boolean implicit;
    boolean finished;

    GroupB(String code, int number, String title, int max, List<String> notes, CsvRow row) {
      this.code = code;
      this.number = number;
      this.title = title;
      this.max = max;
      this.notes = notes;
      this.row = row;
    }
  }

  private static final class HeadingB {
    final GroupB group;
    final String label;
    final String title;
    final int max;
    final CsvRow row;
    final List<CriterionB> subs = new ArrayList<>();
    int count;

    HeadingB(GroupB group, String label, String title, int max, CsvRow row) {
      this.group = group;
      this.label = label;
      this.title = title;
      this.max = max;
      this.row = row;
    }
  }

  private static final class CriterionB {
    final String code;
    final String label;
    final String title;
    final int max;
    final List<String> notes;
    final StarRating gate;
    final CsvRow row;
    final List<OptionB> options = new ArrayList<>();
    Condition condition;
    String heading;

    CriterionB(String code, String label, String title, int max, List<String> notes, StarRating gate, CsvRow row) {
      this.code = code;
      this.label = label;
      this.title = title;
      this.max = max;
      this.notes = notes;
      this.gate = gate;
      this.row = row;
    }
  }

  private static final class OptionB {
    final String code;
    final String text;
    final int points;
    final StarRating gate;
    final List<String> notes;
    final CsvRow row;

    OptionB(String code, String text, int points, StarRating gate, List<String> notes, CsvRow row) {
      this.code = code;
      this.text = text;
      this.points = points;
      this.gate = gate;
      this.notes = notes;
      this.row = row;
    }
  }
}
