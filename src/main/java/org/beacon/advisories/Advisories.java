package org.beacon.advisories;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.beacon.advisories.store.AdvisoryStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the advisories Beacon holds: public information, open to everyone. */
@Service
public class Advisories {

	private final AdvisoryStore store;

	Advisories(AdvisoryStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public List<AdvisoryView> current() {
		return store.all();
	}

	@Transactional(readOnly = true)
	public Optional<AdvisoryView> current(String country) {
		return store.find(country.toUpperCase(Locale.ROOT));
	}

	/** Every version seen for the country, newest first. */
	@Transactional(readOnly = true)
	public List<AdvisoryView> history(String country) {
		return store.history(country.toUpperCase(Locale.ROOT));
	}

	/**
	 * The country's advisory as Beacon held it at a past moment, to tell what changed since: empty when Beacon had
	 * none for the country yet.
	 */
	@Transactional(readOnly = true)
	public Optional<AdvisoryView> asOf(String country, Instant at) {
		return store.versionAt(country.toUpperCase(Locale.ROOT), at);
	}

	@Transactional(readOnly = true)
	public List<GlobalNotice> notices() {
		return store.notices();
	}

	/** The reports of the most recent ingests, newest first. */
	@Transactional(readOnly = true)
	public List<IngestReport> ingests(int limit) {
		return store.ingests(limit);
	}
}
