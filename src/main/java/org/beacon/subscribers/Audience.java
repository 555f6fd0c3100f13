package org.beacon.subscribers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Resolves who an alert reaches, in the database, page by page in subscriber order (keyset pagination): the
 * audience is never held in memory whole, and no transaction stays open between pages.
 */
@Service
public class Audience {

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	Audience(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Hands each page of recipients to {@code page}, one recipient per subscriber and matching channel.
	 *
	 * @param pageSize how many subscribers a page holds at most
	 */
	public void forEachPage(AudienceCriteria criteria, int pageSize, Consumer<List<Recipient>> page) {
		forEachPage(criteria, pageSize, null, page);
	}

	/**
	 * As {@link #forEachPage(AudienceCriteria, int, Consumer)}, starting after a subscriber: the last one of a page
	 * handed out before, as pages list recipients in the audience's order.
	 */
	public void forEachPage(AudienceCriteria criteria, int pageSize, UUID start, Consumer<List<Recipient>> page) {
		forEachPage(criteria, pageSize, start, null, page);
	}

	/**
	 * As {@link #forEachPage(AudienceCriteria, int, UUID, Consumer)}, within a range of subscriber ids: after
	 * {@code start} through {@code through} (inclusive; null: to the last), in the database's order of ids. Walks of
	 * ranges that do not overlap reach disjoint sets of recipients, so they may run at once.
	 */
	public void forEachPage(AudienceCriteria criteria, int pageSize, UUID start, UUID through,
			Consumer<List<Recipient>> page) {
		walk(criteria, pageSize, start, through, false, (recipients, arriving) -> page.accept(recipients));
	}

	/**
	 * As {@link #forEachPage(AudienceCriteria, int, Consumer)}, handing with each page the subscribers of it who are
	 * only arriving: none of their places in the area covers the criteria's day.
	 */
	void forEachPageWithArrivals(AudienceCriteria criteria, int pageSize, BiConsumer<List<Recipient>, Set<UUID>> page) {
		walk(criteria, pageSize, null, null, true, page);
	}

	private void walk(AudienceCriteria criteria, int pageSize, UUID start, UUID through, boolean arrivals,
			BiConsumer<List<Recipient>, Set<UUID>> page) {
		UUID after = start;
		while (true) {
			List<Subscriber> subscribers = page(criteria, after, through, pageSize);
			if (subscribers.isEmpty()) {
				return;
			}
			List<Subscriber> matching = subscribers;
			Set<UUID> arriving = Set.of();
			if (arrivals || !criteria.shapes().isEmpty()) {
				Map<UUID, Boolean> thereNow = placesInArea(subscribers, criteria);
				matching = subscribers.stream().filter(subscriber -> thereNow.containsKey(subscriber.id())).toList();
				arriving = new HashSet<>();
				for (Map.Entry<UUID, Boolean> place : thereNow.entrySet()) {
					if (!place.getValue()) {
						arriving.add(place.getKey());
					}
				}
			}
			List<Recipient> recipients = new ArrayList<>();
			// Contact points are opened only for the subscribers that match, and only for the channels wanted.
			matching.forEach(subscriber -> subscriber.addRecipients(criteria.channels(), cipher, recipients));
			if (!recipients.isEmpty()) {
				page.accept(recipients, arriving);
			}
			after = subscribers.get(subscribers.size() - 1).id();
		}
	}

	/**
	 * A cheap upper bound on the audience's size, for sizing work before the walk: the reached places in the area's
	 * countries and regions, before eligibility and shapes, counted up to {@code cap}.
	 */
	public long sizeUpTo(AudienceCriteria criteria, long cap) {
		return jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM subscriber_location l WHERE %s AND %s LIMIT :cap) c"
			.formatted(Eligibility.DATES, Eligibility.IN_AREA))
			.param("on", criteria.on())
			.param("until", criteria.until())
			.param("whole", array(criteria.shapes().isEmpty() ? criteria.wholeCountries() : criteria.countries()))
			.param("regions", array(criteria.regions()))
			.param("partial", array(criteria.partialCountries()))
			.param("cap", cap)
			.query(Long.class)
			.single();
	}

	private List<Subscriber> page(AudienceCriteria criteria, UUID after, UUID through, int pageSize) {
		// Each country and region of the area is walked on its own index in subscriber order from the cursor, at most
		// a page of distinct subscribers each (LATERAL; a citizen may have two places in one country, and a walk
		// that counted places would stop short and let the merged page skip subscribers), and the walks are merged: a page costs about its own size whatever the audience, so
		// a million recipients take a thousand cheap pages, not a thousand scans of a million places. The cursor is
		// the last id of the previous page in SQL's order (Java orders UUIDs differently).
		String cursor = (after == null ? "" : "AND l.subscriber_id > :after")
				+ (through == null ? "" : " AND l.subscriber_id <= :through");
		// Every subscriber of the page comes back, reachable or not (Eligibility turns the contact points of those who
		// may not be reached into NULL): the cursor moves on from the page's last row, so dropping rows here could end
		// the walk early.
		JdbcClient.StatementSpec statement = jdbc.sql("""
				SELECT s.id, %3$s AS email, %4$s AS phone, s.locale
				FROM subscriber s JOIN (
				  SELECT DISTINCT subscriber_id FROM (
				    SELECT w.subscriber_id FROM unnest(CAST(:whole AS text[])) AS c(code), LATERAL (
				      SELECT DISTINCT l.subscriber_id FROM subscriber_location l WHERE l.country = c.code %1$s AND %2$s
				      ORDER BY l.subscriber_id LIMIT :limit) w
				    UNION ALL
				    SELECT r.subscriber_id FROM unnest(CAST(:regions AS text[])) AS c(code), LATERAL (
				      SELECT DISTINCT l.subscriber_id FROM subscriber_location l WHERE l.region = c.code %1$s AND %2$s
				      ORDER BY l.subscriber_id LIMIT :limit) r
				    UNION ALL
				    SELECT p.subscriber_id FROM unnest(CAST(:partial AS text[])) AS c(code), LATERAL (
				      SELECT DISTINCT l.subscriber_id FROM subscriber_location l
				      WHERE l.country = c.code AND l.region IS NULL %1$s AND %2$s
				      ORDER BY l.subscriber_id LIMIT :limit) p
				  ) matches ORDER BY subscriber_id LIMIT :limit
				) page ON s.id = page.subscriber_id
				ORDER BY s.id""".formatted(cursor, Eligibility.DATES, Eligibility.EMAIL, Eligibility.SMS))
			.param("on", criteria.on())
			.param("until", criteria.until())
			// With shapes, every place in the area's countries is a candidate; inShapes decides place by place.
			.param("whole", array(criteria.shapes().isEmpty() ? criteria.wholeCountries() : criteria.countries()))
			.param("regions", array(criteria.regions()))
			.param("partial", array(criteria.partialCountries()))
			.param("limit", pageSize);
		if (after != null) {
			statement = statement.param("after", after);
		}
		if (through != null) {
			statement = statement.param("through", through);
		}
		return statement
			.query((rs, n) -> new Subscriber(rs.getObject("id", UUID.class), rs.getBytes("email"),
					rs.getBytes("phone"), rs.getString("locale")))
			.list();
	}

	/**
	 * The subscribers of a page with at least one reached place in the area, shapes included, each with whether one
	 * such place covers the criteria's day (true) or all of them are arrivals (false).
	 */
	private Map<UUID, Boolean> placesInArea(List<Subscriber> page, AudienceCriteria criteria) {
		Map<UUID, Boolean> inside = new HashMap<>();
		jdbc.sql("""
				SELECT l.subscriber_id, l.country, l.region, l.lat, l.lon, %s AS there_now FROM subscriber_location l
				WHERE l.subscriber_id = ANY(:ids) AND %s""".formatted(Eligibility.THERE_NOW, Eligibility.DATES))
			.param("ids", page.stream().map(Subscriber::id).toArray(UUID[]::new))
			.param("on", criteria.on())
			.param("until", criteria.until())
			.query(rs -> {
				Double lat = (Double) rs.getObject("lat");
				Double lon = (Double) rs.getObject("lon");
				if (criteria.matches(rs.getString("country"), rs.getString("region"), lat, lon)) {
					inside.merge(rs.getObject("subscriber_id", UUID.class), rs.getBoolean("there_now"),
							Boolean::logicalOr);
				}
			});
		return inside;
	}

	private static String[] array(Set<String> values) {
		return values.toArray(String[]::new);
	}

	/**
	 * A subscriber of a page, with their contact points sealed; one that may not be reached is null (see
	 * {@link Eligibility}).
	 */
	private record Subscriber(UUID id, byte[] email, byte[] phone, String locale) {

		void addRecipients(Set<Channel> wanted, ContactPointCipher cipher, List<Recipient> recipients) {
			if (wanted.contains(Channel.EMAIL) && email != null) {
				recipients.add(new Recipient(id, Channel.EMAIL, cipher.open(email, SealedColumn.SUBSCRIBER_EMAIL), locale));
			}
			if (wanted.contains(Channel.SMS) && phone != null) {
				recipients.add(new Recipient(id, Channel.SMS, cipher.open(phone, SealedColumn.SUBSCRIBER_PHONE), locale));
			}
		}
	}
}
