/**
 * The criteria catalogue: product groups and sets of each instrument, and the scorecards of
 * Decision 148/QĐ-TTg (scorecards: Appendix III) down to every option, its points and its star gate. Loaded from
 * the library's own catalogue files and validated on load.
 *
 * <p>Depends only on {@code vn.ocop.law}. Knows nothing of rounds, members or scoring.
 */
package vn.ocop.catalog;
