/**
 * The two-person rule: an alert that would reach more than {@code beacon.broadcast.approval-audience-threshold}
 * recipients, and every EXTREME alert, waits for an approver of its post other than its author
 * ({@code ApprovalPolicy}, {@code PendingApprovals}); {@code AlertApprovals} lets an approver approve (which
 * issues the alert) or reject it, and refuses anyone else with {@code ApprovalRefusedException}.
 * <p>
 * Owns: the pending approvals beside the table {@code alert}. May not: let an author approve their own alert, or an
 * approver act on an alert whose countries their post does not all cover.
 */
package org.beacon.broadcast.approval;
