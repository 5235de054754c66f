/**
 * The importers that build the library's catalogue files: Decision 148/QĐ-TTg, Appendix I from the
 * third-party CSV transcription kept in {@code ocop-core/src/catalogue/criteria-148/}
 * ({@link vn.ocop.catalog.importer.Decision148Importer}), and Decision 26/2026/QĐ-TTg, Phụ lục I and II
 * from the published HTML kept in {@code ocop-core/src/catalogue/decision-26-2026/}
 * ({@link vn.ocop.catalog.importer.Decision26Importer}, parsed with jsoup), each applying the documented
 * corrections of its {@code corrections.txt} and rejecting every row it cannot reconcile. A maintainers' tool kept with the tests (it is not part of the library artifact):
 * anyone can rebuild the bundled files from the repository, and a test checks that the bundled
 * files are exactly what it produces. Applications never need it.
 *
 * <p>Depends on {@code vn.ocop.catalog} (the model, reader and writer) and {@code vn.ocop.law}.
 */
package vn.ocop.catalog.importer;
