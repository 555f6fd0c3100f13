package org.beacon.delivery.reconcile;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How deliveries a dead worker left SENDING are settled ({@link InDoubtReconciler}).
 *
 * @param inDoubtAfter how long after its claim a SENDING row is in doubt: longer than any provider call may take
 * (Twilio's read timeout is 15 s, its connect timeout 5 s), or a live worker's message could be sent twice
 * @param holdFor how long a reconciler holds the rows it asks about before another process may take them; longer
 * than one round of {@code batchSize} lookups
 * @param every the pause between two rounds
 * @param batchSize rows held per round
 * @param clockSkew how much earlier than the claim, on the database's clock, a provider's own time of the message may
 * be: provider and database clocks differ
 */
@Validated
@ConfigurationProperties("beacon.delivery.reconcile")
record ReconcileProperties(@NotNull @DurationMin(seconds = 1) @DefaultValue("PT2M") Duration inDoubtAfter,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("PT2M") Duration holdFor,
		@NotNull @DurationMin(millis = 100) @DefaultValue("PT30S") Duration every,
		@Min(1) @Max(10000) @DefaultValue("100") int batchSize,
		@NotNull @DefaultValue("PT1M") Duration clockSkew) {
}
