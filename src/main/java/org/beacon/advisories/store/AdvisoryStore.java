package org.beacon.advisories.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.beacon.advisories.AdvisoryView;
import org.beacon.advisories.EmbassyPosture;
import org.beacon.advisories.GlobalNotice;
import org.beacon.advisories.IngestReport;
import org.beacon.advisories.RiskIndicator;
import org.beacon.advisories.feed.FeedInterpretation;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

@Repository
public class AdvisoryStore {

	private static final String COLUMNS = "country, name, level, level_text, indicators, posture, posture_concerns, "
			+ "summary, link, published_at";

	private static final RowMapper<AdvisoryView> VIEW = (rs, n) -> new AdvisoryView(rs.getString("country"),
			rs.getString("name"), rs.getInt("level"), rs.getString("level_text"), indicators(rs.getArray("indicators")),
			EmbassyPosture.valueOf(rs.getString("posture")), rs.getString("posture_concerns"), rs.getString("summary"),
			rs.getString("link"), instant(rs, "published_at"), instant(rs, "changed_at"), instant(rs, "withdrawn_at"));

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AdvisoryStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public record Current(AdvisoryView view, String hash) {
	}

	public Optional<Current> current(String country) {
		return jdbc.sql("SELECT " + COLUMNS + ", changed_at, withdrawn_at, content_hash FROM advisory WHERE country = ? "
				+ "FOR UPDATE")
			.param(country)
			.query((rs, n) -> new Current(VIEW.mapRow(rs, n), rs.getString("content_hash")))
			.optional();
	}

	public List<AdvisoryView> all() {
		return jdbc.sql("SELECT " + COLUMNS + ", changed_at, withdrawn_at FROM advisory ORDER BY country").query(VIEW)
			.list();
	}

	public Optional<AdvisoryView> find(String country) {
		return jdbc.sql("SELECT " + COLUMNS + ", changed_at, withdrawn_at FROM advisory WHERE country = ?")
			.param(country)
			.query(VIEW)
			.optional();
	}

	public List<AdvisoryView> history(String country) {
		return jdbc.sql("SELECT " + COLUMNS + ", first_seen_at AS changed_at, NULL AS withdrawn_at FROM advisory_version "
				+ "WHERE country = ? ORDER BY first_seen_at DESC, id DESC").param(country).query(VIEW).list();
	}

	/** The version of the country's advisory Beacon held at {@code at}: the last one it saw by then. */
	public Optional<AdvisoryView> versionAt(String country, Instant at) {
		return jdbc.sql("SELECT " + COLUMNS + ", first_seen_at AS changed_at, NULL AS withdrawn_at FROM advisory_version "
				+ "WHERE country = ? AND first_seen_at <= ? ORDER BY first_seen_at DESC, id DESC LIMIT 1")
			.params(country, Timestamp.from(at))
			.query(VIEW)
			.optional();
	}

	/** Whether this content was a version of the country's advisory before, with that version's date. */
	public Optional<Optional<Instant>> earlierVersion(String country, String hash) {
		return jdbc.sql("SELECT published_at FROM advisory_version WHERE country = ? AND content_hash = ? "
				+ "ORDER BY id DESC LIMIT 1")
			.params(country, hash)
			.query((rs, n) -> Optional.ofNullable(instant(rs, "published_at")))
			.optional();
	}

	/** Marks withdrawn the advisories not seen since {@code seenBefore}; returns how many. */
	public int withdrawAbsent(Instant seenBefore, Instant now) {
		return jdbc.sql("UPDATE advisory SET withdrawn_at = ? WHERE withdrawn_at IS NULL AND checked_at < ?")
			.params(Timestamp.from(now), Timestamp.from(seenBefore))
			.update();
	}

	/** Makes this content the country's current advisory and adds it to the history. */
	public void save(AdvisoryContent content, Instant now, long ingestId) {
		Object[] values = { content.country(), content.name(), content.level(), content.levelText(),
				content.indicators().stream().map(Enum::name).sorted().toArray(String[]::new), content.posture().name(),
				content.postureConcerns(), content.summary(), content.link(), timestamp(content.publishedAt()),
				content.hash() };
		jdbc.sql("""
				INSERT INTO advisory (country, name, level, level_text, indicators, posture, posture_concerns, summary,
				                      link, published_at, content_hash, changed_at, checked_at)
				VALUES (?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (country) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
				  level_text = EXCLUDED.level_text, indicators = EXCLUDED.indicators, posture = EXCLUDED.posture,
				  posture_concerns = EXCLUDED.posture_concerns, summary = EXCLUDED.summary, link = EXCLUDED.link,
				  published_at = EXCLUDED.published_at, content_hash = EXCLUDED.content_hash,
				  changed_at = EXCLUDED.changed_at, checked_at = EXCLUDED.checked_at, withdrawn_at = NULL""")
			.params(append(values, Timestamp.from(now), Timestamp.from(now)))
			.update();
		jdbc.sql("""
				INSERT INTO advisory_version (country, name, level, level_text, indicators, posture, posture_concerns,
				                              summary, link, published_at, content_hash, first_seen_at, ingest_id)
				VALUES (?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(append(values, Timestamp.from(now), ingestId))
			.update();
	}

	public void checked(String country, Instant now) {
		jdbc.sql("UPDATE advisory SET checked_at = ?, withdrawn_at = NULL WHERE country = ?")
			.params(Timestamp.from(now), country)
			.update();
	}

	public void saveNotice(FeedInterpretation.Notice notice, Instant now) {
		jdbc.sql("""
				INSERT INTO global_notice (key, title, summary, link, published_at, content_hash, seen_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET title = EXCLUDED.title, summary = EXCLUDED.summary,
				  link = EXCLUDED.link, published_at = EXCLUDED.published_at, content_hash = EXCLUDED.content_hash,
				  seen_at = EXCLUDED.seen_at""")
			.params(notice.key(), notice.title(), notice.summary(), notice.link(), timestamp(notice.publishedAt()),
					notice.hash(), Timestamp.from(now))
			.update();
	}

	public List<GlobalNotice> notices() {
		return jdbc.sql("SELECT title, summary, link, published_at FROM global_notice ORDER BY published_at DESC NULLS LAST")
			.query((rs, n) -> new GlobalNotice(rs.getString("title"), rs.getString("summary"), rs.getString("link"),
					instant(rs, "published_at")))
			.list();
	}

	/** Serializes ingests across processes for the rest of the transaction (a PostgreSQL advisory lock). */
	public void lockIngests() {
		jdbc.sql("SELECT pg_advisory_xact_lock(74600001)").query(Object.class).optional();
	}

	public long startIngest(String source, Instant now) {
		return jdbc.sql("""
				INSERT INTO advisory_ingest (source, received_at, items_read, countries_new, countries_changed,
				                             events_emitted, notices, rejected)
				VALUES (?, ?, 0, 0, 0, 0, 0, '[]') RETURNING id""")
			.params(source, Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public void finishIngest(IngestReport report) {
		jdbc.sql("""
				UPDATE advisory_ingest SET items_read = ?, countries_new = ?, countries_changed = ?, events_emitted = ?,
				       stale_copies = ?, countries_withdrawn = ?, notices = ?, links_dropped = ?,
				       rejected = CAST(? AS jsonb), name_mismatches = CAST(? AS jsonb)
				WHERE id = ?""")
			.params(report.itemsRead(), report.countriesNew(), report.countriesChanged(), report.eventsEmitted(),
					report.staleCopies(), report.countriesWithdrawn(), report.notices(), report.linksDropped(),
					write(report.rejected()), write(report.nameMismatches()), report.id())
			.update();
	}

	/** Adds what the alerts feature made of one change to the report of the ingest that found it. */
	void countAlert(long ingestId, int issued, int held, int heldWithdrawn) {
		jdbc.sql("""
				UPDATE advisory_ingest SET alerts_issued = alerts_issued + ?, alerts_held = alerts_held + ?,
				       held_alerts_withdrawn = held_alerts_withdrawn + ? WHERE id = ?""")
			.params(issued, held, heldWithdrawn, ingestId)
			.update();
	}

	public List<IngestReport> ingests(int limit) {
		return jdbc.sql("SELECT * FROM advisory_ingest ORDER BY id DESC LIMIT ?").param(limit)
			.query((rs, n) -> new IngestReport(rs.getLong("id"), rs.getString("source"),
					rs.getTimestamp("received_at").toInstant(), rs.getInt("items_read"), rs.getInt("countries_new"),
					rs.getInt("countries_changed"), rs.getInt("events_emitted"), rs.getInt("stale_copies"),
					rs.getInt("countries_withdrawn"), rs.getInt("notices"), rs.getInt("links_dropped"),
					rs.getInt("alerts_issued"), rs.getInt("alerts_held"), rs.getInt("held_alerts_withdrawn"),
					read(rs.getString("rejected")), read(rs.getString("name_mismatches"))))
			.list();
	}

	private List<IngestReport.Rejection> read(String json) {
		try {
			return List.of(this.json.readValue(json, IngestReport.Rejection[].class));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String write(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object[] append(Object[] values, Object... more) {
		Object[] all = Arrays.copyOf(values, values.length + more.length);
		System.arraycopy(more, 0, all, values.length, more.length);
		return all;
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Set<RiskIndicator> indicators(Array array) throws SQLException {
		Set<RiskIndicator> indicators = EnumSet.noneOf(RiskIndicator.class);
		for (Object value : (Object[]) array.getArray()) {
			indicators.add(RiskIndicator.valueOf(value.toString()));
		}
		return indicators;
	}
}
