package org.beacon.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PasskeyRelyingPartyTests {

	@Test
	void acceptsCeremoniesFromThePublicOriginOnly() {
		assertThat(PasskeyRelyingParty.origins(URI.create("https://beacon.state.example/"), "8080"))
			.containsExactly("https://beacon.state.example");
		assertThat(PasskeyRelyingParty.origins(URI.create("https://beacon.state.example:8443"), null))
			.containsExactly("https://beacon.state.example:8443");
	}

	@Test
	void onLocalhostAlsoFromThePortTheServerListensOn() {
		assertThat(PasskeyRelyingParty.origins(URI.create("http://localhost:8080"), "41234"))
			.containsExactly("http://localhost:8080", "http://localhost:41234");
		assertThat(PasskeyRelyingParty.origins(URI.create("http://localhost:8080"), null))
			.containsExactly("http://localhost:8080");
	}
}
