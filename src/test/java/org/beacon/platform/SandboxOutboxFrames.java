package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.support.Api;
import org.beacon.support.PageSession;

/**
 * Every email of the outbox renders in its frame for whoever may read it, the plain-text ones (verification, sign-in)
 * as well as the alerts (issue 14), and no one else's: part of {@link EmbeddedDefaultIntegrationTests}, on the
 * outbox it leaves (Amadou's verification, alert, sign-in and alert emails; the verification email of a citizen who
 * left; an officer of Paris, whose post covers none of them).
 */
final class SandboxOutboxFrames {

	private static final Pattern FRAME = Pattern
		.compile("src=\"(/staff/sandbox/emails/\\d+)\"[^>]*title=\"Email: ([^\"]*)\"");

	private static final String VERIFY = "Confirm your email address for Beacon alerts";

	private static final String SIGN_IN = "Your Beacon sign-in link";

	private SandboxOutboxFrames() {
	}

	static void everyEmailRendersForWhoeverMayReadIt(String root) {
		PageSession admin = new PageSession(root).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		PageSession officer = new PageSession(root).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		PageSession paris = new PageSession(root).signInAsStaff("paris-officer",
				EmbeddedDefaultIntegrationTests.PARIS_PASSWORD);
		Map<String, String> adminFrames = frames(admin.get("/staff/sandbox").body());
		Map<String, String> officerFrames = frames(officer.get("/staff/sandbox").body());
		assertThat(adminFrames.values()).as("the subjects of the emails").hasSize(5)
			.filteredOn(subject -> subject.equals(VERIFY) || subject.equals(SIGN_IN)).hasSize(3);
		assertThat(officerFrames).hasSize(4);
		assertThat(adminFrames).containsAllEntriesOf(officerFrames);

		for (String frame : adminFrames.keySet()) {
			PageSession.Page shown = admin.get(frame);
			assertThat(shown.status()).as(frame).isEqualTo(200);
			assertThat(shown.body()).as(frame).contains(words(adminFrames.get(frame)));
			boolean theirs = officerFrames.containsKey(frame);
			assertThat(officer.get(frame).status()).as("Bamako's officer reads " + frame).isEqualTo(theirs ? 200 : 404);
			assertThat(paris.get(frame).status()).as("Paris's officer reads " + frame).isEqualTo(404);
		}

		String verification = only(officerFrames, VERIFY);
		assertThat(admin.get(verification).body()).contains("<pre", "Open this link to confirm", "/verify/email?t=");
		assertThat(officer.get(verification).body()).contains("<pre", "Open this link to confirm", "[link hidden]")
			.doesNotContain("?t=");
		String signIn = only(officerFrames, SIGN_IN);
		assertThat(admin.get(signIn).body()).contains("Open this link to manage", "/signin/link?t=");
		assertThat(officer.get(signIn).body()).contains("Open this link to manage", "[link hidden]")
			.doesNotContain("?t=");

		assertThat(admin.get("/staff/sandbox/emails/" + adminFrames.size()).status()).isEqualTo(404);
		assertThat(admin.get("/staff/sandbox/emails/-1").status()).isEqualTo(404);
	}

	/** The frames of an outbox page, by their address, with the subjects of their emails, in the page's order. */
	private static Map<String, String> frames(String page) {
		Map<String, String> frames = new LinkedHashMap<>();
		Matcher frame = FRAME.matcher(page);
		while (frame.find()) {
			frames.put(frame.group(1), frame.group(2));
		}
		return frames;
	}

	/** Words the email with this subject holds, whatever its form. */
	private static String words(String subject) {
		for (String alert : List.of("Road closed", "Curfew in Mopti")) {
			if (subject.contains(alert)) {
				return alert;
			}
		}
		return "Open this link to";
	}

	private static String only(Map<String, String> frames, String subject) {
		List<String> found = new ArrayList<>();
		frames.forEach((frame, title) -> {
			if (title.equals(subject)) {
				found.add(frame);
			}
		});
		assertThat(found).as(subject).hasSize(1);
		return found.get(0);
	}
}
