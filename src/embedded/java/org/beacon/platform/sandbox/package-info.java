/**
 * The sandbox providers of the embedded default: an SMTP server and look-alikes of Twilio, Amazon SNS and Amazon SES
 * that keep what Beacon sends them; the emails of both email providers read alike ({@code SandboxEmails}).
 * {@link org.beacon.platform.sandbox.SandboxOutbox} hands what they received, as it was sent, to the staff views of the
 * outbox (in the console), which decide who may read what of it.
 * <p>
 * The Twilio look-alike is Beacon's one Twilio fake: {@link org.beacon.platform.sandbox.FakeTwilioApi} is the only
 * place that knows the wire format of Twilio's Messages API (form fields in, JSON out) and
 * {@link org.beacon.platform.sandbox.FakeTwilioCallbacks} that of its callbacks (their fields and signature): status
 * reports, and what a person playing the citizen sends Beacon through it, a text to Beacon's number or a key pressed
 * in a call ({@link org.beacon.platform.sandbox.TwilioSandbox#reply}, {@link org.beacon.platform.sandbox.TwilioSandbox#press};
 * {@link org.beacon.platform.sandbox.TwimlText} reads Beacon's TwiML answer as words).
 * The sandbox serves them; the tests' WireMock stub (for fault injection) and the benchmark's lean stub answer with them.
 * <p>
 * The SNS look-alike, {@link org.beacon.platform.sandbox.SnsSandbox}, is likewise the one SNS fake:
 * {@link org.beacon.platform.sandbox.FakeSnsApi} is the only place that knows SNS's wire format (the AWS Query
 * protocol: SigV4-signed form fields in, XML out). It can be made to fail (503) to watch failover; SNS sends no
 * delivery callbacks, so neither does it.
 * <p>
 * Likewise {@link org.beacon.platform.sandbox.FakeSesApi} is the one place that knows SES v2's {@code SendEmail}
 * (REST-JSON, a raw MIME message in, its MessageId or an AWS error out), served by
 * {@link org.beacon.platform.sandbox.SesSandbox}, which can be made to fail (503) to watch email traffic move to the
 * other provider.
 * <p>
 * Every look-alike can be made to fail as its real counterpart does when it is down (Twilio, SNS and SES answer 503,
 * the SMTP server refuses connections); {@link org.beacon.platform.sandbox.SandboxOutbox#providers()} lists the
 * switches for the staff sandbox page.
 * <p>
 * It lives in {@code src/embedded} with the console's sandbox pages: the lean production build ({@code -Dlean}, the
 * Dockerfile's) leaves them out, so main code never refers to them.
 */
@org.springframework.modulith.NamedInterface("sandbox")
package org.beacon.platform.sandbox;
