package org.beacon.advisories.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.beacon.advisories.IngestReport;
import org.beacon.advisories.store.FeedValidators;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Feeds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The poller against an HTTP server playing travel.state.gov. The ingest behind it is a test double: what is tested
 * here is the conversation with the feed's server, that the validators it keeps in PostgreSQL serve the next poll
 * (whichever replica makes it), and that a failure never reaches the stored advisories.
 */
class FeedPollerIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	FeedValidators validators;

	private final WireMockServer feed = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

	private final AdvisoryIngest ingest = mock(AdvisoryIngest.class);

	private final String document = Feeds.rss(Feeds.mali(4, "<p>Do not travel.</p>"));

	@AfterEach
	void stop() {
		feed.stop();
	}

	@Test
	void asksOnlyForAChangedFeedOnceItKnowsTheVersion() {
		feed.start();
		feed.stubFor(get(urlEqualTo("/feed.xml")).withHeader("If-None-Match", absent())
			.willReturn(aResponse().withStatus(200).withHeader("ETag", "\"v1\"")
				.withHeader("Last-Modified", "Thu, 31 Jul 2025 04:00:00 GMT").withBody(document)));
		feed.stubFor(get(urlEqualTo("/feed.xml")).withHeader("If-None-Match", equalTo("\"v1\""))
			.willReturn(aResponse().withStatus(304)));
		when(ingest.ingest(anyString(), anyString(), anyBoolean())).thenReturn(report());

		assertThat(poller(Duration.ofSeconds(5)).poll()).isPresent();
		assertThat(poller(Duration.ofSeconds(5)).poll()).as("another replica's poller").isEmpty();

		verify(ingest, times(1)).ingest(document, feed.baseUrl() + "/feed.xml", true);
		feed.verify(getRequestedFor(urlEqualTo("/feed.xml")).withHeader("If-Modified-Since",
				equalTo("Thu, 31 Jul 2025 04:00:00 GMT")));
	}

	@Test
	void aFailingServerIsLoggedAndLeftForTheNextPoll() {
		feed.start();
		feed.stubFor(get(urlEqualTo("/feed.xml")).willReturn(aResponse().withStatus(503)));

		assertThat(poller(Duration.ofSeconds(5)).poll()).isEmpty();
		verify(ingest, never()).ingest(anyString(), anyString(), anyBoolean());
	}

	@Test
	void aServerThatDoesNotAnswerTimesOut() {
		feed.start();
		feed.stubFor(get(urlEqualTo("/feed.xml")).willReturn(aResponse().withFixedDelay(3000).withBody(document)));

		assertThat(poller(Duration.ofMillis(500)).poll()).isEmpty();
		verify(ingest, never()).ingest(anyString(), anyString(), anyBoolean());
	}

	private FeedPoller poller(Duration timeout) {
		AdvisoriesProperties.Poll poll = new AdvisoriesProperties.Poll(true, URI.create(feed.baseUrl() + "/feed.xml"),
				Duration.ofMinutes(30), timeout);
		return new FeedPoller(ingest, new AdvisoriesProperties(poll, false, Duration.ofDays(7), 2, 4, Duration.ofDays(30)),
				validators);
	}

	private static IngestReport report() {
		return new IngestReport(1, "test", Instant.now(), 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
	}
}
