/**
 * The legal instruments of the OCOP programme and the few notions every other package shares
 * (star levels, references into the law). Depends on nothing else in the library.
 */
package vn.ocop.law;
