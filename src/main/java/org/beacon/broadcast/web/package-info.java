/**
 * The module's HTTP side: the REST API ({@code /api/v1/alerts}, approvals, follow-ups, audience estimates, CAP) and
 * the staff pages (compose, an alert's page, the approvals page) with their forms and page models. Templates live
 * under {@code templates/staff/} (alert, compose, approvals).
 * <p>
 * Owns: requests, forms, page models and which refusal shows where. May not: hold a rule of its own or touch a table;
 * it calls the services of the module's root and of {@code issuing}, {@code approval} and {@code cap}.
 */
package org.beacon.broadcast.web;
