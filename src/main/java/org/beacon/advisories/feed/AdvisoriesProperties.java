package org.beacon.advisories.feed;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param poll the scheduled poller of the State Department feed
 * @param seedSample ingest the sample feed shipped in the jar at start when no advisory is stored yet (embedded
 * default)
 * @param absence how long an advisory may be missing from the feed before it is marked withdrawn; a shorter
 * absence is a glitch of the feed
 * @param suspectLoweringOf a lowering of this many levels or more is suspect (the alerts hold it for review), so a
 * return to the version before it is never taken for a stale copy
 * @param suspectLoweringFrom any lowering from this level is suspect
 * @param lookahead a level change also reaches travellers whose trip to the country starts within this time
 */
@Validated
@ConfigurationProperties("beacon.advisories")
public record AdvisoriesProperties(@Valid @DefaultValue Poll poll, @DefaultValue("false") boolean seedSample,
		@NotNull @DefaultValue("P7D") Duration absence, @DefaultValue("2") int suspectLoweringOf,
		@DefaultValue("4") int suspectLoweringFrom, @NotNull @DefaultValue("P30D") Duration lookahead) {

	/**
	 * @param enabled poll on a schedule (off on the embedded default, which has no internet)
	 * @param url the RSS feed or the JSON API; both forms are understood
	 * @param interval time between polls
	 * @param timeout connect and read timeout of one poll
	 */
	public record Poll(@DefaultValue("false") boolean enabled,
			@NotNull @DefaultValue("https://travel.state.gov/_res/rss/TAsTWs.xml") URI url,
			@NotNull @DefaultValue("PT30M") Duration interval, @NotNull @DefaultValue("PT30S") Duration timeout) {
	}
}
