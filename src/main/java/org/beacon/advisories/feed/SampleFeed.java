package org.beacon.advisories.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.beacon.advisories.IngestReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the embedded default, which cannot reach travel.state.gov, ingests the small sample feed shipped in the jar
 * once, so advisories exist to look at and to change. It is a baseline: it sends no alert.
 */
@Component
@ConditionalOnProperty(name = "beacon.advisories.seed-sample", havingValue = "true")
class SampleFeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleFeed.class);

	private final AdvisoryIngest ingest;

	private final JdbcClient jdbc;

	SampleFeed(AdvisoryIngest ingest, JdbcClient jdbc) {
		this.ingest = ingest;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (jdbc.sql("SELECT count(*) FROM advisory").query(Long.class).single() > 0) {
			return;
		}
		try (InputStream in = SampleFeed.class.getResourceAsStream("sample-feed.xml")) {
			IngestReport report = ingest.ingest(new String(in.readAllBytes(), StandardCharsets.UTF_8), "sample feed",
					false);
			log.info("Seeded {} advisories from the sample feed", report.countriesNew());
		}
	}
}
