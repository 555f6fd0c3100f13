package org.beacon.staff;

/** What a staff member did, as the audit log records it. */
public enum StaffAction {
	/** Issued an alert: it went to the fan-out at once. */
	ISSUE,
	/** Composed an alert that needs a second person (two-person rule): stored, not sent. */
	SUBMIT_FOR_APPROVAL,
	/** Approved an alert another staff member composed: it was issued. */
	APPROVE,
	/** Rejected an alert awaiting approval: it is never sent. */
	REJECT,
	/** Approved an alert the advisory feed proposed and policy held for review: it was issued. */
	APPROVE_REVIEW,
	/** Discarded an alert held for review: it is never sent. */
	DISCARD,
	/** Sent a follow-up (CAP Update) to an alert's audience. */
	UPDATE,
	/** Cancelled an alert (CAP Cancel): what was not yet sent is stopped. */
	CANCEL,
	/** Signed in to the staff console. */
	SIGN_IN,
	/** Signed out of the staff console. */
	SIGN_OUT,
	/** Created a staff account (administrators). */
	ACCOUNT_CREATE,
	/** Changed a staff account's roles or post. */
	ACCOUNT_CHANGE,
	/** Disabled a staff account: it can no longer sign in. */
	ACCOUNT_DISABLE,
	/** Enabled a disabled staff account again. */
	ACCOUNT_ENABLE,
	/** Set a new password for a staff account. */
	PASSWORD_RESET,
	/** Created a post. */
	POST_CREATE,
	/** Changed a post's name, countries or emergency numbers. */
	POST_CHANGE,
	/** Asked Beacon to read the advisory feed now. */
	FEED_READ,
	/** Made a sandbox provider fail, or answer again, to watch failover (embedded default only). */
	SANDBOX_PROVIDER,
	/** Closed a check-in before its deadline: it takes no more answers and asks nobody again. */
	CLOSE_CHECK_IN,
	/** Looked at a check-in's help queue: who needs help, with their contact points. */
	HELP_QUEUE_VIEW,
	/** Looked at a check-in's roster: every recipient with their answer and contact points. */
	ROSTER_VIEW,
	/** Downloaded a check-in's roster as CSV. */
	ROSTER_EXPORT,
	/** Took a help case: they are handling it. */
	HELP_TAKE,
	/** Resolved a help case, with a note. */
	HELP_RESOLVE,
	/** Registered a passkey for their own account (the detail is its name). */
	PASSKEY_REGISTER,
	/** Deleted a passkey of their own account (the detail is its name). */
	PASSKEY_DELETE,
	/** Enabled an authenticator app (TOTP) as their second factor, and got new recovery codes. */
	TOTP_ENABLE,
	/** Turned their authenticator app (TOTP) off; their recovery codes went with it. */
	TOTP_DISABLE,
	/** Used one of their recovery codes in place of an authenticator app's code. */
	RECOVERY_CODE_USE
}
