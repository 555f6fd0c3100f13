package org.beacon.broadcast.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.junit.jupiter.api.Test;

/** Reading an alert needs one of its countries; acting on it needs all of them. */
class PostCoverageTests {

	private static final StaffMember BAMAKO = new StaffMember("duty-officer", "Duty officer", "embassy-bamako",
			"U.S. Embassy Bamako", Set.of("ML"), Set.of(StaffRole.OFFICER));

	private static final StaffMember ADMIN = new StaffMember("admin", "Admin", "department",
			"U.S. Department of State", Set.of(), Set.of(StaffRole.ADMIN));

	@Test
	void aPostReadsAnAlertForOneOfItsCountriesButActsOnlyOnAlertsForAllOfThem() {
		List<String> maliAndNiger = List.of("ML", "NE");

		assertThat(PostCoverage.mayRead(BAMAKO, maliAndNiger)).isTrue();
		assertThat(PostCoverage.mayActOn(BAMAKO, maliAndNiger)).isFalse();
		assertThat(PostCoverage.mayActOn(BAMAKO, List.of("ML"))).isTrue();
	}

	@Test
	void aPostNeitherReadsNorActsOnAnotherPostsAlert() {
		assertThat(PostCoverage.mayRead(BAMAKO, List.of("FR"))).isFalse();
		assertThat(PostCoverage.mayActOn(BAMAKO, List.of("FR"))).isFalse();
	}

	@Test
	void anAdministratorCoversEveryCountryButNoAlertWithoutOne() {
		assertThat(PostCoverage.mayActOn(ADMIN, List.of("FR", "ML"))).isTrue();
		assertThat(PostCoverage.mayRead(ADMIN, List.of())).isFalse();
		assertThat(PostCoverage.mayActOn(ADMIN, List.of())).isFalse();
	}
}
