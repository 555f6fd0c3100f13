package org.beacon.broadcast;

import java.util.Map;
import java.util.Set;

import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.subscribers.Channel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff see before they send: how many recipients an alert would reach now, per channel (verified contact
 * points only; counts, never who), and whether the two-person rule would hold it.
 */
@Service
public class AudienceEstimates {

	private final StaffDirectory staff;

	private final AlertDrafts drafts;

	private final AlertAudiences audiences;

	private final ApprovalPolicy policy;

	AudienceEstimates(StaffDirectory staff, AlertDrafts drafts, AlertAudiences audiences, ApprovalPolicy policy) {
		this.staff = staff;
		this.drafts = drafts;
		this.audiences = audiences;
		this.policy = policy;
	}

	/**
	 * @param severity the alert's severity; null when not chosen yet (the estimate then ignores it)
	 * @throws org.beacon.platform.InvalidInputException when the area names unknown countries or regions
	 * @throws org.springframework.web.ErrorResponseException (403) when a country is outside the member's post
	 */
	@Transactional(readOnly = true)
	public AudienceEstimate estimate(IssueAlertRequest.Area area, Set<Channel> channels, Severity severity,
			String username) {
		StaffMember member = staff.find(username)
			.orElseThrow(() -> new AccessDeniedException("No active staff account"));
		Map<Channel, Long> counts = audiences.count(drafts.place(area, member), channels);
		long total = AlertAudiences.total(counts);
		ApprovalReason reason = policy.reason(severity == null ? Severity.MINOR : severity, total).orElse(null);
		return new AudienceEstimate(counts, total, reason, policy.threshold());
	}

	/**
	 * @param perChannel recipients per chosen channel
	 * @param total recipients in all (one per citizen and channel)
	 * @param approvalReason why the two-person rule would hold the alert; null when it would go out at once
	 * @param approvalThreshold the audience above which any alert needs a second person
	 */
	public record AudienceEstimate(Map<Channel, Long> perChannel, long total, ApprovalReason approvalReason,
			long approvalThreshold) {
	}
}
