package org.beacon.subscribers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Subscribers already known to be in an audience (an update follows an alert to those it reached), as recipients
 * now: on the channels asked for each, when they still choose that channel and may still be reached on it (not opted
 * out); a subscriber who left is simply absent. Places and dates are not looked at again: the follow-up goes to the
 * same people.
 */
@Service
public class KnownRecipients {

	private final JdbcClient jdbc;

	KnownRecipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param wanted the channels to reach each subscriber on
	 * @return their recipients, in subscriber order
	 */
	public List<Recipient> of(Map<UUID, Set<Channel>> wanted) {
		Collection<UUID> ids = wanted.keySet();
		List<Recipient> recipients = new ArrayList<>();
		jdbc.sql("""
				SELECT s.id, CASE WHEN s.email_opted_out_at IS NULL THEN s.email END AS email,
				       CASE WHEN s.sms_opted_out_at IS NULL THEN s.phone END AS phone, s.locale, s.channels
				FROM subscriber s WHERE s.id = ANY(?) ORDER BY s.id""")
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				Set<Channel> chosen = Subscribers.channels(rs.getArray("channels"));
				Set<Channel> channels = wanted.get(id);
				if (channels.contains(Channel.EMAIL) && chosen.contains(Channel.EMAIL) && rs.getString("email") != null) {
					recipients.add(new Recipient(id, Channel.EMAIL, rs.getString("email"), rs.getString("locale")));
				}
				if (channels.contains(Channel.SMS) && chosen.contains(Channel.SMS) && rs.getString("phone") != null) {
					recipients.add(new Recipient(id, Channel.SMS, rs.getString("phone"), rs.getString("locale")));
				}
			});
		return recipients;
	}
}
