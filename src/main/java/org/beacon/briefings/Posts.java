package org.beacon.briefings;

import org.beacon.staff.Post;
import org.beacon.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/** Whom a traveller calls in an emergency: the post covering the country, else the Department's own line. */
@Component
class Posts {

	/** Where citizens abroad reach the Department of State when no post with a number covers their country. */
	static final String OVERSEAS_CITIZEN_SERVICES = Post.OVERSEAS_CITIZEN_SERVICES;

	static final String DEPARTMENT = "U.S. Department of State";

	private final StaffDirectory staff;

	Posts(StaffDirectory staff) {
		this.staff = staff;
	}

	/** The post covering the country; the Department of State when none does. */
	Post covering(String country) {
		return staff.postCovering(country).orElse(new Post(null, DEPARTMENT, OVERSEAS_CITIZEN_SERVICES, null));
	}

	/** The post's emergency number, or Overseas Citizen Services' when it has none on record. */
	static String emergencyPhone(Post post) {
		return post.emergencyPhone() == null || post.emergencyPhone().isBlank() ? OVERSEAS_CITIZEN_SERVICES
				: post.emergencyPhone();
	}
}
