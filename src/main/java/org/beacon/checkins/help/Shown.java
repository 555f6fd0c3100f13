package org.beacon.checkins.help;

import java.util.List;
import java.util.UUID;

import org.beacon.staff.StaffActed;

/** What an audit entry says a look showed: how many citizens, and which, as far as the entry holds them. */
final class Shown {

	private Shown() {
	}

	/**
	 * "{what}: {n} citizens: id, id, …", cut where the audit log cuts: the ids name whose data was shown without a
	 * contact point; the count holds however many there were.
	 */
	static String detail(String what, List<UUID> citizens) {
		StringBuilder detail = new StringBuilder(what).append(": ").append(citizens.size()).append(" citizens");
		for (int i = 0; i < citizens.size(); i++) {
			String id = (i == 0 ? ": " : ", ") + citizens.get(i);
			if (detail.length() + id.length() > StaffActed.MAX_DETAIL - 2) {
				return detail.append(", …").toString();
			}
			detail.append(id);
		}
		return detail.toString();
	}
}
