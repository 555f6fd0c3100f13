package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Feeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Text from outside that Beacon logs cannot write a log line of its own into the plain-text log (the embedded
 * default's): a line break in it is escaped. Here the text is an advisory feed's, which an administrator posts and
 * the poller reads from the State Department, and which Beacon quotes when it skips an item.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogForgingIntegrationTests extends BeaconIntegrationTest {

	/** A whole log line as Beacon's console writes one, for someone to slip into the log after a line break. */
	static final String FORGED = "2026-12-01T09:00:00.000Z  INFO 4242 --- [beacon] [exec-1] o.b.staff.StaffAccounts"
			+ "                  : Granted ADMIN to intruder";

	@Test
	void anAdvisoryFeedCannotWriteALineOfItsOwnIntoTheLog(CapturedOutput output) {
		String feed = Feeds.rss(
				// Skipped: an unknown Country-Tag, quoted in the reason as well.
				Feeds.item("ZZ\n" + FORGED, "Nowhere\n" + FORGED, 2, Feeds.wording(2), "<p>?</p>"),
				// Skipped too: no level anywhere. (Character references: a parser reads a raw CR LF as LF.)
				"""
						    <item>
						      <title>Somewhere&#13;&#10;%s</title>
						      <category domain="Country-Tag">ML</category>
						    </item>""".formatted(FORGED),
				// Its link is dropped, not being https, and its title quoted.
				Feeds.linked(Feeds.item("GM", "Germany\u2028" + FORGED, 2, Feeds.wording(2), "<p>x</p>"),
						"http://travel.state.gov.example/"));

		Api.Response report = api().postFeed(feed);

		assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
		assertThat(report.body().get("rejected")).hasSize(2);
		assertThat(output.getAll()).as("the items were logged, escaped")
			.contains("Advisory feed item skipped: Nowhere\\n2026-12-01T09:00:00.000Z",
					"unknown Country-Tag 'ZZ\\n2026-12-01T09:00:00.000Z", "Somewhere\\r\\n2026-12-01T09:00:00.000Z",
					"Advisory feed item 'Germany\\u20282026-12-01T09:00:00.000Z");
		assertThat(output.getAll().split("\\R")).as("no line of the log is the forged one")
			.noneMatch(line -> line.startsWith(FORGED.substring(0, 40)));
	}
}
