/**
 * The embedded default's infrastructure, so that {@code mvn spring-boot:run} needs nothing installed: a one-node Kafka
 * in KRaft mode inside the process ({@code InProcessKafka}) and an embedded PostgreSQL, each on unless turned off
 * ({@code beacon.embedded.*.enabled}). They are exposed as Spring Boot connection details, so every client uses them
 * as it would use external servers.
 * <p>
 * May not: run in the {@code prod} profile, where {@code platform.prod} requires every external setting instead; be
 * referred to by main code: it lives in {@code src/embedded}, which the lean production build ({@code -Dlean}, the
 * Dockerfile's) leaves out with its dependencies.
 */
package org.beacon.platform.embedded;
