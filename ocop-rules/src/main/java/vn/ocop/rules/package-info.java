/**
 * The Drools implementation of the OCOP evaluation policy ({@link vn.ocop.evaluation.EvaluationPolicy}):
 * rule packs per legal instrument and per province, loaded from the classpath or a directory,
 * checked by a sandbox, compiled once into thread-safe {@link vn.ocop.rules.RuleBook}s and chosen by
 * province and date ({@link vn.ocop.rules.RuleBooks}). See {@code docs/rules.md}.
 *
 * <p>Depends on {@code ocop-core} and Drools; {@code ocop-core} never sees a Drools type. DRL files
 * see only {@link vn.ocop.rules.facts}.
 */
package vn.ocop.rules;
