package org.beacon.subscribers;

import java.util.UUID;

/** A citizen deleted their enrollment; features holding their contact points must forget them. */
public record SubscriberLeft(UUID subscriberId) {
}
