package vn.ocop.rules;


/**
 * How far a host trusts the rule packs it loads from outside the library (a directory): immutable
 * and thread-safe. The bundled packs are always trusted; a directory's packs are data by default —
 * their manifests ({@code pack.properties}: parameters, removes) are read, their {@code .drl} files
 * are refused — unless the host opts in with {@link #allowCustomRules()}. Then custom DRL is
 * accepted only if the compiled rules reference nothing beyond the allow-list of docs/rules.md
 * ("Trust boundary"), and every evaluation runs within {@link #limits()}.
 *
 * <pre>{@code
 * RuleBooks books = RuleBooks.bundledWith(dir, LoadOptions.defaults().allowCustomRules());
 * }</pre>
 *
 * @since 0.3
 */
public final class LoadOptions {
  private static final LoadOptions DEFAULTS = new LoadOptions(false, false, ExecutionLimits.defaults());

  private final boolean customRules;
  private final boolean nationalOverride;
  private final ExecutionLimits limits;

  private LoadOptions(boolean customRules, boolean nationalOverride, ExecutionLimits limits) {
    this.customRules = customRules;
    this.nationalOverride = nationalOverride;
    this.limits = limits;
  }

  /**
   * Custom DRL refused, the default {@link ExecutionLimits}.
   *
   * @return the default options: custom DRL and national override refused, {@link ExecutionLimits#defaults()}
   */
  public static LoadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The same options, with custom DRL from outside the library accepted — within the allow-list,
   * checked on the compiled code, and the execution limits.
   *
   * @return a copy of these options that accepts custom rules
   */
  public LoadOptions allowCustomRules() {
    return new LoadOptions(true, nationalOverride, limits);
  }

  /**
   * The same options, with national packs in the directory accepted: each replaces the bundled
   * national pack of the same id (or adds one). Without it such a pack is an error on its {@code
   * kind} line. With it every outcome decided with a replaced pack carries a reason {@link
   * RuleBook#NATIONAL_OVERRIDE_RULE_ID} naming the bundled pack replaced and by what (id, version,
   * directory). The CLI's {@code --allow-national-override}.
   *
   * @return a copy of these options that accepts national packs from the directory
   */
  public LoadOptions allowNationalOverride() {
    return new LoadOptions(customRules, true, limits);
  }

  /**
   * The same options with other execution limits.
   *
   * @param limits the bounds every evaluation runs within
   * @return a copy of these options with {@code limits}
   * @throws vn.ocop.NullArgumentException if {@code limits} is null
   */
  public LoadOptions withLimits(ExecutionLimits limits) {
    return new LoadOptions(customRules, nationalOverride, vn.ocop.NullArgumentException.check(limits, "limits"));
  }

  /**
   * Whether custom DRL from outside the library is accepted.
   *
   * @return true if custom DRL is accepted ({@link #allowCustomRules()})
   */
  public boolean customRulesAllowed() {
    return customRules;
  }

  /**
   * Whether national packs in the directory may replace the bundled ones.
   *
   * @return true if national packs are accepted ({@link #allowNationalOverride()})
   */
  public boolean nationalOverrideAllowed() {
    return nationalOverride;
  }

  /**
   * The bounds every evaluation runs within.
   *
   * @return the execution limits
   */
  public ExecutionLimits limits() {
    return limits;
  }

  @Override
  public String toString() {
    return "LoadOptions[customRules=" + customRules + ", nationalOverride=" + nationalOverride + ", " + limits + "]";
  }
}
