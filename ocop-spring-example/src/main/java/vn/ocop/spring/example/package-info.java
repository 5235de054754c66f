/**
 * An example Spring Boot application that evaluates OCOP round files over HTTP with the rule packs of
 * {@code ocop-spring-boot-starter}. Only {@link vn.ocop.spring.example.RoundEvaluation} touches the file
 * formats ({@code vn.ocop.io} until they move to {@code ocop-io}).
 */
package vn.ocop.spring.example;
