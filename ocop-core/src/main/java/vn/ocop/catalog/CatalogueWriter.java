package vn.ocop.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ocop.NullArgumentException;

/**
 * Writes a {@link Scorecard} in the library's catalogue format (see {@code
 * docs/catalogue-format.md}), the inverse of {@link CatalogueReader}: reading what this writes gives
 * an equal scorecard. Output is canonical (fixed record and key order, {@code \n} line ends, NFC
 * text), so the same scorecard always gives the same bytes and a change shows as a small diff.
 * Used by the importer of Decision 148/QĐ-TTg, Appendix III. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CatalogueWriter {
  private CatalogueWriter() {}

  /**
   * Writes the scorecard file of one product set: a {@code scorecard} record and the sheet's own
   * disqualifications, then parts, groups, criteria, options, gates and notes in table order, each
   * criterion followed by the disqualifications that stand under it.
   *
   * @param scorecard the scorecard; not null
   * @param out where to write; not null
   * @throws IllegalArgumentException if a text holds a tab or a line break, which the format cannot hold
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Scorecard scorecard, Appendable out) {
    NullArgumentException.check(scorecard, "scorecard");
    NullArgumentException.check(out, "out");
    try {
      line(out, CatalogueFormat.SCORECARD, "set", scorecard.productSet().code());
      for (Disqualification d : scorecard.disqualifications()) {
        if (d.criterion().isEmpty()) {
          disqualification(out, d);
        }
      }
      for (ScorecardPart part : scorecard.parts()) {
        line(out, CatalogueFormat.PART, "part", part.part().name(), "max", part.maxPoints(), "title", part.title());
        for (CriterionGroup g : part.groups()) {
          line(out, CatalogueFormat.GROUP, "code", g.code(), "max", g.maxPoints(),
              "selection", g.selection() == Selection.ALL ? null : g.selection().name(), "title", g.title());
          notes(out, g.notes());
          for (Criterion c : g.criteria()) {
            line(out, CatalogueFormat.CRITERION, "code", c.code(), "label", c.label(), "max", c.maxPoints(),
                "condition", c.condition().map(Enum::name).orElse(null), "heading", c.heading().orElse(null),
                "title", c.title());
            notes(out, c.notes());
            if (c.gate().isPresent()) {
              line(out, CatalogueFormat.GATE, "stars", c.gate().get().stars(), "criterion", c.code());
            }
            for (Option o : c.options()) {
              line(out, CatalogueFormat.OPTION, "code", o.code(), "points", o.points(), "text", o.text());
              notes(out, o.notes());
              if (o.gate().isPresent()) {
                line(out, CatalogueFormat.GATE, "stars", o.gate().get().stars(), "option", o.code());
              }
            }
            for (Disqualification d : scorecard.disqualifications()) {
              if (d.criterion().isPresent() && d.criterion().get().equals(c.code())) {
                disqualification(out, d);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the scorecard file as a string}
   *
   * @param scorecard the scorecard to write
   */
  public static String toText(Scorecard scorecard) {
    StringBuilder sb = new StringBuilder();
    write(scorecard, sb);
    return sb.toString();
  }

  private static void disqualification(Appendable out, Disqualification d) throws IOException {
    line(out, CatalogueFormat.DISQUALIFICATION, "code", d.code(), "criterion", d.criterion().orElse(null), "text", d.text());
  }

  private static void notes(Appendable out, Iterable<String> notes) throws IOException {
    for (String n : notes) {
      line(out, CatalogueFormat.NOTE, "text", n);
    }
  }

  private static void line(Appendable out, String kind, Object... keyValues) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] != null) {
        fields.put((String) keyValues[i], String.valueOf(keyValues[i + 1]));
      }
    }
    out.append(CatalogueFormat.format(kind, fields)).append('\n');
  }
}
