package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.beacon.support.BeaconIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The site's icon: linked from every page, served to anyone, and cached. */
class FaviconIntegrationTests extends BeaconIntegrationTest {

	@Test
	void theIcoIsARealIconThatBrowsersMayKeepForAWeek() {
		ResponseEntity<byte[]> icon = http.getForEntity("/favicon.ico", byte[].class);

		assertThat(icon.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(icon.getHeaders().getContentType()).hasToString("image/x-icon");
		// An ICONDIR header: reserved 0, type 1 (icon), then at least one image.
		assertThat(icon.getBody()).startsWith(0, 0, 1, 0);
		assertThat(icon.getBody()[4] + (icon.getBody()[5] << 8)).isPositive();
		assertThat(icon.getHeaders().getCacheControl()).contains("max-age=604800").contains("public")
			.doesNotContain("no-store");
	}

	@Test
	void theSvgIsAnSvgImageThatBrowsersMayKeepForAWeek() {
		ResponseEntity<byte[]> icon = http.getForEntity("/favicon.svg", byte[].class);

		assertThat(icon.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(icon.getHeaders().getContentType()).hasToString("image/svg+xml");
		assertThat(new String(icon.getBody(), StandardCharsets.UTF_8)).startsWith("<svg ").contains("viewBox");
		assertThat(icon.getHeaders().getCacheControl()).contains("max-age=604800").contains("public");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/advisories", "/signin", "/sms", "/staff/login" })
	void everyPageLinksTheSvgIcon(String path) {
		String page = http.getForObject(path, String.class);

		assertThat(page).contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
	}
}
