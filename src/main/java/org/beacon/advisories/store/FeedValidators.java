package org.beacon.advisories.store;

import java.net.URI;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the feed's server said of the version last read ({@code ETag}, {@code Last-Modified}), kept in PostgreSQL so
 * that whichever API replica polls next asks "changed since?" as the one that read it would have.
 */
@Component
public class FeedValidators {

	/** @param etag the server's ETag, or null; @param lastModified its Last-Modified, or null */
	public record Validators(String etag, String lastModified) {
	}

	private final JdbcClient jdbc;

	FeedValidators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the validators of the feed at this address's last read, empty before any */
	public Optional<Validators> last(URI feed) {
		return jdbc.sql("SELECT etag, last_modified FROM advisory_feed_state WHERE url = ?")
			.param(feed.toString())
			.query((row, n) -> new Validators(row.getString("etag"), row.getString("last_modified")))
			.optional();
	}

	/** Records the validators of a version just read (and ingested). */
	public void remember(URI feed, Validators validators) {
		jdbc.sql("""
				INSERT INTO advisory_feed_state (url, etag, last_modified, read_at) VALUES (?, ?, ?, now())
				ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
				  read_at = EXCLUDED.read_at
				""")
			.params(feed.toString(), validators.etag(), validators.lastModified())
			.update();
	}
}
