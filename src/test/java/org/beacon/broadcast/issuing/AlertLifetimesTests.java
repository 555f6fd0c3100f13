package org.beacon.broadcast.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.Lifetime;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.store.Alert;
import org.beacon.broadcast.store.AlertShapes;
import org.beacon.platform.InvalidInputException;
import org.beacon.subscribers.Channel;
import org.junit.jupiter.api.Test;

/** The lifetime rules: defaults per type, what staff set, arrivals, and a held alert approved later. */
class AlertLifetimesTests {

	static final Instant NOW = Instant.parse("2026-12-02T14:00:00Z");

	final AlertLifetimes lifetimes = new AlertLifetimes(new BroadcastProperties(6, 3, "alerts@beacon.test", 10000, 1,
			Duration.ofHours(24), Duration.ofDays(30), new BroadcastProperties.Lifetimes(Duration.ofDays(7),
					Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(30), Duration.ofDays(30)),
			Duration.ofDays(366), Duration.ofDays(30)));

	@Test
	void eachTypeLastsItsDefaultAndReachesArrivalsUntilItExpires() {
		Lifetime security = lifetimes.of(AlertType.SECURITY_ALERT, null, null, null, NOW, null);
		Lifetime health = lifetimes.of(AlertType.HEALTH_ALERT, null, null, null, NOW, null);

		assertThat(security).isEqualTo(new Lifetime(NOW, NOW.plus(Duration.ofDays(7)),
				NOW.plus(Duration.ofDays(7)).minus(1, ChronoUnit.MICROS)));
		assertThat(health.expires()).isEqualTo(NOW.plus(Duration.ofDays(30)));
	}

	@Test
	void aTravelAdvisoryHasNoExpiryAndReachesArrivalsForTheOpenWindow() {
		Lifetime advisory = lifetimes.of(AlertType.TRAVEL_ADVISORY, null, null, null, NOW, null);

		assertThat(advisory.expires()).isNull();
		assertThat(advisory.arrivalsUntil()).isEqualTo(NOW.plus(Duration.ofDays(30)));
	}

	@Test
	void anExpiryAtMidnightReachesTripsStartingTheDayBeforeNotThatDay() {
		Instant midnight = Instant.parse("2026-12-10T00:00:00Z");

		Lifetime lifetime = lifetimes.of(AlertType.SECURITY_ALERT, null, midnight, null, NOW, null);

		assertThat(lifetime.arrivalsUntil()).isBefore(midnight).isAfter(Instant.parse("2026-12-09T23:59:59Z"));
	}

	@Test
	void staffNarrowArrivalsToDaysOrToNobody() {
		assertThat(lifetimes.of(AlertType.HEALTH_ALERT, null, null, 3, NOW, null).arrivalsUntil())
			.isEqualTo(NOW.plus(Duration.ofDays(3)));
		assertThat(lifetimes.of(AlertType.HEALTH_ALERT, null, null, 0, NOW, null).arrivalsUntil()).isNull();
		// Never beyond the expiry.
		assertThat(lifetimes.of(AlertType.SECURITY_ALERT, null, null, 20, NOW, null).arrivalsUntil())
			.isBefore(NOW.plus(Duration.ofDays(7)));
	}

	@Test
	void aCheckInLastsUntilItsDeadlineAndNoShorter() {
		Instant deadline = NOW.plus(Duration.ofHours(24));

		assertThat(lifetimes.of(AlertType.SECURITY_ALERT, null, null, null, NOW, deadline).expires())
			.isEqualTo(deadline);
		assertRefused(() -> lifetimes.of(AlertType.SECURITY_ALERT, null, NOW.plus(Duration.ofHours(2)), null, NOW,
				deadline), "expires");
	}

	@Test
	void refusesExpiriesPastBeforeEffectiveOrTooFarAndEffectiveTimesTooFar() {
		assertRefused(() -> lifetimes.of(AlertType.MESSAGE, null, NOW.minusSeconds(1), null, NOW, null), "expires");
		assertRefused(() -> lifetimes.of(AlertType.MESSAGE, NOW.plus(Duration.ofDays(3)), NOW.plus(Duration.ofDays(2)),
				null, NOW, null), "expires");
		assertRefused(() -> lifetimes.of(AlertType.MESSAGE, null, NOW.plus(Duration.ofDays(400)), null, NOW, null),
				"expires");
		assertRefused(() -> lifetimes.of(AlertType.TRAVEL_ADVISORY, Instant.parse("+30000-01-01T00:00:00Z"), null,
				null, NOW, null), "effective");
	}

	@Test
	void aHeldAlertApprovedLaterCountsItsDefaultsFromTheApproval() {
		Lifetime composed = lifetimes.of(AlertType.SECURITY_ALERT, null, null, null, NOW, null);
		Instant approved = NOW.plus(Duration.ofDays(3));

		Lifetime issued = lifetimes.atApproval(held(AlertType.SECURITY_ALERT, composed), approved);

		assertThat(issued).isEqualTo(new Lifetime(approved, approved.plus(Duration.ofDays(7)),
				approved.plus(Duration.ofDays(7)).minus(1, ChronoUnit.MICROS)));
	}

	@Test
	void aHeldAlertKeepsTheExpiryStaffSet() {
		Instant set = NOW.plus(Duration.ofDays(5));
		Lifetime composed = lifetimes.of(AlertType.SECURITY_ALERT, null, set, null, NOW, null);

		Lifetime issued = lifetimes.atApproval(held(AlertType.SECURITY_ALERT, composed), NOW.plus(Duration.ofDays(1)));

		assertThat(issued.effective()).isEqualTo(NOW.plus(Duration.ofDays(1)));
		assertThat(issued.expires()).isEqualTo(set);
	}

	private static Alert held(AlertType type, Lifetime lifetime) {
		return new Alert(UUID.randomUUID(), type, Severity.EXTREME, "Title", "Body", "Sms", null, List.of("ML"),
				List.of(), AlertShapes.none(), Set.of(Channel.SMS), "embassy-bamako", "duty-officer", NOW,
				AlertStatus.PENDING_APPROVAL, null, null, null, lifetime, null);
	}

	private static void assertRefused(Runnable call, String field) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.violations()).extracting(InvalidInputException.Violation::field).contains(field));
	}
}
