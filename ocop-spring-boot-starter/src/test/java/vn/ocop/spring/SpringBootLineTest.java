package vn.ocop.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.ocop.rules.RuleBookHolder;
import vn.ocop.rules.RuleBooks;
import vn.ocop.rules.RulePack;
import vn.ocop.rules.RulePackException;

/**
 * The starter on the Spring Boot line it runs on, with none of Spring Boot 4's health types: the normal
 * build runs it on 4.0, {@code ./mvnw -pl ocop-spring-boot-starter -am test -Pspring-boot-3} runs it,
 * with the starter compiled against 4.0 as a host gets it, on Spring Boot 3.5 and Spring Framework 6.2.
 */
class SpringBootLineTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(OcopRulesAutoConfiguration.class));

  @Test
  void runsOnTheExpectedSpringBootLine() {
    assertThat(SpringBootVersion.getVersion()).startsWith(System.getProperty("ocop.spring-boot.line", "4.0."));
  }

  @Test
  void servesReloadsAndKeepsThePreviousPacksWhenAReloadFails(@TempDir Path dir) {
    Packs.good(dir);
    runner.withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true", "management.endpoints.web.exposure.include=ocoprules")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(OcopRules.class).hasSingleBean(OcopRulesEndpoint.class);
          RuleBookHolder holder = context.getBean(RuleBookHolder.class);
          assertThat(holder.current().packs()).extracting(RulePack::id).contains("province/lam-dong");
          RuleBooks before = holder.current();

          Packs.broken(dir);
          assertThatThrownBy(context.getBean(OcopRules.class)::reload).isInstanceOf(RulePackException.class);
          assertThat(holder.current()).isSameAs(before);
          Map<String, Object> status = context.getBean(OcopRulesEndpoint.class).status();
          assertThat((String) status.get("lastReloadError")).contains("broken.drl:2");

          Packs.good(dir);
          assertThat(context.getBean(OcopRulesEndpoint.class).reload()).containsEntry("reloaded", true);
        });
  }

  @Test
  void hasAHealthIndicatorExactlyWhenSpringBoot4HealthIsThere() {
    boolean boot4Health = isPresent("org.springframework.boot.health.contributor.HealthIndicator");
    runner.run(context -> {
      assertThat(context).hasNotFailed().hasSingleBean(OcopRules.class);
      assertThat(context.containsBean("ocopRulesHealthIndicator")).isEqualTo(boot4Health);
    });
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, SpringBootLineTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
