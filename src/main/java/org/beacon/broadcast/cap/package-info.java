/**
 * CAP 1.2 (OASIS Common Alerting Protocol): each issued or cancelled alert as a CAP document, the Atom feed of
 * issued alerts, and CAP documents imported as alerts, validated against the schema shipped beside this package
 * ({@code cap-1.2.xsd}). {@code CapCodes} maps Beacon's types, severities and places to CAP's codes and back.
 * <p>
 * Owns: the CAP and Atom wire formats. May not: issue an alert itself; an imported document becomes an
 * {@code IssueAlertRequest} that goes through the module's service like any other.
 */
package org.beacon.broadcast.cap;
