package org.beacon.advisories.feed;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.beacon.advisories.IngestReport;
import org.beacon.advisories.store.FeedValidators;
import org.beacon.advisories.store.FeedValidators.Validators;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Masking;
import org.beacon.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Reads the State Department feed with a conditional GET (ETag and If-Modified-Since, shared by every API replica
 * through {@link FeedValidators}), so an unchanged feed costs one short request. {@link FeedSchedule} calls it on a
 * schedule, staff from the feed page. A failed poll is logged and tried again at the next interval; it never
 * touches the stored advisories.
 */
@Component
@ConditionalOnRole(Role.API)
@ConditionalOnProperty(name = "beacon.advisories.poll.enabled", havingValue = "true")
public class FeedPoller {

	private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

	private final AdvisoryIngest ingest;

	private final AdvisoriesProperties.Poll poll;

	private final HttpClient http;

	private final FeedValidators validators;

	FeedPoller(AdvisoryIngest ingest, AdvisoriesProperties properties, FeedValidators validators) {
		this.ingest = ingest;
		this.validators = validators;
		this.poll = properties.poll();
		this.http = HttpClient.newBuilder().connectTimeout(poll.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** @return the ingest report, or empty when the feed had not changed or could not be fetched */
	public Optional<IngestReport> poll() {
		HttpRequest.Builder request = HttpRequest.newBuilder(poll.url()).timeout(poll.timeout()).GET()
			.header("Accept", "application/rss+xml, application/xml, application/json");
		Validators last = validators.last(poll.url()).orElse(new Validators(null, null));
		if (last.etag() != null) {
			request.header("If-None-Match", last.etag());
		}
		if (last.lastModified() != null) {
			request.header("If-Modified-Since", last.lastModified());
		}
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() == 304) {
				log.debug("Advisory feed unchanged since the last poll");
				return Optional.empty();
			}
			if (response.statusCode() != 200) {
				log.warn("Advisory feed poll of {} answered HTTP {}; trying again at the next interval", poll.url(),
						response.statusCode());
				return Optional.empty();
			}
			IngestReport report = ingest.ingest(response.body(), poll.url().toString(), true);
			validators.remember(poll.url(), new Validators(response.headers().firstValue("ETag").orElse(null),
					response.headers().firstValue("Last-Modified").orElse(null)));
			return Optional.of(report);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			// What failed may quote the feed (a parse error): escaped.
			log.warn("Advisory feed poll of {} failed; trying again at the next interval: {}", poll.url(),
					Masking.line(ex.toString()));
			return Optional.empty();
		}
	}
}
