package org.beacon.advisories.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The feed's links that Beacon keeps and shows: absolute https addresses with a host, nothing else. */
class AdvisoryLinksTests {

	@ParameterizedTest
	@ValueSource(strings = { "https://travel.state.gov/content/travel/en/traveladvisories/mali.html",
			"HTTPS://travel.state.gov/", "https://travel.state.gov:443/x?y=1#z" })
	void keepsAbsoluteHttpsAddressesWithAHost(String link) {
		assertThat(AdvisoryLinks.https(link)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
			"java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
			"http://travel.state.gov/", "ftp://travel.state.gov/", "//evil.example/", "/content/travel.html",
			"https:evil", "https:///no-host", "https://travel.state.gov/\" onmouseover=\"alert(1)", "" })
	void dropsEverythingElse(String link) {
		assertThat(AdvisoryLinks.https(link)).isFalse();
	}

	@Test
	void dropsNoLinkAtAll() {
		assertThat(AdvisoryLinks.https(null)).isFalse();
	}
}
