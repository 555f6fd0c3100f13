package org.beacon.support;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Beacon with its real parts (see {@link BeaconIntegrationTest}), used through its pages in headless Chromium.
 * Each test gets the JVM's one browser with no cookies, so nobody is signed in and the language is the browser's
 * (English). Where no browser is installed the tests are skipped ({@link BrowserAvailable}).
 */
@ExtendWith(BrowserAvailable.class)
public abstract class BrowserIntegrationTest extends BeaconIntegrationTest {

	@LocalServerPort
	private int port;

	protected Browser browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.at(port);
	}
}
