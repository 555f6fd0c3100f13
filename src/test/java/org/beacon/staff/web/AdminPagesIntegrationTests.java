package org.beacon.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * The administrators' pages answer an account or post that does not exist with the not-found page, and grant every
 * role, the crisis role included.
 */
class AdminPagesIntegrationTests extends BeaconIntegrationTest {

	@Test
	void anUnknownAccountOrPostIsTheNotFoundPage() {
		PageSession admin = new PageSession(http.getRootUri()).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		String nobody = "nobody-" + Long.toString(System.nanoTime(), 36);

		assertThat(admin.get("/staff/admin/accounts/" + nobody).status()).isEqualTo(404);
		admin.get("/staff/admin/accounts");
		assertThat(admin.post("/staff/admin/accounts/" + nobody + "/enabled", "enabled", "false").status())
			.isEqualTo(404);
		assertThat(admin.get("/staff/admin/posts/" + nobody).status()).isEqualTo(404);
		admin.get("/staff/admin/posts");
		assertThat(admin.post("/staff/admin/posts/" + nobody, "name", "Nowhere", "countries", "ML").status())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM post WHERE id = ?", Long.class, nobody)).isZero();
	}

	@Test
	void anAdministratorGrantsTheCrisisRoleWhichOpensTheHelpQueue() {
		PageSession admin = new PageSession(http.getRootUri()).signInAsStaff(Api.ADMIN, Api.PASSWORD);
		String username = "crisis-" + Long.toString(System.nanoTime(), 36);
		assertThat(admin.get("/staff/admin/accounts").body()).contains("value=\"CRISIS\"", "Crisis staff");

		PageSession.Page created = admin.post("/staff/admin/accounts", "username", username, "displayName",
				"Crisis cell", "postId", "embassy-bamako", "roles", "CRISIS", "password", "correct horse battery");

		assertThat(created.location()).endsWith("/staff/admin/accounts");
		assertThat(jdbc.queryForObject("SELECT roles::text FROM staff_member WHERE username = ?", String.class,
				username)).isEqualTo("{CRISIS}");
		assertThat(http.withBasicAuth(username, "correct horse battery")
			.getForEntity("/api/v1/checkins/" + UUID.randomUUID() + "/help", String.class)
			.getStatusCode()
			.value()).as("crisis staff pass the security rule and find no such check-in").isEqualTo(404);
		assertThat(http.withBasicAuth(Api.OFFICER, Api.PASSWORD)
			.getForEntity("/api/v1/checkins/" + UUID.randomUUID() + "/help", String.class)
			.getStatusCode()
			.value()).isEqualTo(403);
	}
}
