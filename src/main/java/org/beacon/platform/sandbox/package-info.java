/**
 * The sandbox providers of the embedded default: an SMTP server and a Twilio look-alike that keep what Beacon sends
 * them. {@link org.beacon.platform.sandbox.SandboxOutbox} hands what they received, as it was sent, to the staff
 * views of the outbox (in the console), which decide who may read what of it.
 */
@org.springframework.modulith.NamedInterface("sandbox")
package org.beacon.platform.sandbox;
