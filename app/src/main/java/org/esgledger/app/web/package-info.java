/**
 * The web application ({@code esg serve}, issue 14, docs/web.md, ADR 0014): pages rendered on the
 * server with Spring MVC and Thymeleaf, htmx from its WebJar, Spring Security for signing in. Its
 * pages call the modules' services, which check who may do what ({@code Authorisation.require}) and
 * record every change ({@code Changes}); it holds no SQL. Nothing depends on it, so its API is
 * empty; every bean in {@code internal} exists only in a servlet application (the other commands
 * start none).
 */
package org.esgledger.app.web;
