package vn.ocop.spring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The Actuator health of the rule packs ({@code /actuator/health/ocopRules}): UP with the packs in
 * service, their versions, the configured directory, when they were loaded and the last reload. When
 * the last reload failed the previous packs are still in service, so the indicator stays UP and shows
 * {@code lastReloadError}; with {@code ocop.rules.health.down-on-reload-error=true} it is DOWN instead.
 *
 * @since 0.1.0
 */
public final class OcopRulesHealthIndicator implements HealthIndicator {
  private final OcopRules rules;
  private final boolean downOnReloadError;

  /**
   * @param rules the rules to report on; not null
   * @param downOnReloadError whether a failed last reload is DOWN
   */
  public OcopRulesHealthIndicator(OcopRules rules, boolean downOnReloadError) {
    this.rules = vn.ocop.NullArgumentException.check(rules, "rules");
    this.downOnReloadError = downOnReloadError;
  }

  @Override
  public Health health() {
    OcopRulesStatus status = rules.status();
    Health.Builder health = status.lastReloadSucceeded() || !downOnReloadError ? Health.up() : Health.down();
    return health.withDetails(status.details()).build();
  }
}
