/**
 * Internal to ocop, not part of its API: classes that the library's own packages share and that
 * Java's access rules make public. An application must not use them; they may change or go in any
 * release without notice.
 */
package vn.ocop.internal;
