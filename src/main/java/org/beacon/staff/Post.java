package org.beacon.staff;

/**
 * An embassy, consulate or desk.
 *
 * @param emergencyPhone the number citizens call for emergency assistance, as it should be printed
 * @param afterHoursPhone the number for after office hours
 */
public record Post(String id, String name, String emergencyPhone, String afterHoursPhone) {

	/** The State Department's Overseas Citizen Services: the number for citizens whose post has none. */
	public static final String OVERSEAS_CITIZEN_SERVICES = "+1 202-501-4444";
}
