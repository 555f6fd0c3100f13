package org.beacon.broadcast.issuing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.ApprovalReason;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.Lifetime;
import org.beacon.broadcast.Severity;
import org.beacon.broadcast.approval.ApprovalPolicy;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.subscribers.AudienceCount;
import org.beacon.subscribers.Channel;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What staff see before they send: how many recipients an alert would reach now, per channel (verified contact
 * points only; counts, never who), and whether the two-person rule would hold it.
 * <p>
 * A count is an answer about people, so small ones are not given: a figure from 1 to {@code FEWER_THAN - 1} is
 * reported as "fewer than {@value #FEWER_THAN}", for the total and for each channel alike, and an exact total beside
 * a withheld channel is withheld too (the difference would give that channel away), as "at least" what the figures
 * add up to. 0 names no one and is given as it is: an alert that reaches no one is worth knowing about. With
 * the smallest circle an area may have ({@code beacon.broadcast.min-radius-km}, 1 km by default), this stops a circle
 * drawn around a citizen's point from saying whether they are there. It does not stop differencing: two overlapping
 * areas whose counts are both large enough may differ by one citizen, and their difference is then that citizen;
 * the smallest radius limits how finely areas can be cut, not what their differences tell. The two-person rule is
 * judged on the exact count: {@code approvalReason} {@code LARGE_AUDIENCE} says the total is above
 * {@code beacon.broadcast.approval-audience-threshold} (10,000 by default), which tells nothing of small counts.
 */
@Service
public class AudienceEstimates {

	/** Counts below this (but above 0) are reported as "fewer than" it. */
	public static final int FEWER_THAN = 5;

	private final StaffDirectory staff;

	private final AlertDrafts drafts;

	private final AlertAudiences audiences;

	private final ApprovalPolicy policy;

	private final AlertLifetimes lifetimes;

	private final Clock clock;

	AudienceEstimates(StaffDirectory staff, AlertDrafts drafts, AlertAudiences audiences, ApprovalPolicy policy,
			AlertLifetimes lifetimes, Clock clock) {
		this.lifetimes = lifetimes;
		this.clock = clock;
		this.staff = staff;
		this.drafts = drafts;
		this.audiences = audiences;
		this.policy = policy;
	}

	/**
	 * @param severity the alert's severity; null when not chosen yet (the estimate then ignores it)
	 * @throws org.beacon.platform.InvalidInputException when the area names unknown countries or regions, or a circle
	 *     smaller than {@code beacon.broadcast.min-radius-km}
	 * @throws org.springframework.web.ErrorResponseException (403) when a country is outside the member's post
	 */
	@Transactional(readOnly = true)
	public AudienceEstimate estimate(IssueAlertRequest.Area area, Set<Channel> channels, Severity severity,
			String username) {
		return estimate(area, channels, severity, null, username);
	}

	/**
	 * As {@link #estimate(IssueAlertRequest.Area, Set, Severity, String)}, with the citizens arriving before the alert
	 * would expire (or within the days staff narrowed it to), counted apart.
	 *
	 * @param timing the alert's type and lifetime as composed so far; null: its type's defaults
	 */
	@Transactional(readOnly = true)
	public AudienceEstimate estimate(IssueAlertRequest.Area area, Set<Channel> channels, Severity severity,
			Timing timing, String username) {
		StaffMember member = staff.find(username)
			.orElseThrow(() -> new AccessDeniedException("No active staff account"));
		Timing asked = timing == null ? new Timing(null, null, null, null, null) : timing;
		Instant now = clock.instant();
		Lifetime lifetime = lifetimes.of(asked.type(), asked.effective(), asked.expires(), asked.arrivingWithinDays(),
				now, asked.answerBy());
		AudienceCount counted = audiences.count(drafts.place(area, member), channels, lifetime.arrivalsUntil());
		long total = counted.total();
		ApprovalReason reason = policy.reason(severity == null ? Severity.MINOR : severity, total).orElse(null);
		return AudienceEstimate.of(counted.perChannel(), total, reason, policy.threshold())
			.withArrivals(counted.arrivingTotal(), lifetime.arrivalsUntil());
	}

	/**
	 * What decides who arriving an alert reaches: its type (its default lifetime), and what staff set.
	 *
	 * @param type null when not chosen yet: the longest default lifetime counts
	 * @param answerBy for a check-in, its deadline (its default expiry); null otherwise
	 */
	public record Timing(AlertType type, Instant effective, Instant expires, Integer arrivingWithinDays,
			Instant answerBy) {
	}

	/**
	 * @param perChannel recipients per chosen channel; null for a channel that reaches from 1 to 4, which
	 *     {@code perChannelFewerThan} then names
	 * @param perChannelFewerThan for each channel whose count is withheld, {@value #FEWER_THAN}: it reaches fewer
	 *     than that (and at least one); absent when no channel's count is withheld
	 * @param total recipients in all (one per citizen and channel); null when withheld, and then either
	 *     {@code totalFewerThan} or {@code totalAtLeast} says what it is
	 * @param totalFewerThan {@value #FEWER_THAN} when the total is from 1 to 4; absent otherwise
	 * @param totalAtLeast when a channel's count is withheld but the total is not small, a lower bound of the total
	 *     (the exact one would give that channel's count away); absent otherwise
	 * @param approvalReason why the two-person rule would hold the alert; null when it would go out at once
	 * @param approvalThreshold the audience above which any alert needs a second person
	 */
	@Schema(description = "How many recipients an alert would reach now. Counts from 1 to 4 are withheld so that an "
			+ "estimate cannot single out a citizen: such a figure is null, and its companion field says \"fewer than "
			+ "5\" (perChannelFewerThan, totalFewerThan); 0 is always given as 0. When a channel's count is withheld "
			+ "the exact total is too (it would give that count away): totalAtLeast then bounds it from below.")
	public record AudienceEstimate(
			@Schema(description = "Recipients per chosen channel; null when from 1 to 4 (see perChannelFewerThan)",
					example = "{\"EMAIL\": 1200, \"SMS\": null}")
			@JsonInclude(value = JsonInclude.Include.ALWAYS, content = JsonInclude.Include.ALWAYS)
			Map<Channel, Long> perChannel,
			@Schema(description = "For each channel whose count is null: it reaches fewer than this many (and at "
					+ "least one); absent when no count is withheld", example = "{\"SMS\": 5}")
			Map<Channel, Integer> perChannelFewerThan,
			@Schema(description = "Recipients in all, one per citizen and channel; null when withheld (see "
					+ "totalFewerThan and totalAtLeast)", nullable = true)
			@JsonInclude(JsonInclude.Include.ALWAYS)
			Long total,
			@Schema(description = "Present when the total is from 1 to 4: it is fewer than this", example = "5")
			Integer totalFewerThan,
			@Schema(description = "Present when a channel's count is withheld and the total is 5 or more: the total "
					+ "is at least this", example = "1201")
			Long totalAtLeast,
			ApprovalReason approvalReason, long approvalThreshold,
			@Schema(description = "Of the recipients, those arriving (their stay in the area starts after today, "
					+ "before arrivalsUntil); null when it, or the recipients there now, number from 1 to 4 (see "
					+ "arrivingFewerThan), or when the total is withheld", nullable = true)
			@JsonInclude(JsonInclude.Include.ALWAYS)
			Long arriving,
			@Schema(description = "Present when the arriving count is from 1 to 4: it is fewer than this", example = "5")
			Integer arrivingFewerThan,
			@Schema(description = "The last moment a stay may start to be reached (its day, UTC); null: nobody "
					+ "arriving is reached", nullable = true)
			Instant arrivalsUntil) {

		/**
		 * The same estimate with the arrivals among its recipients. Withheld when from 1 to 4, when the recipients
		 * there now are (the total less the arrivals would give them away), and when the total is withheld (beside
		 * the channels shown, the arrivals would bound the withheld channel).
		 */
		AudienceEstimate withArrivals(long count, Instant until) {
			boolean small = small(count);
			boolean hidden = small || total == null || small(total - count);
			return new AudienceEstimate(perChannel, perChannelFewerThan, total, totalFewerThan, totalAtLeast,
					approvalReason, approvalThreshold, hidden ? null : count, small ? FEWER_THAN : null, until);
		}

		/** Whether the alert would reach no one now (0 is never withheld). */
		public boolean reachesNoOne() {
			return total != null && total == 0;
		}

		/**
		 * The estimate as staff may see it: small counts withheld.
		 *
		 * @param total the sum of {@code counts}
		 */
		static AudienceEstimate of(Map<Channel, Long> counts, long total, ApprovalReason reason, long threshold) {
			Map<Channel, Long> shown = new EnumMap<>(Channel.class);
			Map<Channel, Integer> fewerThan = new EnumMap<>(Channel.class);
			long atLeast = 0;
			for (Map.Entry<Channel, Long> count : counts.entrySet()) {
				boolean small = small(count.getValue());
				shown.put(count.getKey(), small ? null : count.getValue());
				if (small) {
					fewerThan.put(count.getKey(), FEWER_THAN);
				}
				atLeast += small ? 1 : count.getValue();
			}
			if (fewerThan.isEmpty()) {
				// No channel reaches 1 to 4, so neither does their sum: it is 0, or 5 and more.
				return new AudienceEstimate(Collections.unmodifiableMap(shown), null, total, null, null, reason,
						threshold, 0L, null, null);
			}
			boolean smallTotal = small(total);
			return new AudienceEstimate(Collections.unmodifiableMap(shown), Collections.unmodifiableMap(fewerThan),
					null, smallTotal ? FEWER_THAN : null, smallTotal ? null : Math.max(atLeast, FEWER_THAN), reason,
					threshold, 0L, null, null);
		}

		private static boolean small(long count) {
			return count > 0 && count < FEWER_THAN;
		}
	}
}
