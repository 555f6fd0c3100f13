package org.beacon.subscribers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.beacon.platform.ContactPointCipher;
import org.beacon.platform.SealedColumn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Subscribers already known to be in an audience (an update follows an alert to those it reached), as recipients
 * now: on the channels asked for each, when that contact point is still reachable ({@link Eligibility}: chosen,
 * verified, not opted out, not paused); a subscriber who left is simply absent. Places and dates are not looked at again: the follow-up goes to the
 * same people.
 */
@Service
public class KnownRecipients {

	private final JdbcClient jdbc;

	private final ContactPointCipher cipher;

	KnownRecipients(JdbcClient jdbc, ContactPointCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * @param wanted the channels to reach each subscriber on
	 * @return their recipients, in subscriber order
	 */
	public List<Recipient> of(Map<UUID, Set<Channel>> wanted) {
		Collection<UUID> ids = wanted.keySet();
		List<Recipient> recipients = new ArrayList<>();
		// Eligibility is the audience walk's own definition of a reachable contact point (chosen, verified, not
		// opted out, not paused): a follow-up reaches nobody the walk would skip.
		jdbc.sql("""
				SELECT s.id, %s AS email, %s AS phone, s.locale FROM subscriber s
				WHERE s.id = ANY(?) ORDER BY s.id""".formatted(Eligibility.EMAIL, Eligibility.SMS))
			.param(ids.toArray(UUID[]::new))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				Set<Channel> channels = wanted.get(id);
				String email = cipher.open(rs.getBytes("email"), SealedColumn.SUBSCRIBER_EMAIL);
				String phone = cipher.open(rs.getBytes("phone"), SealedColumn.SUBSCRIBER_PHONE);
				if (channels.contains(Channel.EMAIL) && email != null) {
					recipients.add(new Recipient(id, Channel.EMAIL, email, rs.getString("locale")));
				}
				if (channels.contains(Channel.SMS) && phone != null) {
					recipients.add(new Recipient(id, Channel.SMS, phone, rs.getString("locale")));
				}
				// A call goes only to a number Beacon may text: chosen, verified, not opted out, not paused.
				if (channels.contains(Channel.VOICE) && phone != null) {
					recipients.add(new Recipient(id, Channel.VOICE, phone, rs.getString("locale")));
				}
			});
		return recipients;
	}
}
