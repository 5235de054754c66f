/**
 * The OCOP test kit: QuickTheories generators of council sheets, part scores, councils, producers,
 * dossiers and whole rounds over any {@link vn.ocop.catalog.Catalogue}; AssertJ assertions that read
 * like the law ({@link vn.ocop.testkit.OcopAssertions}); and ready-made properties of rankings and
 * rule packs ({@link vn.ocop.testkit.RankingProperties}) that a user runs with their own policy.
 *
 * <p>Users add {@code ocop-testkit} in test scope. Failures describe the shrunk round in the domain's
 * words (product, member, criterion, option) through {@link vn.ocop.testkit.Describe}.
 *
 * <p>Depends on ocop-core, ocop-rules (for {@link vn.ocop.rules.RuleBooks}), QuickTheories and AssertJ;
 * nothing in the library depends on it.
 */
package vn.ocop.testkit;
