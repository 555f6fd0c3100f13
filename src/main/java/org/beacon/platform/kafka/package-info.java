/**
 * Kafka as every feature uses it: the topics and their partitions ({@code beacon.kafka.*}), which events leave the
 * process and where to ({@code EventRoutingConfiguration}: every {@code @Externalized} event, or a {@code Routed}
 * one by itself), the batch listener factory of the delivery workers, and Kafka's part of readiness.
 * <p>
 * May not: hold a consumer of its own; each feature owns the records it reads.
 */
package org.beacon.platform.kafka;
