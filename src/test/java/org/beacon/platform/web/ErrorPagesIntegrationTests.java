package org.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.support.RawHttp.assertErrorPage;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.RawHttp;
import org.beacon.support.fuzz.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the fuzzing found at the pages' addresses, kept as fixed examples: a request refused outside a page's
 * controller (by security, by the firewall, before a handler is chosen, by Tomcat itself) is the site's error page,
 * whatever the client accepts, and never a 500.
 */
class ErrorPagesIntegrationTests extends BeaconIntegrationTest {

	@LocalServerPort
	int port;

	RawHttp raw;

	@BeforeEach
	void client() {
		raw = new RawHttp(port);
	}

	@Test
	void theErrorPathItselfIsNotFoundRatherThanAServerError() {
		assertErrorPage(raw.send(raw.request("/error").GET()), 404);
	}

	@Test
	void aPageRefusedBySecurityIsTheErrorPageWhateverTheClientAccepts() {
		HttpResponse<String> withoutToken = raw.send(raw.request("/").header("Accept", "application/json")
			.header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString("email=a")));

		assertErrorPage(withoutToken, 403);
	}

	@Test
	void aMethodAPageDoesNotTakeIsTheErrorPageWithItsAllowHeader() {
		Visitor browser = Visitor.browser("browser", raw.root());
		HttpResponse<String> patch = raw.send(browser.client(), raw.request("/verify/email")
			.header("X-CSRF-TOKEN", browser.csrf()).method("PATCH", BodyPublishers.noBody()));

		assertErrorPage(patch, 405);
		assertThat(patch.headers().firstValue("Allow")).isPresent();
	}

	@Test
	void aParameterNameTheFirewallRefusesIsABadRequestNotAServerError() {
		Visitor browser = Visitor.browser("browser", raw.root());

		assertErrorPage(raw.send(browser.client(), raw.request("/?%EF%BF%BF=x")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("email=a&_csrf=" + browser.csrf()))), 400);
	}

	@Test
	void aFieldOfNoListEntryIsABadRequestNotAServerError() {
		Visitor browser = Visitor.browser("browser", raw.root());
		for (String field : new String[] { "places%5B0x%5D.country", "places%5B999%5D.country" }) {
			assertErrorPage(raw.send(browser.client(), raw.request("/")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(BodyPublishers.ofString(field + "=ML&_csrf=" + browser.csrf()))), 400);
		}
	}

	@Test
	void aBrokenFormSentWithAnotherMethodThanPostIsNotAServerError() {
		assertErrorPage(raw.send(raw.request("/").header("Content-Type", "application/x-www-form-urlencoded")
			.PUT(BodyPublishers.ofString("email=%E"))), 403);
	}

	@Test
	void aMultipartBodyIsNotReadEvenWithoutItsBoundary() {
		// Unread, the body gives no token: the page of a link that does not work.
		assertErrorPage(raw.send(raw.request("/unsubscribe/" + UUID.randomUUID())
			.header("Content-Type", "multipart/form-data").POST(BodyPublishers.ofString("t=x"))), 404);
	}

	@Test
	void anAddressThatIsNotUtf8IsRefusedInTheSitesWords() {
		assertErrorPage(raw.send(raw.request("/staff/alerts/%ED%A0%80").GET()), 400);
	}
}
