package org.beacon.checkins;

import org.beacon.delivery.DeliveryProperties;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.Pipeline;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test of check-ins against the whole running Beacon: citizens enrolled and alerts followed through the
 * {@link Pipeline}, check-ins started and answered as citizens and Twilio would ({@link CheckInAnswers}).
 */
public abstract class CheckInIntegrationTest extends BeaconIntegrationTest {

	@Autowired
	protected DeliveryProperties properties;

	protected Pipeline pipeline;

	protected CheckInAnswers checkIns;

	@BeforeEach
	void checkInParts() {
		pipeline = new Pipeline(api());
		checkIns = new CheckInAnswers(api(), http, properties.twilio().authToken(),
				properties.twilio().webhookBaseUrl());
	}
}
