package org.beacon.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.beacon.subscribers.Account;
import org.beacon.support.Api;
import org.beacon.support.Mails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Citizens who paused alerts, or turned briefings off, are not briefed; one who reads Spanish is, in Spanish. */
class BriefingsSkippedIntegrationTests extends BriefingsIntegrationTest {

	@Autowired
	Account account;

	@Test
	void aCitizenWhoPausedAlertsGetsNoBriefing() {
		LocalDate day = inTenDays();
		account.pause(UUID.fromString(enrollTrip("paused@example.org", "+22376000611", day)), true);

		at(tokyo(day, LocalTime.MIDNIGHT).minus(Duration.ofDays(3)).plus(Duration.ofMinutes(1)));

		assertThat(schedule.sendDue()).isEmpty();
	}

	@Test
	void aCitizenWhoTurnedBriefingsOffThroughTheApiGetsNone() {
		LocalDate day = inTenDays();
		Map<String, Object> trip = Map.of("country", "JP", "from", day.toString());
		Api.Response enrolled = api().enroll(Map.of("email", "off@example.org", "channels", List.of("EMAIL"),
				"locations", List.of(trip)));
		String id = enrolled.body().get("id").asText();
		String token = enrolled.body().get("token").asText();

		Api.Response changed = api().subscriber(HttpMethod.PUT, id, token, Map.of("email", "off@example.org",
				"channels", List.of("EMAIL"), "locations", List.of(trip), "briefings", false));
		at(tokyo(day, LocalTime.MIDNIGHT).minus(Duration.ofDays(3)).plus(Duration.ofMinutes(1)));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().get("briefings").asBoolean()).isFalse();
		assertThat(api().subscriber(HttpMethod.GET, id, token, null).body().get("briefings").asBoolean()).isFalse();
		assertThat(schedule.sendDue()).isEmpty();
	}

	@Test
	void aCitizenWhoReadsSpanishIsBriefedInSpanish() throws Exception {
		LocalDate day = inTenDays();
		Api.Response enrolled = api().enroll(Map.of("email", "viajera@example.org", "locale", "es", "channels",
				List.of("EMAIL"), "locations", List.of(Map.of("country", "JP", "from", day.toString()))));
		assertThat(enrolled.status()).isEqualTo(201);

		at(tokyo(day, LocalTime.MIDNIGHT).minus(Duration.ofDays(3)).plus(Duration.ofMinutes(1)));

		assertThat(schedule.sendDue()).hasSize(1);
		MimeMessage mail = await().atMost(Duration.ofSeconds(30))
			.until(() -> emailsTo("viajera@example.org"), mails -> !mails.isEmpty()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Resumen de viaje: Antes de su viaje a Japón");
		assertThat(Mails.text(mail)).contains("Beacon no tiene ningún aviso de viaje para Japón.")
			.contains("No hay ninguna alerta vigente allí.").contains("U.S. Embassy Tokyo, " + EMERGENCY);
	}
}
