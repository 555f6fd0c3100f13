package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.Api;
import org.beacon.support.PageSession;
import org.beacon.support.Problems;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sandbox providers' failing switches, an administrator's alone on the API and the page (issue 16): part of
 * {@link EmbeddedDefaultIntegrationTests}, on its Beacon, which it leaves with every provider answering.
 */
final class SandboxProviderSwitches {

	private static final String PROVIDERS = "/api/v1/sandbox/providers";

	private SandboxProviderSwitches() {
	}

	static void onlyAdministratorsMakeAProviderFail(String root, Api api) {
		JsonNode providers = api.get(PROVIDERS, Api.staff(Api.ADMIN, Api.PASSWORD)).body();
		assertThat(providers.findValuesAsText("name")).containsExactly("twilio", "sns", "smtp", "ses");
		assertThat(providers.findValuesAsText("channel")).containsExactly("SMS", "SMS", "EMAIL", "EMAIL");
		assertThat(providers.findValues("failing")).allMatch(failing -> !failing.asBoolean());
		assertThat(api.get(PROVIDERS, Api.staff(Api.OFFICER, Api.PASSWORD)).status()).isEqualTo(403);
		assertThat(api.put(PROVIDERS + "/twilio", Api.json("failing", true), Api.staff(Api.OFFICER, Api.PASSWORD))
			.status()).isEqualTo(403);

		Api.Response failed = api.put(PROVIDERS + "/twilio", Api.json("failing", true),
				Api.staff(Api.ADMIN, Api.PASSWORD));
		assertThat(failed.status()).isEqualTo(200);
		assertThat(failed.body().toString()).isEqualTo("{\"name\":\"twilio\",\"channel\":\"SMS\",\"failing\":true}");
		assertThat(api.get(PROVIDERS, Api.staff(Api.ADMIN, Api.PASSWORD)).body().get(0).get("failing").asBoolean())
			.isTrue();

		Api.Response unknown = api.put(PROVIDERS + "/vonage", Api.json("failing", true),
				Api.staff(Api.ADMIN, Api.PASSWORD));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.body().get("detail").asText()).contains("vonage", "twilio, sns, smtp, ses");
		Problems.assertInvalid(api.put(PROVIDERS + "/twilio", Api.json(), Api.staff(Api.ADMIN, Api.PASSWORD)),
				"failing");
		Problems.assertInvalid(api.put(PROVIDERS + "/twilio", Api.json("failing", "maybe"),
				Api.staff(Api.ADMIN, Api.PASSWORD)), "failing");

		PageSession officer = new PageSession(root).signInAsStaff(Api.OFFICER, Api.PASSWORD);
		assertThat(officer.get("/staff/sandbox").body()).doesNotContain("id=\"providers\"", "Make it fail",
				"Bring it back");
		assertThat(officer.post("/staff/sandbox/providers/twilio", "failing", "false").status()).isEqualTo(403);

		PageSession admin = new PageSession(root).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		assertThat(admin.get("/staff/sandbox").body()).contains("id=\"providers\"", "within about 30 seconds",
				"Bring it back<", "Make it fail<");
		PageSession.Page back = admin.post("/staff/sandbox/providers/twilio", "failing", "false");
		assertThat(back.status()).isEqualTo(302);
		assertThat(back.location()).endsWith("/staff/sandbox#providers");
		assertThat(admin.get("/staff/sandbox").body()).contains("Twilio answers again.")
			.doesNotContain("Bring it back<");
		assertThat(admin.post("/staff/sandbox/providers/vonage", "failing", "true").status()).isEqualTo(404);
		assertThat(api.get(PROVIDERS, Api.staff(Api.ADMIN, Api.PASSWORD)).body().findValues("failing"))
			.as("every provider answers again").allMatch(failing -> !failing.asBoolean());
		assertThat(admin.get("/staff/audit").body()).as("the audit log names each flip")
			.contains("Made a sandbox provider fail or answer again", "twilio fails", "twilio answers again");
	}
}
