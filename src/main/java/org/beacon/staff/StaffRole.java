package org.beacon.staff;

/** What a staff member may do. */
public enum StaffRole {
	/** Composes and sends alerts for the countries of their post. */
	OFFICER,
	/** Approves alerts that need a second person. */
	APPROVER,
	/** Manages staff accounts, posts and the advisory feed. */
	ADMIN
}
