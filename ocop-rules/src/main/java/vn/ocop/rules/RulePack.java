package vn.ocop.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded rule pack: its manifest ({@code pack.properties}) and its DRL files, not yet compiled.
 * Immutable and thread-safe. Packs are read by {@link RuleBooks} from the classpath or a directory.
 *
 * @since 0.1.0
 */
public final class RulePack {

  /** A DRL file of a pack: where it came from and its text. */
  /**
   * One DRL source of a pack. {@code library} marks the trusted rules of the library instantiated for
   * the pack (the generic feature rules of a province pack, the shared rules of a national pack): they
   * fill in string literals only, so they are not held to the custom-rule checks even in a pack read
   * from a directory.
   */
  record Source(String file, String name, String text, boolean library) {
    Source(String file, String name, String text) {
      this(file, name, text, false);
    }
  }

  private final String id;
  private final String version;
  private final String name;
  private final PackKind kind;
  private final Optional<String> instrument;
  private final LocalDate effectiveFrom;
  private final Optional<LocalDate> effectiveTo;
  private final Optional<String> extendsId;
  private final Optional<String> province;
  private final List<String> removes;
  private final String legal;
  private final Map<String, String> params;
  private final String manifestFile;
  private final Map<String, Integer> lines;
  private final List<Source> sources;
  private final String contentHash;
  private final List<String> ruleIds;
  private final Optional<String> replaces;
  private final String replacesVi;
  /** {@link #ref()}, made once: every reason of every product names its pack by it. */
  private final String ref;

  RulePack(String id, String version, String name, PackKind kind, Optional<String> instrument, LocalDate effectiveFrom,
      Optional<LocalDate> effectiveTo, Optional<String> extendsId, Optional<String> province, List<String> removes,
      String legal, Map<String, String> params, String manifestFile, Map<String, Integer> lines, String manifestText,
      List<Source> sources, List<String> ruleIds) {
    this.id = id;
    this.version = version;
    this.name = name;
    this.kind = kind;
    this.instrument = instrument;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.extendsId = extendsId;
    this.province = province;
    this.removes = List.copyOf(removes);
    this.legal = legal;
    this.params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    this.manifestFile = manifestFile;
    this.lines = Map.copyOf(lines);
    this.sources = List.copyOf(sources);
    this.contentHash = hash(manifestText, sources);
    this.ruleIds = List.copyOf(ruleIds);
    this.replaces = Optional.empty();
    this.replacesVi = "";
    this.ref = id + "@" + version;
  }

  private RulePack(RulePack p, String replaces, String replacesVi) {
    this.id = p.id;
    this.version = p.version;
    this.name = p.name;
    this.kind = p.kind;
    this.instrument = p.instrument;
    this.effectiveFrom = p.effectiveFrom;
    this.effectiveTo = p.effectiveTo;
    this.extendsId = p.extendsId;
    this.province = p.province;
    this.removes = p.removes;
    this.legal = p.legal;
    this.params = p.params;
    this.manifestFile = p.manifestFile;
    this.lines = p.lines;
    this.sources = p.sources;
    this.contentHash = p.contentHash;
    this.ruleIds = p.ruleIds;
    this.replaces = Optional.of(replaces);
    this.replacesVi = replacesVi;
    this.ref = p.ref;
  }

  /** This pack, marked as a national pack loaded from a host's directory by explicit opt-in. */
  RulePack overriding(String replaces, String replacesVi) {
    return new RulePack(this, replaces, replacesVi);
  }

  String replacesVi() {
    return replacesVi;
  }

  /**
   * For a national pack loaded from a directory with {@link RuleBooks#bundledWith(java.nio.file.Path,
   * LoadOptions)} and {@link LoadOptions#allowNationalOverride()}: what it replaces (the bundled national pack of the same id, or
   * none) and where it came from. Every outcome decided with such a pack says so in a reason
   * ({@link RuleBook#NATIONAL_OVERRIDE_RULE_ID}).
   *
   * @return what the pack replaces and where it came from, in English; empty for every other pack
   * @since 0.3
   */
  public Optional<String> replaces() {
    return replaces;
  }

  /**
   * The pack's id, e.g. {@code national/148} or {@code province/kien-giang}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The pack's version as its manifest gives it.
   *
   * @return the {@code version} of the manifest
   */
  public String version() {
    return version;
  }

  /**
   * {@code id@version}, as reasons name the pack.
   *
   * @return {@code id@version}, e.g. {@code national/148@1.0}
   */
  public String ref() {
    return ref;
  }

  /**
   * A human name, e.g. "Quyết định 148/QĐ-TTg — tiêu chí và quy trình".
   *
   * @return the {@code name} of the manifest
   */
  public String name() {
    return name;
  }

  /**
   * Whether this is a national or a province pack (the manifest's {@code kind}).
   *
   * @return the kind
   */
  public PackKind kind() {
    return kind;
  }

  /**
   * The instrument's short code of a national pack: {@code 1048}, {@code 148} or {@code 1489}.
   *
   * @return the {@code instrument} of the manifest; empty for a province pack
   */
  public Optional<String> instrument() {
    return instrument;
  }

  /**
   * The first day the pack applies.
   *
   * @return the {@code effectiveFrom} date of the manifest
   */
  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  /**
   * The last day the pack applies, if it ends.
   *
   * @return the {@code effectiveTo} date of the manifest (inclusive), or empty if the pack is open-ended
   */
  public Optional<LocalDate> effectiveTo() {
    return effectiveTo;
  }

  /**
   * Whether the pack applies on {@code date}.
   *
   * @param date the day to check
   * @return true if {@code date} is between {@link #effectiveFrom()} and {@link #effectiveTo()}, both
   *     inclusive
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(effectiveFrom) && effectiveTo.map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * The national pack this one is layered on ({@code national/1489} extends {@code national/148}).
   *
   * @return the id of the base pack, or empty
   */
  public Optional<String> extendsId() {
    return extendsId;
  }

  /**
   * The province slug of a province pack.
   *
   * @return the province slug, e.g. {@code kien-giang}; empty for a national pack
   */
  public Optional<String> province() {
    return province;
  }

  /**
   * The rule ids of lower packs this pack switches off.
   *
   * @return the removed rule ids, unmodifiable
   */
  public List<String> removes() {
    return removes;
  }

  /**
   * The legal references of the pack as a whole.
   *
   * @return the {@code legal} line of the manifest
   */
  public String legal() {
    return legal;
  }

  /**
   * The parameters this pack sets, in manifest order.
   *
   * @return parameter names to their values as written, unmodifiable
   */
  public Map<String, String> params() {
    return params;
  }

  /**
   * Where the manifest was read from.
   *
   * @return the manifest's file or classpath resource
   */
  public String manifestFile() {
    return manifestFile;
  }

  /**
   * The DRL file names, in load order.
   *
   * @return the file names, unmodifiable
   */
  public List<String> files() {
    return sources.stream().map(Source::name).toList();
  }

  /**
   * The {@code @id} of every rule in the pack's DRL files, in file order.
   *
   * @return the rule ids, unmodifiable
   */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /**
   * A SHA-256 over the manifest and every DRL file: changes whenever the pack's content does.
   *
   * @return the hash as lower-case hex
   */
  public String contentHash() {
    return contentHash;
  }

  /**
   * The dates the pack applies, e.g. {@code 2023-02-24…2025-06-30} or {@code 2025-07-06…}.
   *
   * @return {@code effectiveFrom…effectiveTo}, the end left blank for an open-ended pack
   */
  public String period() {
    return effectiveFrom + "…" + effectiveTo.map(LocalDate::toString).orElse("");
  }

  List<Source> sources() {
    return sources;
  }

  /** The manifest line of {@code key}, or 0. */
  int line(String key) {
    return lines.getOrDefault(key, 0);
  }

  private static String hash(String manifest, List<Source> sources) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(manifest.getBytes(StandardCharsets.UTF_8));
      for (Source s : sources) {
        md.update((byte) 0);
        md.update(s.name().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(s.text().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return ref() + " (" + period() + ")";
  }
}
