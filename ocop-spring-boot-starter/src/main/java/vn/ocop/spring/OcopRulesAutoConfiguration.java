package vn.ocop.spring;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.rules.LoadOptions;
import vn.ocop.rules.RuleBookHolder;
import vn.ocop.rules.RuleBooks;

/**
 * Auto-configuration of ocop's rule packs for a Spring Boot host: an {@link OcopRules} and its
 * {@link RuleBookHolder} serving the bundled packs plus {@code ocop.rules.directory}; with Actuator on
 * the classpath, the health indicator {@code ocopRules} ({@code management.health.ocoprules.enabled}) and the
 * endpoint {@code ocoprules}.
 *
 * <p>A host overrides any of them by declaring its own bean: its own {@code RuleBookHolder} (the
 * configured directory, if any, is then loaded into it at startup), its own {@code OcopRules}, or a
 * health indicator of its own named {@code ocopRulesHealthIndicator}.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnClass(RuleBookHolder.class)
@EnableConfigurationProperties(OcopRulesProperties.class)
public class OcopRulesAutoConfiguration {

  /** The rules with a holder of their own, when the host declares neither. */
  @Bean
  @ConditionalOnMissingBean({OcopRules.class, RuleBookHolder.class})
  public OcopRules ocopRules(OcopRulesProperties properties) {
    return start(RuleBookHolder.of(RuleBooks.bundled()), properties);
  }

  /** The holder of the rules, unless the host declares its own. */
  @Bean
  @ConditionalOnMissingBean
  public RuleBookHolder ocopRuleBookHolder(OcopRules rules) {
    return rules.holder();
  }

  /** The rules around the host's own holder. */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBean(RuleBookHolder.class)
  public OcopRules ocopRulesOfHostHolder(RuleBookHolder holder, OcopRulesProperties properties) {
    return start(holder, properties);
  }

  private static OcopRules start(RuleBookHolder holder, OcopRulesProperties properties) {
    String dir = properties.getDirectory();
    Optional<Path> directory = dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir.strip()));
    LoadOptions options = LoadOptions.defaults();
    if (properties.isAllowCustomRules()) {
      options = options.allowCustomRules();
    }
    if (properties.isAllowNationalOverride()) {
      options = options.allowNationalOverride();
    }
    return OcopRules.start(holder, directory, options, properties.isFailOnStartupError());
  }

  /** The health indicator, when Spring Boot's health support is on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "ocopRulesHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("ocoprules")
    OcopRulesHealthIndicator ocopRulesHealthIndicator(OcopRules rules, OcopRulesProperties properties) {
      return new OcopRulesHealthIndicator(rules, properties.getHealth().isDownOnReloadError());
    }
  }

  /** The {@code ocoprules} endpoint, when Actuator is on the classpath and the host exposes it. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
  static class Endpoint {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint
    OcopRulesEndpoint ocopRulesEndpoint(OcopRules rules) {
      return new OcopRulesEndpoint(rules);
    }
  }
}
