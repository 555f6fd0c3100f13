package org.beacon.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ledger's lookups that are not by alert use the indexes made for them (V30) once the table is large: the
 * planner, given statistics of 200,000 rows, picks the index over a scan of the whole table. Each test prints the
 * plan's lines that name an index, to be quoted.
 */
class DeliveryIndexesIntegrationTests extends BeaconIntegrationTest {

	static final int ROWS = 200_000;

	static final ObjectMapper JSON = new ObjectMapper();

	/** Most rows reported on, one in 200 still SENDING (some claimed long ago), each for its own citizen. */
	@BeforeEach
	void aLargeLedger() {
		jdbc.update("""
				INSERT INTO delivery (alert_id, subscriber_id, channel, destination_sealed, status, provider_id, claimed_at)
				SELECT gen_random_uuid(), gen_random_uuid(), 'SMS', uuid_send(gen_random_uuid()),
				       CASE WHEN i % 200 = 0 THEN 'SENDING' WHEN i % 3 = 0 THEN 'SENT' ELSE 'DELIVERED' END,
				       CASE WHEN i % 200 = 0 THEN NULL ELSE 'SM' || i END,
				       now() - make_interval(mins => i % 60)
				FROM generate_series(1, ?) AS i""", ROWS);
		jdbc.execute("ANALYZE delivery");
	}

	@Test
	void aBatchOfDeliveryReportsFindsItsRowsByTheProvidersMessageId() {
		String[] providerIds = new String[500];
		for (int i = 0; i < providerIds.length; i++) {
			providerIds[i] = "SM" + (i * 397 + 1);
		}
		jdbc.update("""
				INSERT INTO provider_status (provider_id, status, received_at)
				SELECT provider_id, 'DELIVERED', now() FROM unnest(?::text[]) AS p(provider_id)""",
				(Object) providerIds);
		jdbc.execute("ANALYZE provider_status");

		JsonNode plan = plan(Outcomes.APPLY_REPORTS, (Object) providerIds);

		assertThat(indexesUsed(plan)).contains("delivery_by_provider_id");
	}

	@Test
	void theSweeperFindsRowsStillSendingByTheirIndex() {
		JsonNode plan = plan(LedgerSweeper.SWEEP, DeliveryStatus.FAILED.name(), DeliveryStatus.SENDING.name(), 1800);

		assertThat(indexesUsed(plan)).contains("delivery_sending_by_claimed_at");
	}

	@Test
	void erasureFindsACitizensRowsByTheirIndex() {
		UUID subscriber = jdbc.queryForObject("SELECT subscriber_id FROM delivery LIMIT 1", UUID.class);

		JsonNode plan = plan(SubscriberErasure.ERASE, subscriber);

		assertThat(indexesUsed(plan)).contains("delivery_by_subscriber");
	}

	/** EXPLAIN (FORMAT JSON) of the statement with these parameters; its text form is printed. */
	JsonNode plan(String sql, Object... params) {
		List<String> text = jdbc.queryForList("EXPLAIN " + sql, String.class, params);
		text.stream().filter(line -> line.contains("Index") || line.contains("Seq Scan") || line.contains("Join")
				|| line.contains("Nested Loop"))
			.forEach(line -> System.out.println("EXPLAIN " + getClass().getSimpleName() + ": " + line.strip()));
		try {
			return JSON.readTree(jdbc.queryForObject("EXPLAIN (FORMAT JSON) " + sql, String.class, params));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The indexes the plan scans (Index Scan, Index Only Scan or Bitmap Index Scan), in plan order. */
	static List<String> indexesUsed(JsonNode plan) {
		List<String> names = new ArrayList<>();
		collect(plan.get(0).get("Plan"), names);
		return names;
	}

	private static void collect(JsonNode node, List<String> names) {
		if (node.has("Index Name") && node.get("Node Type").asText().contains("Index")) {
			names.add(node.get("Index Name").asText());
		}
		node.path("Plans").forEach(child -> collect(child, names));
	}
}
