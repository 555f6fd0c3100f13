package org.beacon.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** PostgreSQL itself refuses a ledger row whose status or channel the ledger does not know. */
class LedgerConstraintsIntegrationTests extends BeaconIntegrationTest {

	@Test
	void aRowWithAnUnknownStatusIsRefused() {
		assertThatThrownBy(() -> insert("SMS", "SHIPPED")).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("delivery_status_known");
		assertThat(count()).isZero();
	}

	@Test
	void aRowCannotBeMovedToAnUnknownStatus() {
		insert("SMS", DeliveryStatus.QUEUED.name());

		assertThatThrownBy(() -> jdbc.update("UPDATE delivery SET status = 'sent'"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("delivery_status_known");
		assertThat(jdbc.queryForObject("SELECT status FROM delivery", String.class)).isEqualTo("QUEUED");
	}

	@Test
	void aRowWithAnUnknownChannelIsRefused() {
		assertThatThrownBy(() -> insert("FAX", DeliveryStatus.QUEUED.name()))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("delivery_channel_known");
	}

	@Test
	void everyStatusOfTheEnumIsAccepted() {
		for (DeliveryStatus status : DeliveryStatus.values()) {
			insert("EMAIL", status.name());
		}
		assertThat(count()).isEqualTo(DeliveryStatus.values().length);
	}

	private void insert(String channel, String status) {
		jdbc.update("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status)
				VALUES (?, ?, ?, ?, ?)""", UUID.randomUUID(), UUID.randomUUID(), channel,
				sealedDestination("someone@example.org"), status);
	}

	private long count() {
		return jdbc.queryForObject("SELECT count(*) FROM delivery", Long.class);
	}
}
