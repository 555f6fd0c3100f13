package org.beacon.platform.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.beacon.checkins.AnswerLinks;
import org.beacon.checkins.CheckInAnswers;
import org.beacon.delivery.DeliveryProperties;
import org.beacon.platform.security.matrix.AuthorizationMatrix.Fresh;
import org.beacon.platform.security.matrix.AuthorizationMatrix.Row;
import org.beacon.subscribers.EmailConsent;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.ParisPost;
import org.beacon.support.ProviderVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every endpoint of the running application, as every kind of principal: the outcome each gets is the one
 * {@link AuthorizationMatrix} states. An endpoint the application answers without a row in the table fails the test,
 * as does a row for an endpoint that no longer exists.
 */
class AuthorizationMatrixIntegrationTests extends BeaconIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	EmailConsent consent;

	@Autowired
	DeliveryProperties delivery;

	@Autowired
	AnswerLinks answerLinks;

	@Autowired
	PasswordEncoder passwords;

	@BeforeEach
	void parisPost() {
		ParisPost.withCrisisOfficer(jdbc, passwords);
	}

	@Test
	void everyEndpointHasARowAndEveryRowAnEndpoint() {
		Set<String> endpoints = Endpoints.of(context);
		Set<String> rows = AuthorizationMatrix.rows().keySet();

		assertThat(difference(endpoints, rows)).as("endpoints without a row in the matrix").isEmpty();
		assertThat(difference(rows, endpoints)).as("rows of endpoints that do not exist").isEmpty();
	}

	@Test
	void everyPrincipalGetsWhatTheMatrixStates() {
		MatrixFixtures.Parts parts = new MatrixFixtures.Parts(api(), jdbc, http.getRootUri(),
				new ProviderVerifier(SMTP, TWILIO), consent, clock, new CheckInAnswers(api(), http,
						delivery.twilio().authToken(), delivery.twilio().webhookBaseUrl()), answerLinks);
		MatrixFixtures shared = new MatrixFixtures(parts);
		Caller caller = new Caller(http.getRootUri());
		List<String> mismatches = new ArrayList<>();
		StringBuilder actual = new StringBuilder();
		int requests = 0;
		for (Row row : AuthorizationMatrix.rows().values()) {
			long started = System.nanoTime();
			// Refusals share the row's resources: one that wrongly succeeded shows as a mismatch all the same.
			MatrixFixtures refused = row.fresh() == Fresh.NO ? shared : new MatrixFixtures(parts, row.fresh(), shared);
			List<String> outcomes = new ArrayList<>();
			for (Who who : Who.values()) {
				String expected = row.expected().get(who.ordinal());
				MatrixFixtures fixtures = row.fresh() == Fresh.NO || !succeeds(expected) ? refused
						: new MatrixFixtures(parts, row.fresh(), shared);
				String outcome = caller.send(row.call().apply(fixtures, who), who, fixtures);
				requests++;
				outcomes.add(outcome);
				if (!expected.equals(outcome)) {
					mismatches.add(row.endpoint() + " as " + who + ": expected " + expected + ", got " + outcome);
				}
			}
			actual.append(String.format("%-70s %s  (%d ms)%n", row.endpoint(), String.join(" ", outcomes),
					(System.nanoTime() - started) / 1_000_000));
		}
		System.out.printf("Authorization matrix: %d endpoints x %d principals = %d requests%n%s",
				AuthorizationMatrix.rows().size(), Who.values().length, requests, actual);
		assertThat(mismatches).as("outcomes that differ from the matrix").isEmpty();
	}

	/** Whether an outcome is the request done, rather than refused or sent to sign in. */
	private static boolean succeeds(String outcome) {
		return outcome.startsWith("2") || (outcome.startsWith("3") && !outcome.endsWith("/signin")
				&& !outcome.endsWith("/staff/login"));
	}

	private static Set<String> difference(Set<String> of, Set<String> without) {
		Set<String> left = new TreeSet<>(of);
		left.removeAll(without);
		return left;
	}
}
