package org.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.beacon.advisories.EmbassyPosture;
import org.beacon.advisories.RiskIndicator;
import org.beacon.broadcast.AlertStatus;
import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.ApprovalReason;
import org.beacon.broadcast.Severity;
import org.beacon.ledger.DeliveryStatus;
import org.beacon.staff.StaffAction;
import org.beacon.staff.StaffRole;
import org.beacon.subscribers.ChallengePurpose;
import org.beacon.subscribers.Channel;
import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.api.Test;

/** The CHECK constraints of enum-valued columns (V28) allow exactly the values of their Java enums: they cannot drift. */
class EnumConstraintsIntegrationTests extends BeaconIntegrationTest {

	private static final Pattern LITERAL = Pattern.compile("'([^']*)'::text");

	private static final Map<String, Set<String>> ENUMS = Map.ofEntries(
			Map.entry("delivery_status_known", names(DeliveryStatus.values())),
			Map.entry("delivery_channel_known", names(Channel.values())),
			Map.entry("provider_status_status_known", names(DeliveryStatus.REPORTED.toArray(Enum[]::new))),
			Map.entry("alert_status_known", names(AlertStatus.values())),
			Map.entry("alert_severity_known", names(Severity.values())),
			Map.entry("alert_type_known", names(AlertType.values())),
			Map.entry("alert_approval_reason_known", names(ApprovalReason.values())),
			Map.entry("alert_channels_known", names(Channel.chosen().toArray(Channel[]::new))),
			Map.entry("alert_advisory_posture_known", names(EmbassyPosture.values())),
			Map.entry("advisory_posture_known", names(EmbassyPosture.values())),
			Map.entry("advisory_indicators_known", names(RiskIndicator.values())),
			Map.entry("advisory_version_posture_known", names(EmbassyPosture.values())),
			Map.entry("advisory_version_indicators_known", names(RiskIndicator.values())),
			Map.entry("advisory_announcement_posture_known", names(EmbassyPosture.values())),
			Map.entry("subscriber_channels_known", names(Channel.chosen().toArray(Channel[]::new))),
			Map.entry("contact_challenge_purpose_known", names(ChallengePurpose.values())),
			Map.entry("staff_member_roles_known", names(StaffRole.values())),
			Map.entry("staff_audit_action_known", names(StaffAction.values())));

	@Test
	void eachConstraintAllowsExactlyTheValuesOfItsEnum() {
		ENUMS.forEach((constraint, values) -> assertThat(allowed(constraint)).as(constraint)
			.containsExactlyInAnyOrderElementsOf(values));
	}

	@Test
	void everyConstraintOnAKnownValueIsComparedWithItsEnum() {
		// alert.origin has no Java enum: Alert.origin() names its two values.
		assertThat(jdbc.queryForList("SELECT conname FROM pg_constraint WHERE conname LIKE '%\\_known'", String.class))
			.containsExactlyInAnyOrderElementsOf(
					concat(ENUMS.keySet(), "alert_origin_known"));
	}

	private Set<String> allowed(String constraint) {
		String definition = jdbc.queryForObject(
				"SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = ? AND contype = 'c'", String.class,
				constraint);
		Set<String> values = new LinkedHashSet<>();
		Matcher literal = LITERAL.matcher(definition);
		while (literal.find()) {
			values.add(literal.group(1));
		}
		return values;
	}

	private static Set<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).collect(Collectors.toSet());
	}

	private static Set<String> concat(Set<String> names, String other) {
		Set<String> all = new LinkedHashSet<>(names);
		all.add(other);
		return all;
	}
}
