package org.beacon.checkins;

import org.beacon.checkins.store.CheckIn;
import org.beacon.staff.Post;
import org.beacon.staff.StaffDirectory;
import org.springframework.stereotype.Component;

/** Whom a citizen who answers a check-in should call: the post that asked, and its emergency number. */
@Component
class EmergencyLines {

	/** Where citizens abroad reach the Department of State when their post has no number on record. */
	static final String OVERSEAS_CITIZEN_SERVICES = Post.OVERSEAS_CITIZEN_SERVICES;

	private final StaffDirectory staff;

	EmergencyLines(StaffDirectory staff) {
		this.staff = staff;
	}

	/** The post that asked; the Department itself when the post is gone. */
	Post post(CheckIn checkIn) {
		return staff.post(checkIn.postId())
			.orElse(new Post(checkIn.postId(), "the U.S. Department of State", null, null));
	}

	/** The post's emergency number, or Overseas Citizen Services' when it has none on record. */
	String phone(CheckIn checkIn) {
		Post post = post(checkIn);
		return post.emergencyPhone() == null || post.emergencyPhone().isBlank() ? OVERSEAS_CITIZEN_SERVICES
				: post.emergencyPhone();
	}
}
