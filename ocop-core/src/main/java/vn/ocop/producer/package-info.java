/** OCOP producers (chủ thể) and their legal forms. Depends on {@code vn.ocop.place}. */
package vn.ocop.producer;
