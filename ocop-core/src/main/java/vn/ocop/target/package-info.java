/**
 * Province targets for a period and the progress made on them, computed from certificates and
 * rounds, and the quarterly and yearly {@link vn.ocop.target.ProgrammeReport} objects (progress,
 * certificate stock and flow, money planned and spent, awards). Rendering them (CLI table, HTML
 * page) belongs to {@code ocop-cli} and waits for the command-line issue.
 *
 * <p>Depends on {@code certificate}, {@code funding}, {@code cycle}, {@code result}, {@code round}
 * and {@code place}. Nothing in the library depends on it; never on Drools.
 */
package vn.ocop.target;
