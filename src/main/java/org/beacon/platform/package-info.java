/**
 * What every feature relies on and none owns: the Kafka topics and how events leave for them
 * ({@link org.beacon.platform.Routed}, the outbox's resubmission), the process roles an instance runs
 * ({@link org.beacon.platform.Role}: API, workers), security (staff and citizen sign-in, cross-site refusals),
 * the web's error answers (problem+json for the API, pages for the browser) and its text checks, log masking of
 * personal data, and the embedded default's infrastructure and sandbox providers.
 * <p>
 * It also encrypts citizens' contact points at rest ({@link org.beacon.platform.ContactPointCipher}) with keys it
 * holds: the features seal and open the columns named in {@link org.beacon.platform.SealedColumn}, and the platform
 * alone rewrites those columns, when they are first sealed (migration V51) and after a key rotation.
 * <p>
 * It holds no domain rule and reads no feature's tables but those sealed columns; features depend on it, never the
 * other way round (the sandbox outbox is shown by {@code console}, which decides who may read it).
 */
package org.beacon.platform;
