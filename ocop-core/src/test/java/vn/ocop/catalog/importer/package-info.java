/**
 * The importer that builds the library's catalogue files of Decision 148/QĐ-TTg, Appendix I from
 * the third-party CSV transcription kept in {@code ocop-core/src/catalogue/criteria-148/}, applying
 * the documented corrections of {@code corrections.txt} and rejecting every row it cannot
 * reconcile. A maintainers' tool kept with the tests (it is not part of the library artifact):
 * anyone can rebuild the bundled files from the repository, and a test checks that the bundled
 * files are exactly what it produces. Applications never need it.
 *
 * <p>Depends on {@code vn.ocop.catalog} (the model, reader and writer) and {@code vn.ocop.law}.
 */
package vn.ocop.catalog.importer;
