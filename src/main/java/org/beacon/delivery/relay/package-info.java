/**
 * Tells a citizen's emergency contact, with the citizen's consent, that they answered a check-in "safe": one SMS per
 * check-in and citizen, read from {@code beacon.checkin.responses}, recorded in the delivery ledger before it is sent
 * through the SMS port, as every delivery is. Only "safe" is ever relayed: never "need help", never what the citizen
 * wrote, never without the consent the subscribers feature keeps.
 */
package org.beacon.delivery.relay;
