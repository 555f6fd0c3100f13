package org.beacon.staff.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.beacon.staff.StaffActed;
import org.beacon.staff.StaffAction;
import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log records staff actions in their own transactions, and only those that committed. */
class AuditTrailIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void recordsWhoIssuedSubmittedApprovedAndRejectedWhichAlert() {
		String issued = issue("MODERATE");
		String approved = issue("EXTREME");
		String rejected = issue("EXTREME");
		decide(approved, "APPROVE", null);
		clock.advance(Duration.ofHours(1));
		Instant before = clock.instant();
		decide(rejected, "REJECT", "Wrong city");

		assertThat(entries(issued)).extracting(AuditEntry::username, AuditEntry::action, AuditEntry::detail)
			.containsExactly(tuple(Api.OFFICER, StaffAction.ISSUE, "Curfew in Bamako"));
		assertThat(entries(approved)).extracting(AuditEntry::username, AuditEntry::action)
			.containsExactly(tuple("approver", StaffAction.APPROVE),
					tuple(Api.OFFICER, StaffAction.SUBMIT_FOR_APPROVAL));
		assertThat(entries(rejected).get(0)).extracting(AuditEntry::action, AuditEntry::detail)
			.containsExactly(StaffAction.REJECT, "Wrong city");
		assertThat(entries(rejected).get(0).at()).as("the application's clock").isBetween(before, clock.instant());
	}

	@Test
	void anActionThatRollsBackLeavesNoEntry() {
		UUID alert = UUID.randomUUID();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			events.publishEvent(StaffActed.on(alert, StaffAction.CANCEL, "someone", null, clock));
			throw new IllegalStateException("the action failed after publishing");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(entries(alert.toString())).isEmpty();

		transactions.executeWithoutResult(
				status -> events.publishEvent(StaffActed.on(alert, StaffAction.CANCEL, "someone", null, clock)));
		assertThat(entries(alert.toString())).extracting(AuditEntry::action).containsExactly(StaffAction.CANCEL);
	}

	@Test
	void entriesCannotBeChangedOrRemoved() {
		UUID alert = UUID.randomUUID();
		events.publishEvent(StaffActed.on(alert, StaffAction.UPDATE, "someone", "x", clock));

		assertThatThrownBy(() -> jdbc.update("UPDATE staff_audit SET detail = 'y' WHERE alert_id = ?", alert))
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM staff_audit WHERE alert_id = ?", alert))
			.isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
	}

	@Test
	void pagesNewestFirstFilteredByUser() {
		String user = "pager-" + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			events.publishEvent(StaffActed.on(UUID.randomUUID(), StaffAction.ISSUE, user, "alert " + i, clock));
			clock.advance(Duration.ofMinutes(1));
		}

		AuditTrail.AuditPage first = trail.search(new AuditQuery(null, user), 0, 2);
		assertThat(first.total()).isEqualTo(5);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.entries()).extracting(AuditEntry::detail).containsExactly("alert 4", "alert 3");
		AuditTrail.AuditPage last = trail.search(new AuditQuery(null, user), 2, 2);
		assertThat(last.entries()).extracting(AuditEntry::detail).containsExactly("alert 0");
		assertThat(last.hasNext()).isFalse();
		assertThat(trail.search(new AuditQuery(null, user), 5, 2).entries()).isEmpty();
		assertThat(trail.search(new AuditQuery(null, "nobody-" + UUID.randomUUID()), 0, 2).total()).isZero();
	}

	private List<AuditEntry> entries(String alertId) {
		return trail.search(new AuditQuery(UUID.fromString(alertId), null), 0, 50).entries();
	}

	private String issue(String severity) {
		Api.Response response = api().issueAlert(Api.json("type", "SECURITY_ALERT", "severity", severity, "title",
				"Curfew in Bamako", "body", "Stay indoors after 8 p.m.", "area", Api.json("countries", List.of("ML")),
				"channels", List.of("EMAIL")));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(202);
		return response.body().get("id").asText();
	}

	private void decide(String id, String decision, String reason) {
		Api.Response response = api().postText("/api/v1/alerts/" + id + "/approval",
				reason == null ? "{\"decision\":\"" + decision + "\"}"
						: "{\"decision\":\"" + decision + "\",\"reason\":\"" + reason + "\"}",
				MediaType.APPLICATION_JSON, Api.staff("approver", Api.PASSWORD));
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
	}
}
