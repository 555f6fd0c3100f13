/**
 * The sandbox providers of the embedded default: an SMTP server and a Twilio look-alike that keep what Beacon sends
 * them. {@link org.beacon.platform.sandbox.SandboxOutbox} hands what they received, as it was sent, to the staff
 * views of the outbox (in the console), which decide who may read what of it.
 * <p>
 * The Twilio look-alike is Beacon's one Twilio fake: {@link org.beacon.platform.sandbox.FakeTwilioApi} is the only
 * place that knows the wire format of Twilio's Messages API (form fields in, JSON out) and
 * {@link org.beacon.platform.sandbox.FakeTwilioCallbacks} that of its status callbacks (their fields and signature).
 * The sandbox serves them; the tests' WireMock stub (for fault injection) and the benchmark's lean stub answer with them.
 */
@org.springframework.modulith.NamedInterface("sandbox")
package org.beacon.platform.sandbox;
