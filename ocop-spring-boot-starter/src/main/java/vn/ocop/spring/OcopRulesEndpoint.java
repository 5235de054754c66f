package vn.ocop.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import vn.ocop.rules.RulePackException;

/**
 * The Actuator endpoint {@code ocoprules}: {@code GET /actuator/ocoprules} shows the status of the
 * rule packs, {@code POST /actuator/ocoprules} reloads them from the configured directory and shows
 * the status after it ({@code reloaded: false} and {@code lastReloadError} when it failed; the
 * previous packs stay in service). Read-only unless the host allows writes
 * ({@code management.endpoint.ocoprules.access=unrestricted}), and exposed over HTTP only when the
 * host lists it ({@code management.endpoints.web.exposure.include=health,ocoprules}).
 *
 * @since 0.1.0
 */
@Endpoint(id = "ocoprules", defaultAccess = Access.READ_ONLY)
public class OcopRulesEndpoint {
  private final OcopRules rules;

  /** @param rules the rules to show and reload; not null */
  public OcopRulesEndpoint(OcopRules rules) {
    this.rules = vn.ocop.NullArgumentException.check(rules, "rules");
  }

  /** The status of the packs in service. */
  @ReadOperation
  public Map<String, Object> status() {
    return rules.status().details();
  }

  /** Reloads the packs and gives the status after it, with {@code reloaded} true or false. */
  @WriteOperation
  public Map<String, Object> reload() {
    boolean reloaded;
    try {
      rules.reload();
      reloaded = true;
    } catch (RulePackException e) {
      reloaded = false;
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("reloaded", reloaded);
    result.putAll(rules.status().details());
    return result;
  }
}
