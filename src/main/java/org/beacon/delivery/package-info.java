/**
 * Sending: the workers that take delivery jobs from Kafka, claim their ledger rows, take a permit from the provider's
 * rate limit, pass its circuit breaker, send in chunks and record each outcome, first tries and retries alike
 * ({@code BatchIntake}, {@code DeliveryBatches}; a retry is a batch of one). Providers sit behind ports named for what
 * they do ({@code sms.SmsSender}, {@code email.EmailSender}); each adapter package keeps its provider's codes and
 * callbacks beside its client ({@code sms.twilio}, {@code email}). It also sends the verification codes and sign-in
 * links {@code subscribers} asks for, and tells a consenting citizen's emergency contact that they answered a check-in
 * "safe" ({@code relay}). Deliveries a dead worker left SENDING are settled by asking their provider
 * what it took ({@code reconcile}, through the port {@code SentMessages}).
 * <p>
 * It holds no transaction open across a provider call, acts only on rows it claimed, and writes the ledger only
 * through {@code ledger}'s API. It decides nothing about who receives what.
 */
package org.beacon.delivery;
