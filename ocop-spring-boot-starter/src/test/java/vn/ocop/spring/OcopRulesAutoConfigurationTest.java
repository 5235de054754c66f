package vn.ocop.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.rules.RuleBookHolder;
import vn.ocop.rules.RuleBooks;
import vn.ocop.rules.RulePack;
import vn.ocop.rules.RulePackException;

class OcopRulesAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(OcopRulesAutoConfiguration.class));

  @Test
  void servesTheBundledPacksWhenNoDirectoryIsConfigured() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(RuleBookHolder.class).hasSingleBean(OcopRules.class)
          .hasSingleBean(OcopRulesHealthIndicator.class);
      RuleBookHolder holder = context.getBean(RuleBookHolder.class);
      assertThat(context.getBean(OcopRules.class).holder()).isSameAs(holder);
      assertThat(holder.current().packs()).extracting(RulePack::id)
          .contains("national/148", "national/26-2026", "province/an-giang");
      OcopRulesStatus status = context.getBean(OcopRules.class).status();
      assertThat(status.directory()).isEmpty();
      assertThat(status.lastReloadError()).isEmpty();
      assertThat(status.packs()).hasSameSizeAs(RuleBooks.bundled().packs());
    });
  }

  @Test
  void addsThePacksOfTheConfiguredDirectory(@TempDir Path dir) {
    Packs.good(dir);
    runner.withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true").run(context -> {
      RuleBookHolder holder = context.getBean(RuleBookHolder.class);
      assertThat(holder.current().packs()).extracting(RulePack::id).contains("province/lam-dong", "national/148");
      assertThat(holder.current().description()).contains(dir.toString());
      OcopRulesStatus status = context.getBean(OcopRules.class).status();
      assertThat(status.directory()).contains(dir);
      assertThat(status.packs()).extracting(OcopRulesStatus.Pack::ref).contains("province/lam-dong@1");
    });
  }

  @Test
  void customRulesInTheDirectoryAreRefusedUnlessTheHostAllowsThem(@TempDir Path dir) {
    Packs.broken(dir); // a .drl: refused before it is even parsed
    runner.withPropertyValues("ocop.rules.directory=" + dir).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RulePackException.class)
          .hasMessageContaining("broken.drl").hasMessageContaining("refused unless the host opts in")
          .hasMessageNotContaining("has no @id");
    });
  }

  @Test
  void aBrokenDirectoryStopsTheStartNamingTheFileAndLine(@TempDir Path dir) {
    Packs.broken(dir);
    runner.withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(RulePackException.class)
          .hasMessageContaining("broken.drl:2").hasMessageContaining("has no @id");
    });
  }

  @Test
  void aBrokenDirectoryAtStartIsReportedWhenTheHostChoosesToStartAnyway(@TempDir Path dir) {
    Packs.broken(dir);
    runner.withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true", "ocop.rules.fail-on-startup-error=false").run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(RuleBookHolder.class).current().packs()).extracting(RulePack::id)
          .doesNotContain("province/lam-dong");
      Health health = context.getBean(OcopRulesHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat((String) health.getDetails().get("lastReloadError")).contains("broken.drl:2").contains("has no @id");
    });
  }

  @Test
  void healthIsUpWithThePacksTheirVersionsAndTheLastReload(@TempDir Path dir) {
    Packs.good(dir);
    Instant before = Instant.now();
    runner.withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true").run(context -> {
      Health health = context.getBean(OcopRulesHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("directory", dir.toString())
          .containsEntry("packCount", RuleBooks.bundled().packs().size() + 1).doesNotContainKey("lastReloadError");
      assertThat(health.getDetails().get("packs")).asList().contains("province/lam-dong@1", "national/26-2026@2026.1");
      assertThat(Instant.parse((String) health.getDetails().get("lastReload"))).isAfterOrEqualTo(before);
    });
  }

  @Test
  void aFailedReloadKeepsThePreviousPacksAndIsReported(@TempDir Path dir) {
    Packs.good(dir);
    runner.withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true").run(context -> {
      OcopRules rules = context.getBean(OcopRules.class);
      RuleBooks before = rules.holder().current();
      Instant loadedAt = rules.status().loadedAt();

      Packs.broken(dir);
      assertThatThrownBy(rules::reload).isInstanceOf(RulePackException.class).hasMessageContaining("broken.drl:2");

      assertThat(rules.holder().current()).isSameAs(before);
      assertThat(context.getBean(RuleBookHolder.class).current()).isSameAs(before);
      assertThat(rules.status().loadedAt()).isEqualTo(loadedAt);
      assertThat(rules.status().lastReload()).isAfterOrEqualTo(loadedAt);
      assertThat(rules.status().lastReloadError()).hasValueSatisfying(e -> assertThat(e).contains("broken.drl:2"));
      Health health = context.getBean(OcopRulesHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsKey("lastReloadError");

      Packs.good(dir);
      assertThat(rules.reload().lastReloadSucceeded()).isTrue();
      assertThat(rules.holder().current()).isNotSameAs(before);
      assertThat(context.getBean(OcopRulesHealthIndicator.class).health().getDetails())
          .doesNotContainKey("lastReloadError");
    });
  }

  @Test
  void withoutADirectoryAReloadKeepsTheBundledPacksAndRecordsOnlyItsTime() {
    runner.run(context -> {
      OcopRules rules = context.getBean(OcopRules.class);
      RuleBooks before = rules.holder().current();
      OcopRulesStatus start = rules.status();
      OcopRulesStatus after = rules.reload();
      assertThat(rules.holder().current()).isSameAs(before);
      assertThat(after.loadedAt()).isEqualTo(start.loadedAt());
      assertThat(after.lastReload()).isAfterOrEqualTo(start.lastReload());
      assertThat(after.packs()).isEqualTo(start.packs());
      assertThat(after.lastReloadSucceeded()).isTrue();
    });
  }

  @Test
  void aFailedReloadIsDownWhenTheHostAsksForIt(@TempDir Path dir) {
    Packs.good(dir);
    runner.withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true", "ocop.rules.health.down-on-reload-error=true")
        .run(context -> {
          HealthIndicator indicator = context.getBean(OcopRulesHealthIndicator.class);
          assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
          Packs.broken(dir);
          assertThatThrownBy(context.getBean(OcopRules.class)::reload).isInstanceOf(RulePackException.class);
          assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
          assertThat(indicator.health().getDetails()).containsKey("lastReloadError");
        });
  }

  @Test
  void theEndpointReloadsAndReportsAFailureWithoutThrowing(@TempDir Path dir) {
    Packs.good(dir);
    runner.withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true", "management.endpoints.web.exposure.include=ocoprules")
        .run(context -> {
          OcopRulesEndpoint endpoint = context.getBean(OcopRulesEndpoint.class);
          assertThat(endpoint.status()).containsEntry("directory", dir.toString());
          assertThat(endpoint.reload()).containsEntry("reloaded", true).doesNotContainKey("lastReloadError");
          Packs.broken(dir);
          assertThat(endpoint.reload()).containsEntry("reloaded", false).containsKey("lastReloadError");
        });
  }

  @Test
  void theEndpointIsOnlyThereWhenExposed() {
    runner.run(context -> assertThat(context).doesNotHaveBean(OcopRulesEndpoint.class));
  }

  @Test
  void theHostsOwnHolderIsServedAndGetsTheConfiguredDirectory(@TempDir Path dir) {
    Packs.good(dir);
    runner.withUserConfiguration(HostHolder.class).withPropertyValues("ocop.rules.directory=" + dir, "ocop.rules.allow-custom-rules=true").run(context -> {
      assertThat(context).hasSingleBean(RuleBookHolder.class).hasSingleBean(OcopRules.class);
      RuleBookHolder holder = context.getBean(RuleBookHolder.class);
      assertThat(holder).isSameAs(HostHolder.HOLDER);
      assertThat(context.getBean(OcopRules.class).holder()).isSameAs(holder);
      assertThat(holder.current().packs()).extracting(RulePack::id).contains("province/lam-dong");
    });
  }

  @Test
  void theHostsOwnHealthIndicatorReplacesTheStarters() {
    runner.withUserConfiguration(HostHealth.class).run(context -> {
      assertThat(context).doesNotHaveBean(OcopRulesHealthIndicator.class);
      assertThat(context.getBean("ocopRulesHealthIndicator", HealthIndicator.class).health().getStatus())
          .isEqualTo(Status.DOWN);
    });
  }

  @Test
  void theHealthIndicatorCanBeTurnedOff() {
    runner.withPropertyValues("management.health.ocoprules.enabled=false")
        .run(context -> assertThat(context).hasSingleBean(OcopRules.class)
            .doesNotHaveBean(OcopRulesHealthIndicator.class));
  }

  @Test
  void withoutSpringBootHealthThereIsNoIndicatorButTheRulesWork() {
    runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(context -> assertThat(context).hasSingleBean(OcopRules.class).hasSingleBean(RuleBookHolder.class)
            .doesNotHaveBean(OcopRulesHealthIndicator.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class HostHolder {
    static final RuleBookHolder HOLDER = RuleBookHolder.of(RuleBooks.bundled());

    @Bean
    RuleBookHolder myHolder() {
      return HOLDER;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostHealth {
    @Bean
    HealthIndicator ocopRulesHealthIndicator() {
      return () -> Health.down().withDetail("host", "my own").build();
    }
  }

  @Test
  void aNullArgumentToTheStarterIsNamed() {
    RuleBookHolder holder = RuleBookHolder.of(RuleBooks.bundled());
    assertThatThrownBy(() -> OcopRules.start(null, java.util.Optional.empty(), vn.ocop.rules.LoadOptions.defaults(), true))
        .isInstanceOf(vn.ocop.NullArgumentException.class).hasMessageContaining("holder");
    assertThatThrownBy(() -> OcopRules.start(holder, null, vn.ocop.rules.LoadOptions.defaults(), true))
        .isInstanceOf(vn.ocop.NullArgumentException.class).hasMessageContaining("directory");
    assertThatThrownBy(() -> OcopRules.start(holder, java.util.Optional.empty(), null, true))
        .isInstanceOf(vn.ocop.NullArgumentException.class).hasMessageContaining("options");
  }
}
