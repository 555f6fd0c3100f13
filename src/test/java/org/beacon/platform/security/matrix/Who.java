package org.beacon.platform.security.matrix;

/**
 * The principals of the authorization matrix, in the order of its columns. The resource a request names belongs to
 * the citizen {@link #CITIZEN} or to the post (Bamako, covering ML) of {@link #OFFICER}, {@link #APPROVER} and
 * {@link #CRISIS}.
 */
enum Who {

	/** No credentials, no session (but a CSRF token, as any visitor of a page has). */
	ANONYMOUS,

	/** The citizen the request's resource belongs to: its own management token, link token or session. */
	CITIZEN,

	/** Another enrolled citizen: their own token or session, used on the first citizen's resource. */
	OTHER_CITIZEN,

	/** An OFFICER of a post (Paris, FR) that does not cover the resource. */
	OTHER_POST,

	/** An OFFICER of the resource's post. */
	OFFICER,

	/** An APPROVER of the resource's post. */
	APPROVER,

	/** The administrator (ADMIN and APPROVER of the Department, which covers no country). */
	ADMIN,

	/** A crisis officer (role CRISIS only) of the resource's post: the help queue and roster of its check-ins. */
	CRISIS,

	/**
	 * A crisis officer (role CRISIS only) of a post (Paris, FR) that does not cover the resource: what refuses them
	 * the help queue and roster is the post, where {@link #OTHER_POST} is refused for want of the role.
	 */
	OTHER_CRISIS;

	boolean isStaff() {
		return ordinal() >= OTHER_POST.ordinal();
	}

	boolean isCitizen() {
		return this == CITIZEN || this == OTHER_CITIZEN;
	}
}
