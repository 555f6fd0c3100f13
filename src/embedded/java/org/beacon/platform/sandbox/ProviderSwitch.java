package org.beacon.platform.sandbox;

/**
 * One sandbox provider and whether it is made to fail.
 *
 * @param name the provider's name, as {@code beacon.delivery.routing} names it: twilio, sns, smtp, ses
 * @param channel {@code SMS} or {@code EMAIL}
 * @param failing whether it answers every call as its real counterpart does when it is down
 * <p>Serializable: the outbox page flashes it across a redirect, and so it is stored with the session in PostgreSQL.
 */
public record ProviderSwitch(String name, String channel, boolean failing) implements java.io.Serializable {
}
