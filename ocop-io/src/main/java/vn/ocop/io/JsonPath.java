package vn.ocop.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.JsonPointerBasedFilter;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path into a JSON document ({@code $.products[2].sheets[0].choices[5]}), and the means to find
 * where in the text the value it names begins, so that an error found after parsing (an unknown
 * option code, a member not on the council) can still give a line and column. Immutable.
 */
final class JsonPath {
  private final List<Object> segments;

  private JsonPath(List<Object> segments) {
    this.segments = List.copyOf(segments);
  }

  /** The root, {@code $}. */
  public static JsonPath root() {
    return new JsonPath(List.of());
  }

  /** The path of a Jackson error. */
  static JsonPath of(List<JsonMappingException.Reference> refs) {
    List<Object> segs = new ArrayList<>();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        segs.add(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        segs.add(r.getIndex());
      }
    }
    return new JsonPath(segs);
  }

  /** This path followed by a key. */
  public JsonPath key(String key) {
    List<Object> s = new ArrayList<>(segments);
    s.add(key);
    return new JsonPath(s);
  }

  /** This path followed by an array index (0-based). */
  public JsonPath index(int index) {
    List<Object> s = new ArrayList<>(segments);
    s.add(index);
    return new JsonPath(s);
  }

  /**
   * Where the value this path names begins in {@code text}, or the deepest enclosing value that
   * exists; empty if the text is not JSON. Found with Jackson's JSON Pointer filter.
   */
  Optional<JsonLocation> locate(JsonFactory factory, String text) {
    JsonPointer pointer = pointer();
    while (true) {
      Optional<JsonLocation> found = find(factory, text, pointer);
      if (found.isPresent() || pointer.matches()) {
        return found;
      }
      pointer = pointer.head();
    }
  }

  /** This path as a JSON Pointer (RFC 6901): {@code /products/2/sheets/0}. */
  JsonPointer pointer() {
    JsonPointer p = JsonPointer.empty();
    for (Object seg : segments) {
      p = seg instanceof Integer i ? p.appendIndex(i) : p.appendProperty((String) seg);
    }
    return p;
  }

  private static Optional<JsonLocation> find(JsonFactory factory, String text, JsonPointer pointer) {
    try (JsonParser p = new FilteringParserDelegate(factory.createParser(text), new JsonPointerBasedFilter(pointer),
        TokenFilter.Inclusion.ONLY_INCLUDE_ALL, false)) {
      return p.nextToken() == null ? Optional.empty() : Optional.of(p.currentTokenLocation());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("$");
    for (Object seg : segments) {
      if (seg instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        sb.append('.').append(seg);
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonPath p && p.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
