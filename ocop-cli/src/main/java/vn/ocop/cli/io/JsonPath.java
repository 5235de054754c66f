package vn.ocop.cli.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
public final class JsonPath {
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
   * exists; empty if the text is not JSON.
   */
  Optional<JsonLocation> locate(JsonFactory factory, String text) {
    try (JsonParser p = factory.createParser(text)) {
      if (p.nextToken() == null) {
        return Optional.empty();
      }
      JsonLocation found = p.currentTokenLocation();
      for (Object seg : segments) {
        if (seg instanceof String key) {
          if (p.currentToken() != JsonToken.START_OBJECT) {
            return Optional.of(found);
          }
          boolean hit = false;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals(key)) {
              hit = true;
              break;
            }
            p.skipChildren();
          }
          if (!hit) {
            return Optional.of(found);
          }
        } else {
          int index = (Integer) seg;
          if (p.currentToken() != JsonToken.START_ARRAY) {
            return Optional.of(found);
          }
          for (int i = 0; i < index; i++) {
            if (p.nextToken() == JsonToken.END_ARRAY) {
              return Optional.of(found);
            }
            p.skipChildren();
          }
          if (p.nextToken() == JsonToken.END_ARRAY) {
            return Optional.of(found);
          }
        }
        found = p.currentTokenLocation();
      }
      return Optional.of(found);
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
