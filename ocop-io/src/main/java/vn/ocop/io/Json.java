package vn.ocop.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one Jackson configuration of the CLI's files: strict on input (unknown keys, duplicate keys,
 * trailing content, {@code null}, fractions where a whole number is due, absurd numbers and dates are
 * errors), stable on output (declared key order, dates as {@code yyyy-MM-dd}, decimals written
 * plainly). Reading is bounded (see {@code docs/formats.md}, "Limits"): a file of at most
 * {@link #MAX_FILE_BYTES} bytes, nesting at most {@link #MAX_DEPTH} deep, text values of at most
 * {@link #MAX_STRING_CHARS} characters, numbers of at most {@link #MAX_NUMBER_CHARS} characters whose
 * value has at most {@link #MAX_INTEGER_DIGITS} digits before the decimal point and
 * {@link #MAX_DECIMALS} after it, dates from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. No value
 * is ever built from a number outside these bounds.
 */
final class Json {
  private Json() {}

  /**
   * The largest input file read, in bytes (128 MiB: a round of 20,000 products with every member's
   * option-level sheet is about 57 MB).
   */
  public static final long MAX_FILE_BYTES = 128L * 1024 * 1024;
  /** The deepest nesting of objects and arrays (a round file needs 5). */
  public static final int MAX_DEPTH = 32;
  /** The longest text value, in characters. */
  public static final int MAX_STRING_CHARS = 100_000;
  /** The longest number as written, in characters. */
  public static final int MAX_NUMBER_CHARS = 30;
  /** Digits a decimal may have before its decimal point. */
  public static final int MAX_INTEGER_DIGITS = 15;
  /** Digits a decimal may have after its decimal point (trailing zeros aside). */
  public static final int MAX_DECIMALS = 6;
  /** The earliest date a file may give. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1990, 1, 1);
  /** The latest date a file may give. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  /** The shared mapper; thread-safe once configured. */
  public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_DEPTH)
              .maxStringLength(MAX_STRING_CHARS)
              .maxNumberLength(MAX_NUMBER_CHARS)
              .maxDocumentLength(MAX_FILE_BYTES)
              .build())
          .build())
      .addModule(new JavaTimeModule())
      .addModule(new SimpleModule("ocop-strict")
          .addDeserializer(BigDecimal.class, new DecimalReader())
          .addDeserializer(LocalDate.class, new DateReader())
          .addDeserializer(String.class, new TextReader()))
      .defaultSetterInfo(JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /**
   * Reads a file as UTF-8 text, without a leading byte-order mark.
   *
   * @throws InputException if the file is missing, not a regular file, unreadable, larger than
   *     {@link #MAX_FILE_BYTES}, or not UTF-8 (naming the line of the first bad byte)
   */
  public static String readText(Path file) {
    return decode(readChecked(file));
  }

  /**
   * Reads a file's bytes and checks that they are UTF-8, as {@link #readText} does, without making
   * the text: a national round's text would be a hundred megabytes of UTF-16 that only an error needs.
   *
   * @throws InputException as {@link #readText} does
   */
  static byte[] readChecked(Path file) {
    byte[] bytes = readBytes(file);
    if (wellFormed(bytes)) {
      return bytes; // one pass over the bytes; the decoder below only to name the first bad one
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // checked through a small buffer, then decoded once: a large round is not held three times over
    CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 64 * 1024));
    CoderResult r;
    do {
      out.clear();
      r = decoder.decode(in, out, true);
    } while (r.isOverflow());
    if (!r.isError()) {
      out.clear();
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int bad = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new InputException(file, line, bad - lineStart + 1, null,
          Message.of("file.not-utf8", String.format("%02X", bytes[bad] & 0xFF)), null);
    }
    return bytes;
  }

  /**
   * Whether {@code b} is well-formed UTF-8 as the JDK's decoder takes it (RFC 3629, the Unicode
   * Standard's table 3-7: no overlong forms, no encoded surrogates, nothing above U+10FFFF, no cut
   * sequence). A national round is 57 MB; this is one pass without decoding.
   */
  static boolean wellFormed(byte[] b) {
    int n = b.length;
    int i = 0;
    while (i < n) {
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c < 0xC2 || c > 0xF4) {
        return false; // a continuation byte, an overlong two-byte lead, or no lead at all
      }
      int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (i + len > n) {
        return false;
      }
      int c1 = b[i + 1] & 0xFF;
      if ((c1 & 0xC0) != 0x80
          || c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F || c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 > 0x8F) {
        return false;
      }
      for (int k = 2; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += len;
    }
    return true;
  }

  /** The length of the byte-order mark {@code bytes} start with: 3 or 0. */
  static int bom(byte[] bytes) {
    // spreadsheet and Windows editors write a byte-order mark (EF BB BF)
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
  }

  /** The text of bytes {@link #readChecked} gave, without a leading byte-order mark. */
  static String decode(byte[] bytes) {
    int bom = bom(bytes);
    return new String(bytes, bom, bytes.length - bom, StandardCharsets.UTF_8);
  }

  /** The bytes of a regular file of at most {@link #MAX_FILE_BYTES}; never reads past that bound. */
  static byte[] readBytes(Path file) {
    try {
      if (!Files.exists(file)) {
        throw new InputException(file, 0, 0, null, Message.of("file.missing"), null);
      }
      if (Files.isDirectory(file)) {
        throw new InputException(file, 0, 0, null, Message.of("file.directory"), null);
      }
      if (!Files.isRegularFile(file)) {
        throw new InputException(file, 0, 0, null, Message.of("file.not-regular"), null);
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw tooLarge(file);
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
          throw tooLarge(file); // grew while being read
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file, 0, 0, null, Message.of("file.missing"), null);
    } catch (AccessDeniedException e) {
      throw new InputException(file, 0, 0, null, Message.of("file.permission-denied"), null);
    } catch (IOException e) {
      throw new InputException(file, 0, 0, null, Message.of("file.unreadable", plain(String.valueOf(e.getMessage()))), e);
    }
  }

  private static InputException tooLarge(Path file) {
    return new InputException(file, 0, 0, null, Message.of("limit.file-size", MAX_FILE_BYTES / (1024 * 1024)), null);
  }

  /**
   * Parses {@code text} as a {@code type}.
   *
   * @throws InputException naming the line, column and JSON path of the first problem
   */
  public static <T> T parse(Path file, String text, Class<T> type) {
    T value;
    try {
      value = MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw problem(file, e);
    }
    requiredPresent(file, () -> text, value, JsonPath.root());
    return value;
  }

  /**
   * Parses the bytes {@link #readChecked} gave as a {@code type}, as {@link #parse(Path, String, Class)}
   * parses their text: Jackson reads the bytes (a national round's 57 MB are not turned into a
   * hundred megabytes of text first), and only a problem makes the text, to be parsed again from it
   * so that the error names the same line, column (in characters) and path as before.
   *
   * @param text the file's text, made only for an error; {@link #decode} of {@code bytes}
   * @throws InputException naming the line, column and JSON path of the first problem
   */
  static <T> T parse(Path file, byte[] bytes, java.util.function.Supplier<String> text, Class<T> type) {
    T value;
    try {
      int bom = bom(bytes);
      value = MAPPER.readValue(bytes, bom, bytes.length - bom, type);
    } catch (JsonProcessingException fromBytes) {
      parse(file, text.get(), type); // throws the error the text gives
      throw problem(file, fromBytes); // not reached unless the two parsers disagree
    } catch (IOException e) {
      throw new IllegalStateException(e); // no I/O from an array
    }
    requiredPresent(file, text, value, JsonPath.root());
    return value;
  }

  /**
   * Checks that no required key of a document ({@code @JsonProperty(required = true)}) is written
   * {@code null}: Jackson checks only that the key is there. An optional key written {@code null} is
   * taken as left out.
   */
  private static void requiredPresent(Path file, java.util.function.Supplier<String> text, Object value, JsonPath path) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object e = list.get(i);
        if (nested(e)) {
          requiredPresent(file, text, e, path.index(i));
        }
      }
      return;
    }
    if (value == null || !value.getClass().isRecord()) {
      return;
    }
    for (Component c : COMPONENTS.get(value.getClass())) {
      Object v;
      try {
        v = c.accessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      if (v == null && c.required()) {
        throw at(file, text.get(), path.key(c.key()), Message.of("json.required-null", c.key()));
      }
      if (c.mayNest() && nested(v)) {
        requiredPresent(file, text, v, path.key(c.key()));
      }
    }
  }

  private static boolean nested(Object v) {
    return v instanceof List<?> || v != null && v.getClass().isRecord();
  }

  /**
   * A record component as {@link #requiredPresent} reads it: accessor, key, whether it is required,
   * whether its values may hold keys (not a text, a number, a date or a list of them: no walk over each
   * of a round's 4.3 million choices).
   */
  private record Component(java.lang.reflect.Method accessor, String key, boolean required, boolean mayNest) {}

  /** Whether a value of {@code type} may hold a record (and so a required key). */
  private static boolean mayNest(java.lang.reflect.Type type) {
    if (type instanceof Class<?> c) {
      return !(c.isPrimitive() || c == String.class || Number.class.isAssignableFrom(c) || c == Boolean.class
          || c == LocalDate.class || c.isEnum());
    }
    if (type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == List.class) {
      return mayNest(p.getActualTypeArguments()[0]);
    }
    return true;
  }

  /** The components of each record class, looked up once per class rather than once per value. */
  private static final ClassValue<Component[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected Component[] computeValue(Class<?> type) {
      RecordComponent[] cs = type.getRecordComponents();
      Component[] out = new Component[cs.length];
      for (int i = 0; i < cs.length; i++) {
        RecordComponent c = cs[i];
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        if (p == null) {
          try {
            p = type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
          } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
          }
        }
        String key = p != null && !p.value().isEmpty() ? p.value() : c.getName();
        java.lang.reflect.Method accessor = c.getAccessor();
        accessor.trySetAccessible();
        out[i] = new Component(accessor, key, p != null && p.required(), mayNest(c.getGenericType()));
      }
      return out;
    }
  };

  /** An input exception from a Jackson error: its location, path and a plain-words message. */
  static InputException problem(Path file, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 0 : loc.getLineNr();
    int column = loc == null ? 0 : loc.getColumnNr();
    String path = e instanceof JsonMappingException m ? JsonPath.of(m.getPath()).toString() : null;
    Message message = message(e);
    if (e instanceof MismatchedInputException mi && String.valueOf(mi.getOriginalMessage()).startsWith("Missing required creator property")) {
      String key = mi.getOriginalMessage().replaceAll("(?s)[^']*'([^']*)'.*", "$1");
      if (path.endsWith("." + key)) {
        path = path.substring(0, path.length() - key.length() - 1);
      }
    }
    return new InputException(file, line, column, path, message, e);
  }

  private static Message message(JsonProcessingException e) {
    Throwable root = e;
    while (root.getCause() instanceof JsonProcessingException c && root.getCause() != root) {
      root = c;
    }
    if (e instanceof Problem || root instanceof Problem) {
      return ((Problem) (e instanceof Problem ? e : root)).message;
    }
    if (root instanceof StreamConstraintsException) {
      String m = String.valueOf(((JsonProcessingException) root).getOriginalMessage());
      if (m.contains("nesting depth")) {
        return Message.of("limit.depth", MAX_DEPTH);
      }
      if (m.contains("String value length")) {
        return Message.of("limit.string", MAX_STRING_CHARS);
      }
      if (m.contains("Number value length")) {
        return Message.of("limit.number", MAX_NUMBER_CHARS);
      }
      if (m.contains("Document length")) {
        return Message.of("limit.file-size", MAX_FILE_BYTES / (1024 * 1024));
      }
      return Message.of("limit.other");
    }
    if (root instanceof InputCoercionException c) {
      Matcher v = Pattern.compile("value \\(([^)]{0,40})").matcher(String.valueOf(c.getOriginalMessage()));
      return v.find() ? Message.of("json.int-too-large", v.group(1)) : Message.of("json.int-too-large-unnamed");
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return Message.of("json.unknown-key", u.getPropertyName(),
          u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
    }
    if (e instanceof InvalidNullException) {
      return Message.of("json.null");
    }
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      Class<?> t = f.getTargetType();
      if (t.isEnum()) {
        return Message.of("json.not-one-of", f.getValue(), Arrays.stream(t.getEnumConstants())
            .map(String::valueOf).collect(Collectors.joining(", ")));
      }
      return Message.of("json.is-not", quote(f.getValue()), expected(t));
    }
    if (e instanceof MismatchedInputException m) {
      String original = String.valueOf(m.getOriginalMessage());
      if (original.startsWith("Trailing token")) {
        return Message.of("json.trailing");
      }
      if (original.startsWith("No content to map")) {
        return Message.of("file.empty");
      }
      if (original.startsWith("Missing required creator property")) {
        return Message.of("json.required-missing", original.replaceAll("(?s)[^']*'([^']*)'.*", "$1"));
      }
      Class<?> t = m.getTargetType();
      Matcher coerce = Pattern.compile("Cannot coerce (\\S+) value \\(([^)]*)\\)").matcher(original);
      if (coerce.find() && t != null) {
        return Message.of("json.is-not", "'" + coerce.group(2) + "'", expected(t));
      }
      Matcher from = Pattern.compile("from (Object|Array|String|Integer|Floating-point|Boolean|Null) value").matcher(original);
      if (t != null) {
        return from.find() ? Message.of("json.expected-found", expected(t), found(from.group(1)))
            : Message.of("json.expected", expected(t));
      }
      return plainParse(original);
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable c = v.getCause();
      return c == null || c instanceof NullPointerException || c.getMessage() == null
          ? Message.of("json.missing-value") : CoreMessages.of(plain(c.getMessage()));
    }
    if (e instanceof JsonMappingException m && !(root instanceof com.fasterxml.jackson.core.JsonParseException)) {
      return plainParse(m.getOriginalMessage());
    }
    return Message.of("json.malformed", plainParse(((JsonProcessingException) root).getOriginalMessage()));
  }

  /** Jackson's parse messages in plain words. */
  private static Message plainParse(String message) {
    if (message == null) {
      return Message.of("json.unreadable");
    }
    String m = message.lines().findFirst().orElse(message);
    Matcher x;
    if ((x = Pattern.compile("Non-standard token '([^']*)'").matcher(m)).find()) {
      return Message.of("json.non-number", x.group(1));
    }
    if ((x = Pattern.compile("Duplicate field '([^']*)'").matcher(m)).find()) {
      return Message.of("json.duplicate-key", x.group(1));
    }
    if (m.contains("maybe a (non-standard) comment")) {
      return Message.of("json.comment");
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return Message.of("json.eof");
    }
    if ((x = Pattern.compile("Unrecognized token '([^']*)'").matcher(m)).find()) {
      return Message.of("json.bad-token", x.group(1));
    }
    if (m.startsWith("Illegal unquoted character")) {
      return Message.of("json.control-char");
    }
    if ((x = Pattern.compile("Unexpected character \\('(.*?)' \\(code \\d+\\)\\): expected a valid value").matcher(m)).find()) {
      return Message.of("json.value-due", x.group(1));
    }
    if (m.contains("Unexpected character") && m.contains("(code ")) {
      Matcher u = Pattern.compile("Unexpected character \\('(.*?)' \\(code \\d+\\)\\): (.*)").matcher(m);
      if (u.find()) {
        Matcher ex = Pattern.compile("was expecting (?:a )?(comma|colon|double-quote)").matcher(u.group(2));
        if (ex.find()) {
          return Message.of("json.unexpected-expecting-" + ex.group(1), u.group(1));
        }
      }
      return Message.of("json.syntax", plain(m.replaceAll("Unexpected character \\('(.*?)' \\(code \\d+\\)\\)", "unexpected '$1'")
          .replaceAll("\\(code \\d+\\)", "")));
    }
    return Message.of("json.syntax", plain(m));
  }

  private static String quote(Object value) {
    String s = String.valueOf(value);
    return "'" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
  }

  private static Message expected(Class<?> t) {
    if (t == String.class) {
      return Message.of("kind.text");
    }
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class) {
      return Message.of("kind.whole-number");
    }
    if (Number.class.isAssignableFrom(t) || t.isPrimitive() && t != boolean.class) {
      return Message.of("kind.number");
    }
    if (t == Boolean.class || t == boolean.class) {
      return Message.of("kind.boolean");
    }
    if (t == LocalDate.class) {
      return Message.of("kind.date");
    }
    if (Collection.class.isAssignableFrom(t) || t.isArray()) {
      return Message.of("kind.list");
    }
    if (t.isEnum()) {
      return Message.of("kind.one-of", Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
    }
    return Map.class.isAssignableFrom(t) || !t.isPrimitive() ? Message.of("kind.object") : Message.of("kind.value");
  }

  private static Message found(String token) {
    return switch (token) {
      case "Object" -> Message.of("kind.object");
      case "Array" -> Message.of("kind.list");
      case "String" -> Message.of("kind.found-text");
      case "Integer", "Floating-point" -> Message.of("kind.number");
      case "Boolean" -> Message.of("kind.boolean");
      default -> Message.of("kind.null");
    };
  }

  /** Drops Java and Jackson names that mean nothing to a provincial officer. */
  static String plain(String message) {
    return message.replaceAll(" \\(for [^)]*\\)", "").replaceAll(" ?\\([^)]*Feature[^)]*\\)", "")
        .replaceAll("`[^`]*`", "value")
        .replaceAll("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z][A-Za-z0-9_$<>,.]*", "value")
        .replaceAll("\\b[A-Z][A-Za-z]*(Exception|Error)\\b:?\\s*", "");
  }

  /** Where {@code path} is in {@code text}: an input exception at that line and column. */
  static InputException at(Path file, String text, JsonPath path, String problem) {
    return at(file, text, path, CoreMessages.of(problem));
  }

  /** Where {@code path} is in {@code text}: an input exception at that line and column. */
  static InputException at(Path file, String text, JsonPath path, Message problem) {
    return path.locate(MAPPER.getFactory(), text)
        .map(l -> new InputException(file, l.getLineNr(), l.getColumnNr(), path.toString(), problem, null))
        .orElseGet(() -> new InputException(file, 0, 0, path.toString(), problem, null));
  }

  /** A problem one of the strict readers below found, already in plain words. */
  static final class Problem extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    final transient Message message;

    Problem(JsonParser p, Message message) {
      super(p, message.toString());
      this.message = message;
    }
  }

  /** Decimals within {@link #MAX_INTEGER_DIGITS} and {@link #MAX_DECIMALS}, as written (scale kept). */
  static final class DecimalReader extends JsonDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new Problem(p, t == JsonToken.VALUE_STRING ? Message.of("number.quoted", p.getText())
            : Message.of("number.expected", p.getText()));
      }
      String written = p.getText();
      BigDecimal d = p.getDecimalValue(); // the written digits and exponent; never expanded
      BigDecimal stripped = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
      if ((long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
        throw new Problem(p, Message.of("limit.integer-digits", written, MAX_INTEGER_DIGITS));
      }
      if (stripped.scale() > MAX_DECIMALS) {
        throw new Problem(p, Message.of("limit.decimals", written, MAX_DECIMALS));
      }
      return d.scale() > MAX_DECIMALS || d.scale() < 0 ? stripped.setScale(Math.max(0, stripped.scale())) : d;
    }
  }

  /** Dates written {@code yyyy-MM-dd}, from {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
  static final class DateReader extends JsonDeserializer<LocalDate> {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new Problem(p, Message.of("date.not-text", p.getText()));
      }
      String s = p.getText();
      if (!SHAPE.matcher(s).matches()) {
        throw new Problem(p, Message.of("date.shape", quote(s)));
      }
      LocalDate d;
      try {
        d = LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        throw new Problem(p, Message.of("date.no-such-day", s));
      }
      if (d.isBefore(EARLIEST_DATE) || d.isAfter(LATEST_DATE)) {
        throw new Problem(p, Message.of("date.range", s, EARLIEST_DATE, LATEST_DATE));
      }
      return d;
    }
  }

  /** Text without broken characters (a lone half of a UTF-16 pair, from a {@code \\uD800} escape). */
  static final class TextReader extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new Problem(p, Message.of("json.expected-found", Message.of("kind.text"), p.currentToken() == JsonToken.START_OBJECT
            ? Message.of("kind.object") : p.currentToken() == JsonToken.START_ARRAY ? Message.of("kind.list") : "'" + p.getText() + "'"));
      }
      // the String the parser made (a list's parser makes it before asking), checked and shared
      String s = p.getText();
      int length = s.length();
      for (int i = 0; i < length; i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          throw new Problem(p, Message.of("text.surrogate", String.format("%04X", (int) c), i + 1));
        } else if (c == 0) {
          throw new Problem(p, Message.of("text.nul", i + 1));
        }
      }
      if (length > SharedTexts.MAX_LENGTH) {
        return s;
      }
      SharedTexts shared = (SharedTexts) ctxt.getAttribute(SharedTexts.class);
      if (shared == null) {
        shared = new SharedTexts();
        ctxt.setAttribute(SharedTexts.class, shared);
      }
      return shared.of(s);
    }

    @Override
    public String getNullValue(DeserializationContext ctxt) {
      return null;
    }
  }

  /**
   * One instance per distinct short text of a read: a national round repeats a few thousand option
   * keys ({@code A1a/3}) and member ids millions of times, and would otherwise hold each occurrence.
   * Open addressing over {@link String#hashCode} (a HashMap's entries and lookups were a tenth of
   * reading a national round). Holds at most {@link #MAX_SHARED} texts; after that, new
   * texts are made but not kept. One read's, not thread-safe.
   */
  static final class SharedTexts {
    /** The longest text shared, in characters. */
    static final int MAX_LENGTH = 24;
    /** The most distinct short texts one read shares. */
    static final int MAX_SHARED = 1 << 16;

    private String[] table = new String[1 << 10];
    private int size;

    /** The first instance of a text equal to {@code text} in this read, or {@code text} itself. */
    String of(String text) {
      int h = text.hashCode();
      int mask = table.length - 1;
      int slot = mix(h) & mask;
      for (String s = table[slot]; s != null; s = table[slot = (slot + 1) & mask]) {
        if (s.hashCode() == h && s.equals(text)) {
          return s;
        }
      }
      if (size < MAX_SHARED) {
        table[slot] = text;
        if (++size * 2 > table.length) {
          grow();
        }
      }
      return text;
    }

    private static int mix(int h) {
      return h ^ (h >>> 16);
    }

    private void grow() {
      String[] old = table;
      table = new String[old.length * 2];
      int mask = table.length - 1;
      for (String s : old) {
        if (s != null) {
          int slot = mix(s.hashCode()) & mask;
          while (table[slot] != null) {
            slot = (slot + 1) & mask;
          }
          table[slot] = s;
        }
      }
    }
  }

  /**
   * A file's text, made from its bytes only when asked for (to point at an error): a national round's
   * text is a hundred megabytes. The bytes and the text are held softly and read again from the file
   * if the collector let them go. Thread-safe.
   */
  static final class FileText implements java.util.function.Supplier<String> {
    private final Path file;
    private volatile java.lang.ref.SoftReference<byte[]> bytes;
    private volatile java.lang.ref.SoftReference<String> text = new java.lang.ref.SoftReference<>(null);

    FileText(Path file, byte[] bytes) {
      this.file = file;
      this.bytes = new java.lang.ref.SoftReference<>(bytes);
    }

    @Override
    public String get() {
      String t = text.get();
      if (t == null) {
        byte[] b = bytes.get();
        t = b != null ? decode(b) : readText(file);
        text = new java.lang.ref.SoftReference<>(t);
      }
      return t;
    }
  }
}
