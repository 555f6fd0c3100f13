/**
 * The web's common answers: problem+json (RFC 9457) for every API error, naming the field at fault
 * ({@code ProblemHandling}, {@code JsonAnswers}), error pages for the browser ({@code ErrorPages}, {@code PageErrors},
 * {@code ContainerErrors}), the characters text input may hold ({@code ApiTextInput}, {@code PageTextInput}), the
 * page layout's shared model (language links), the favicon and the OpenAPI description.
 * <p>
 * Owns: how an error looks, never whether something is an error; features throw their own exceptions (most extend
 * Spring's {@code ErrorResponseException}) and this package answers them. May not: know any feature's types.
 */
package org.beacon.platform.web;
