package org.beacon.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.beacon.support.Api;
import org.beacon.support.PageSession;
import org.beacon.support.ParisPost;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Staff follow a check-in: its counts per wave and over time in the API, its page, and the page's event stream,
 * which an answer brings up to date (the periodic refresh is off in tests: only an answer can).
 */
class CheckInPagesIntegrationTests extends CheckInIntegrationTest {

	static final String SILENT = "+22376000401";

	static final String ANSWERS = "+22376000402";

	@Autowired
	WaveSchedule waves;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ObjectMapper json;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	KafkaAdmin kafkaAdmin;

	@LocalServerPort
	int port;

	@Test
	void theApiCountsEachWaveAndTheAnswersOverTime() {
		pipeline.enroll("answers@example.org", ANSWERS, Api.json("country", "ML"));
		pipeline.enroll("silent@example.org", SILENT, Api.json("country", "ML"));
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 2);
		checkIns.text(ANSWERS, "1");
		clock.advance(Duration.ofMinutes(31));
		assertThat(waves.sendDue()).isNotEmpty();
		awaitPipelineIdle();
		clock.advance(Duration.ofMinutes(3));
		checkIns.text(SILENT, "2 no water");
		clock.advance(Duration.ofMinutes(2));
		checkIns.text(ANSWERS, "2");

		JsonNode checkIn = checkIns.find(id);

		assertThat(checkIn.get("byWave")).hasSize(2);
		assertThat(checkIn.at("/byWave/0/wave").asInt()).isEqualTo(1);
		assertThat(checkIn.at("/byWave/0/asked").asInt()).isEqualTo(2);
		assertThat(checkIn.at("/byWave/0/answered").asInt()).as("answered before wave 2").isEqualTo(1);
		assertThat(checkIn.at("/byWave/0/startedAt").isTextual()).isTrue();
		assertThat(checkIn.at("/byWave/1/asked").asInt()).as("only the silent asked again").isEqualTo(1);
		assertThat(checkIn.at("/byWave/1/answered").asInt()).isEqualTo(1);
		JsonNode points = checkIn.at("/timeline/points");
		assertThat(checkIn.at("/timeline/bucketSeconds").asInt()).isEqualTo(60);
		assertThat(points).hasSize(3);
		assertThat(points.get(0).get("safe").asInt()).isEqualTo(1);
		assertThat(points.get(0).get("needHelp").asInt()).isZero();
		assertThat(points.get(1).get("needHelp").asInt()).isEqualTo(1);
		assertThat(points.get(2).get("safe").asInt()).as("the latest answer wins").isZero();
		assertThat(points.get(2).get("needHelp").asInt()).isEqualTo(2);
		assertThat(checkIn.at("/counts/needHelp").asInt()).isEqualTo(2);
	}

	@Test
	void thePageShowsTheCountsToItsPostAndNobodyElse() {
		pipeline.enroll("answers@example.org", ANSWERS, Api.json("country", "ML", "region", "ML-BKO"));
		pipeline.enroll("silent@example.org", SILENT, Api.json("country", "ML"));
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 2);
		checkIns.text(ANSWERS, "1");

		PageSession officer = new PageSession("http://localhost:" + port).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		PageSession.Page page = officer.get("/staff/checkins/" + id);
		PageSession.Page list = officer.get("/staff/checkins");
		ParisPost.withOfficer(jdbc, passwords);
		PageSession paris = new PageSession("http://localhost:" + port).signInAsStaff(ParisPost.OFFICER,
				ParisPost.PASSWORD);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("data-count=\"safe\">1<").contains("data-count=\"noAnswer\">1<")
			.contains("data-place=\"ML/ML-BKO\"").contains("id=\"checkin-close\"").contains("<polyline");
		assertThat(list.body()).contains("/staff/checkins/" + id);
		assertThat(paris.get("/staff/checkins/" + id).status()).isEqualTo(404);
		assertThat(paris.open("/staff/checkins/" + id + "/events").status()).isEqualTo(404);
		assertThat(paris.get("/staff/checkins").body()).doesNotContain(id);
	}

	@Test
	void theEventStreamSaysWhenACitizenAnswersBySms() throws Exception {
		pipeline.enroll("answers@example.org", ANSWERS, Api.json("country", "ML"));
		String id = checkIns.start(List.of("SMS"));
		pipeline.awaitSettled(id, 1);
		PageSession officer = new PageSession("http://localhost:" + port).signInAsStaff(Api.OFFICER, Api.PASSWORD);

		try (InputStream stream = officer.stream("/staff/checkins/" + id + "/events")) {
			BufferedReader events = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
			assertThat(nextTally(events).at("/checkIn/counts/noAnswer").asInt()).as("the first event, at once")
				.isEqualTo(1);

			checkIns.text(ANSWERS, "1");

			JsonNode tally = CompletableFuture.supplyAsync(() -> nextTally(events)).get(30, TimeUnit.SECONDS);
			assertThat(tally.at("/checkIn/counts/safe").asInt()).isEqualTo(1);
			assertThat(tally.at("/checkIn/timeline/points/0/safe").asInt()).isEqualTo(1);
			assertThat(tally.at("/chart/safe").asText()).startsWith("0.0,200.0");
		}
		assertThat(committedOffsetsOfTheLiveGroup()).as("the page's reader commits nothing").isEmpty();
	}

	/** The offsets the page's consumer group (this process's own) has committed. */
	private Map<?, ?> committedOffsetsOfTheLiveGroup() throws Exception {
		String group = listeners.getListenerContainer("checkin-live").getGroupId();
		try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
			return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
		}
	}

	private JsonNode nextTally(BufferedReader events) {
		try {
			boolean tally = false;
			for (String line = events.readLine(); line != null; line = events.readLine()) {
				if (line.equals("event:tally")) {
					tally = true;
				}
				else if (tally && line.startsWith("data:")) {
					return json.readTree(line.substring("data:".length()));
				}
			}
			throw new IllegalStateException("The stream ended");
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
