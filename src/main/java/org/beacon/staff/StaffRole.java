package org.beacon.staff;

/** What a staff member may do. */
public enum StaffRole {
	/** Composes and sends alerts for the countries of their post. */
	OFFICER,
	/** Approves alerts that need a second person. */
	APPROVER,
	/** Manages staff accounts, posts and the advisory feed. */
	ADMIN,
	/**
	 * Works a crisis: sees, for the countries of their post, who answered a check-in that they need help, with their
	 * contact points and emergency contact, and the roster of every recipient; takes and resolves help cases. No other
	 * role shows a citizen's name, phone or email.
	 */
	CRISIS
}
