package org.beacon.staff.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.beacon.support.Api;
import org.beacon.support.BeaconIntegrationTest;
import org.beacon.support.PageSession;
import org.junit.jupiter.api.Test;

/** The administrators' pages answer an account or post that does not exist with the not-found page. */
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
}
