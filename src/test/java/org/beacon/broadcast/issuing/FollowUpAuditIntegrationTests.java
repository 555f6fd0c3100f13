package org.beacon.broadcast.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.beacon.broadcast.AlertView;
import org.beacon.broadcast.UpdateAlertRequest;
import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Cancelling and updating an alert publish the audit's {@link StaffActed}, naming who, what and which alert. */
@RecordApplicationEvents
class FollowUpAuditIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	AlertCancellations cancellations;

	@Autowired
	AlertUpdates updates;

	@Test
	void cancelAndUpdateAreAudited() {
		UUID id = UUID.fromString(new Pipeline(api()).issue(Api.json("countries", List.of("ML")), "Curfew",
				List.of("SMS")));

		cancellations.cancel(id, Api.OFFICER);
		org.awaitility.Awaitility.await()
			.until(() -> "CANCELLED".equals(api().alert(id.toString()).body().at("/progress/fanOut").asText()));
		AlertView update = updates.update(id, new UpdateAlertRequest("Sent in error", "Ignore the curfew alert.", null,
				null), Api.OFFICER);

		List<StaffActed> acted = events.stream(StaffActed.class).toList();
		assertThat(acted).extracting(StaffActed::action).containsExactly(StaffAction.CANCEL, StaffAction.UPDATE);
		assertThat(acted).extracting(StaffActed::username).containsOnly(Api.OFFICER);
		assertThat(acted).extracting(StaffActed::alertId).containsExactly(id, update.id());
		assertThat(acted.get(1).detail()).contains(id.toString()).contains("Sent in error");
	}
}
