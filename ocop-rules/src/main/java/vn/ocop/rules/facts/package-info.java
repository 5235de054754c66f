/**
 * The fact types a rule pack sees: the only library types a DRL file may import. The host builds
 * {@link vn.ocop.rules.facts.RoundFact}, {@link vn.ocop.rules.facts.Candidate},
 * {@link vn.ocop.rules.facts.GateMiss} and {@link vn.ocop.rules.facts.Param} from a scored round;
 * rules answer by inserting {@link vn.ocop.rules.facts.Finding}s and never modify a fact.
 *
 * <p>Every type here is immutable and uses plain values (strings, numbers, dates), so that DRL never
 * needs to import a core type. Must not depend on Drools beyond {@code org.kie.api.runtime.rule.RuleContext}.
 */
package vn.ocop.rules.facts;
