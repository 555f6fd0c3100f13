package org.beacon.broadcast.issuing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.beacon.broadcast.AlertType;
import org.beacon.broadcast.IssueAlertRequest;
import org.beacon.broadcast.Lifetime;
import org.beacon.broadcast.store.Alert;
import org.beacon.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Decides an alert's lifetime from what staff asked and the defaults ({@code beacon.broadcast.lifetimes}): in force
 * from {@code effective} (when issued) until {@code expires} (the type's lifetime, a check-in's deadline, or for a
 * travel advisory the country's next level change), reaching everyone arriving before it expires unless staff
 * narrowed that to a number of days.
 */
@Component
public class AlertLifetimes {

	private final BroadcastProperties properties;

	AlertLifetimes(BroadcastProperties properties) {
		this.properties = properties;
	}

	/**
	 * @param answerBy a check-in's deadline, its default expiry; null for an alert that asks nothing
	 * @throws InvalidInputException naming {@code expires} or {@code effective} when the expiry is not after both now
	 *     and the effective time, or beyond {@code beacon.broadcast.max-lifetime} from now
	 */
	public Lifetime of(IssueAlertRequest request, Instant now, Instant answerBy) {
		return of(request.type(), request.effective(), request.expires(), request.arrivingWithinDays(), now, answerBy);
	}

	/**
	 * As {@link #of(IssueAlertRequest, Instant, Instant)}, from the request's parts.
	 *
	 * @param type null when not chosen yet: the longest default lifetime then
	 */
	public Lifetime of(AlertType type, Instant requestedEffective, Instant requestedExpires, Integer days, Instant now,
			Instant answerBy) {
		Instant effective = requestedEffective == null ? now : requestedEffective;
		checkEffective(effective, now);
		Instant expires = requestedExpires != null ? requestedExpires
				: answerBy != null ? answerBy : defaultLifetime(type).map(effective::plus).orElse(null);
		checkExpiry(expires, effective, now, requestedExpires == null ? "effective" : "expires");
		if (answerBy != null && expires.isBefore(answerBy)) {
			throw new InvalidInputException("expires", "a check-in must stay in force until its deadline " + answerBy);
		}
		// The last moment in force: an alert expiring at midnight reaches trips starting the day before, not that day.
		Instant furthest = expires == null ? now.plus(properties.openArrivals()) : expires.minus(1, ChronoUnit.MICROS);
		Instant arrivals = days == null ? furthest : min(now.plus(Duration.ofDays(days)), furthest);
		return new Lifetime(effective, expires, days != null && days == 0 ? null : arrivals);
	}

	/**
	 * The lifetime of an update: from now until {@code expires} when staff gave it, else until the followed alert
	 * expires (or, when it has expired or was cancelled, the type's lifetime from now). An update reaches the followed
	 * alert's recipients, never anyone arriving.
	 *
	 * @throws InvalidInputException naming {@code expires} when it is not in the future or too far
	 */
	public Lifetime ofUpdate(Alert original, Instant expires, Instant now) {
		Instant until = expires;
		if (until == null) {
			Instant before = original.lifetime().expires();
			until = before == null || before.isAfter(now) ? before
					: properties.lifetimes().of(original.type()).map(now::plus).orElse(null);
		}
		checkExpiry(until, now, now, "expires");
		return new Lifetime(now, until, null);
	}

	/**
	 * The lifetime of a held alert approved at {@code now}: what was defaulted when it was composed (effective at
	 * once, the type's lifetime, arrivals until it expires or for some days) is counted again from now, so that a wait
	 * for approval does not shorten it; what staff set (a time, a check-in's deadline) is kept.
	 */
	public Lifetime atApproval(Alert held, Instant now) {
		Lifetime composed = held.lifetime();
		Duration waited = Duration.between(held.issuedAt(), now);
		if (waited.isNegative() || waited.isZero()) {
			return composed;
		}
		boolean defaultEffective = composed.effective().equals(held.issuedAt());
		Instant effective = defaultEffective ? now : composed.effective();
		Instant expires = composed.expires();
		boolean defaultExpiry = held.answerBy() == null && expires != null
				&& defaultLifetime(held.type()).map(composed.effective()::plus).filter(expires::equals).isPresent();
		if (defaultExpiry) {
			expires = expires.plus(waited);
		}
		Instant arrivals = composed.arrivalsUntil();
		if (arrivals != null) {
			boolean untilExpiry = composed.expires() != null
					&& arrivals.equals(composed.expires().minus(1, ChronoUnit.MICROS));
			arrivals = untilExpiry ? expires.minus(1, ChronoUnit.MICROS) : arrivals.plus(waited);
			if (expires != null && arrivals.isAfter(expires)) {
				arrivals = expires.minus(1, ChronoUnit.MICROS);
			}
		}
		return new Lifetime(effective, expires, arrivals);
	}

	/** No further from now than the longest lifetime, either way: a time so far off is a mistake. */
	private void checkEffective(Instant effective, Instant now) {
		if (effective.isBefore(now.minus(properties.maxLifetime()))
				|| effective.isAfter(now.plus(properties.maxLifetime()))) {
			throw new InvalidInputException("effective",
					"must be within " + properties.maxLifetime().toDays() + " days of now");
		}
	}

	private void checkExpiry(Instant expires, Instant effective, Instant now, String field) {
		if (expires == null) {
			return;
		}
		if (!expires.isAfter(now)) {
			throw new InvalidInputException(field, "the alert would have expired already: expires must be in the future");
		}
		if (!expires.isAfter(effective)) {
			throw new InvalidInputException(field, "expires must be after effective");
		}
		if (expires.isAfter(now.plus(properties.maxLifetime()))) {
			throw new InvalidInputException(field,
					"expires must be at most " + properties.maxLifetime().toDays() + " days from now");
		}
	}

	private Optional<Duration> defaultLifetime(AlertType type) {
		if (type != null) {
			return properties.lifetimes().of(type);
		}
		return Arrays.stream(AlertType.values()).map(properties.lifetimes()::of).flatMap(Optional::stream)
			.max(Comparator.naturalOrder());
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}
}
