package vn.ocop.spring;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link OcopRules} serves and how its last load went: the packs in service, when they were
 * loaded, and the last reload's time and error. Immutable.
 *
 * @param packs the packs in service, in load order
 * @param directory the configured directory of the province's own packs, if any
 * @param loadedAt when the packs in service were loaded
 * @param lastReload when the last load or reload was attempted (equal to {@code loadedAt} when it succeeded)
 * @param lastReloadError the problems of the last attempt, one per line ({@code file:line: message}), if it failed;
 *     the previous packs then stay in service
 * @since 0.1.0
 */
public record OcopRulesStatus(List<Pack> packs, Optional<Path> directory, Instant loadedAt, Instant lastReload,
    Optional<String> lastReloadError) {

  /** Checks and copies the values. */
  public OcopRulesStatus {
    packs = List.copyOf(packs);
    vn.ocop.NullArgumentException.check(directory, "directory");
    vn.ocop.NullArgumentException.check(loadedAt, "loadedAt");
    vn.ocop.NullArgumentException.check(lastReload, "lastReload");
    vn.ocop.NullArgumentException.check(lastReloadError, "lastReloadError");
  }

  /** Whether the last load or reload succeeded. */
  public boolean lastReloadSucceeded() {
    return lastReloadError.isEmpty();
  }

  /**
   * The status as plain values (strings, numbers, lists) in a stable order, as the health indicator
   * and the {@code ocoprules} endpoint show it.
   */
  public Map<String, Object> details() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("packs", packs.stream().map(Pack::ref).toList());
    d.put("packCount", packs.size());
    d.put("directory", directory.map(Path::toString).orElse("(none: bundled packs only)"));
    d.put("loadedAt", loadedAt.toString());
    d.put("lastReload", lastReload.toString());
    lastReloadError.ifPresent(e -> d.put("lastReloadError", e));
    return d;
  }

  /**
   * A pack in service.
   *
   * @param id the pack id, e.g. {@code national/26-2026}
   * @param version its version
   * @param effectiveFrom the first day it is in force
   * @param effectiveTo the last day it is in force, if it has one
   * @param origin where it was loaded from: the manifest file (a classpath resource for a bundled pack)
   */
  public record Pack(String id, String version, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo,
      String origin) {
    /** {@code id@version}, as the results file names a pack. */
    public String ref() {
      return id + "@" + version;
    }
  }
}
