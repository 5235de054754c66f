/**
 * Spring Boot auto-configuration of ocop's rule packs: {@link vn.ocop.spring.OcopRules} (a
 * {@link vn.ocop.rules.RuleBookHolder} serving the bundled packs plus {@code ocop.rules.directory}, reloaded
 * on demand), its properties, an Actuator health indicator and endpoint. Depends on {@code ocop-rules} and
 * Spring Boot (optional: the host brings it); never on a logging binding, nor on the file formats.
 */
package vn.ocop.spring;
