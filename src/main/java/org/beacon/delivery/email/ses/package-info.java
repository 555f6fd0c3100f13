/**
 * Everything Beacon knows about Amazon SES (API v2), its second email provider, beside its client: the sender on the
 * official AWS SDK ({@code SesEmailSender}: the alert email as a raw MIME message, the same bytes the SMTP relay gets,
 * one attempt per call, Beacon retries) and SES's errors and what each means ({@code SesErrorCodes}).
 * {@code SesConfiguration} builds the SDK's client, on the JDK's HTTP connection.
 * <p>
 * May not: hold a transaction open across a call to SES.
 */
package org.beacon.delivery.email.ses;
