package org.beacon.platform.security.matrix;

import static org.beacon.platform.security.matrix.AuthorizationMatrix.pageRow;
import static org.beacon.platform.security.matrix.Call.get;
import static org.beacon.platform.security.matrix.Call.post;

import org.beacon.platform.security.matrix.AuthorizationMatrix.Fresh;
import org.beacon.platform.security.matrix.MatrixFixtures.HelpCase;

/**
 * The authorization matrix's rows for the check-ins API: starting and closing one is an officer's, its counts any
 * staff's of the post, and who needs help (with names and contact points) only its crisis staff's, audited.
 */
final class CheckInRows {

	static final String CHECK_IN_JSON = """
			{"type":"SECURITY_ALERT","severity":"SEVERE","title":"Are you safe?",
			 "body":"Fighting is reported near Bamako.","area":{"countries":["ML"]},"channels":["SMS"]}""";

	private CheckInRows() {
	}

	static String checkIn(MatrixFixtures f) {
		return "/api/v1/checkins/" + f.checkIn();
	}

	static String helpCase(HelpCase helpCase) {
		return "/api/v1/checkins/" + helpCase.checkIn() + "/help/" + helpCase.subscriber();
	}

	static void add() {
		pageRow("POST /api/v1/checkins", Fresh.NO, (f, who) -> post("/api/v1/checkins", CHECK_IN_JSON),
				"401 401 401 403 202 403 403 403 403");
		pageRow("GET /api/v1/checkins/{id}", Fresh.NO, (f, who) -> get(checkIn(f)),
				"401 401 401 404 200 200 200 200 404");
		pageRow("POST /api/v1/checkins/{id}/close", Fresh.PER_CELL, (f, who) -> post(checkIn(f) + "/close", ""),
				"401 401 401 404 200 403 403 403 403");

		// Crisis staff of the post only: another post's do not find the check-in.
		pageRow("GET /api/v1/checkins/{id}/help", Fresh.NO, (f, who) -> get(checkIn(f) + "/help"),
				"401 401 401 403 403 403 403 200 404");
		pageRow("POST /api/v1/checkins/{id}/help/{subscriberId}/take", Fresh.PER_CELL,
				(f, who) -> post(helpCase(f.helpCase()) + "/take", ""), "401 401 401 403 403 403 403 200 404");
		pageRow("POST /api/v1/checkins/{id}/help/{subscriberId}/resolve", Fresh.PER_CELL,
				(f, who) -> post(helpCase(f.takenHelpCase()) + "/resolve", "{\"note\":\"Called back: a car is on "
						+ "its way\"}"), "401 401 401 403 403 403 403 200 404");
		pageRow("GET /api/v1/checkins/{id}/roster", Fresh.NO, (f, who) -> get(checkIn(f) + "/roster"),
				"401 401 401 403 403 403 403 200 404");
		pageRow("GET /api/v1/checkins/{id}/roster.csv", Fresh.NO, (f, who) -> get(checkIn(f) + "/roster.csv"),
				"401 401 401 403 403 403 403 200 404");
	}
}
