package vn.ocop.cli.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one Jackson configuration of the CLI's files: strict on input (unknown keys, duplicate keys,
 * trailing content, nulls for numbers and floats read as {@code double} are errors), stable on output
 * (declared key order, dates as {@code yyyy-MM-dd}, decimals written plainly).
 */
public final class Json {
  private Json() {}

  /** The shared mapper; thread-safe once configured. */
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /**
   * Reads a file as UTF-8 text.
   *
   * @throws InputException if the file is missing, unreadable or not UTF-8
   */
  public static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, 0, null, "no such file");
    } catch (MalformedInputException e) {
      throw new InputException(file, 0, 0, null, "the file is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw new InputException(file, 0, 0, null, "is a directory, not a file");
      }
      throw new InputException(file, 0, 0, null, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Parses {@code text} as a {@code type}.
   *
   * @throws InputException naming the line, column and JSON path of the first problem
   */
  public static <T> T parse(Path file, String text, Class<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw problem(file, e);
    }
  }

  /** An input exception from a Jackson error: its location, path and a plain-words message. */
  static InputException problem(Path file, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null ? 0 : loc.getColumnNr();
    String path = null;
    String message;
    if (e instanceof com.fasterxml.jackson.core.JsonParseException
        || e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException) {
      if (e instanceof JsonMappingException m) {
        path = JsonPath.of(m.getPath()).toString();
      }
      message = "malformed JSON: " + firstLine(e.getOriginalMessage());
    } else if (e instanceof JsonMappingException m) {
      path = JsonPath.of(m.getPath()).toString();
      if (m instanceof UnrecognizedPropertyException u) {
        message = "unknown key '" + u.getPropertyName() + "'; the keys allowed here are "
            + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        // the path of an unknown key ends with the key itself
      } else if (m instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
        message = "'" + f.getValue() + "' is not one of " + Arrays.stream(f.getTargetType().getEnumConstants())
            .map(String::valueOf).collect(Collectors.joining(", "));
      } else if (m instanceof InvalidFormatException f && f.getTargetType() == java.time.LocalDate.class) {
        message = "'" + f.getValue() + "' is not a date; write it as yyyy-MM-dd, e.g. 2024-06-05";
      } else if (m instanceof MismatchedInputException mi && m.getOriginalMessage().startsWith("Missing required creator property")) {
        String key = m.getOriginalMessage().replaceAll("(?s).*'([^']*)'.*", "$1");
        message = "the required key '" + key + "' is missing";
        if (path.endsWith("." + key)) {
          path = path.substring(0, path.length() - key.length() - 1);
        }
      } else {
        message = firstLine(m.getOriginalMessage());
      }
    } else {
      message = "malformed JSON: " + firstLine(e.getOriginalMessage());
    }
    return new InputException(file, line, column, path, message, e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    String line = s.lines().findFirst().orElse(s);
    // Jackson appends the Java type in parentheses; the reader does not need it
    return line.replaceAll(" \\(for [^)]*\\)", "").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "value");
  }

  /** Where {@code path} is in {@code text}: an input exception at that line and column. */
  static InputException at(Path file, String text, JsonPath path, String problem) {
    return MAPPER.getFactory() == null ? new InputException(file, 0, 0, path.toString(), problem)
        : path.locate(MAPPER.getFactory(), text)
            .map(l -> new InputException(file, l.getLineNr(), l.getColumnNr(), path.toString(), problem))
            .orElseGet(() -> new InputException(file, 0, 0, path.toString(), problem));
  }
}
