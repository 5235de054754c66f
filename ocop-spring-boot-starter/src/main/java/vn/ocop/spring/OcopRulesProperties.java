package vn.ocop.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code ocop.rules.*} properties of a Spring Boot host.
 *
 * <pre>
 * ocop.rules.directory=/srv/ocop/packs
 * ocop.rules.fail-on-startup-error=true
 * ocop.rules.allow-custom-rules=false
 * ocop.rules.allow-national-override=false
 * ocop.rules.health.down-on-reload-error=false
 * </pre>
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "ocop.rules")
public class OcopRulesProperties {

  /**
   * A directory of the province's own rule packs (each a sub-directory with a pack.properties), added
   * to the packs bundled with ocop-rules; a pack in it replaces every bundled version of the same id.
   * Unset: the bundled packs alone. A relative path is resolved against the working directory.
   */
  private String directory;

  /**
   * Whether the application fails to start when the directory's packs cannot be loaded. When false,
   * it starts with the bundled packs alone and the health indicator and status report the error.
   */
  private boolean failOnStartupError = true;

  /**
   * Whether .drl rule files in the directory are accepted (custom rules: checked on their compiled code
   * against an allow-list and run within limits). Off by default: the directory's packs are data
   * (pack.properties) over the bundled rules. See docs/rules.md, "Trust boundary".
   */
  private boolean allowCustomRules = false;

  /**
   * Whether the directory may hold national packs that replace the bundled ones; every outcome then
   * says which national pack was replaced and by what. Off by default.
   */
  private boolean allowNationalOverride = false;

  /** The health indicator. */
  private final Health health = new Health();

  /** The directory of the province's own rule packs, or null for the bundled packs alone. */
  public String getDirectory() {
    return directory;
  }

  /** Sets the directory of the province's own rule packs; null or blank for the bundled packs alone. */
  public void setDirectory(String directory) {
    this.directory = directory;
  }

  /** Whether a directory that cannot be loaded at startup stops the application (the default). */
  public boolean isFailOnStartupError() {
    return failOnStartupError;
  }

  /** Sets whether a directory that cannot be loaded at startup stops the application. */
  public void setFailOnStartupError(boolean failOnStartupError) {
    this.failOnStartupError = failOnStartupError;
  }

  /** Whether .drl rule files in the directory are accepted (off by default). */
  public boolean isAllowCustomRules() {
    return allowCustomRules;
  }

  /** Sets whether .drl rule files in the directory are accepted. */
  public void setAllowCustomRules(boolean allowCustomRules) {
    this.allowCustomRules = allowCustomRules;
  }

  /** Whether national packs in the directory may replace the bundled ones (off by default). */
  public boolean isAllowNationalOverride() {
    return allowNationalOverride;
  }

  /** Sets whether national packs in the directory may replace the bundled ones. */
  public void setAllowNationalOverride(boolean allowNationalOverride) {
    this.allowNationalOverride = allowNationalOverride;
  }

  /** The health indicator's properties. */
  public Health getHealth() {
    return health;
  }

  /** The {@code ocop.rules.health.*} properties. */
  public static class Health {
    /**
     * Whether the health indicator reports DOWN when the last reload failed. By default it stays UP
     * (the previous packs, which compiled, are still in service) and shows the error in its details.
     */
    private boolean downOnReloadError = false;

    /** Whether a failed last reload makes the indicator DOWN. */
    public boolean isDownOnReloadError() {
      return downOnReloadError;
    }

    /** Sets whether a failed last reload makes the indicator DOWN. */
    public void setDownOnReloadError(boolean downOnReloadError) {
      this.downOnReloadError = downOnReloadError;
    }
  }
}
