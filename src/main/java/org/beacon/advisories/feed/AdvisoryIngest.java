package org.beacon.advisories.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.beacon.advisories.AdvisoryChanged;
import org.beacon.advisories.AdvisoryView;
import org.beacon.advisories.IngestReport;
import org.beacon.advisories.IngestReport.Rejection;
import org.beacon.advisories.RiskIndicator;
import org.beacon.advisories.feed.FeedInterpretation.CountryAdvisory;
import org.beacon.advisories.feed.FeedInterpretation.Notice;
import org.beacon.advisories.feed.FeedInterpretation.Rejected;
import org.beacon.advisories.store.AdvisoryContent;
import org.beacon.advisories.store.AdvisoryStore;
import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Ingests one copy of the advisory feed: compares every item with the stored advisory of its country and publishes
 * an {@link AdvisoryChanged} for each country whose content changed.
 *
 * <ul>
 * <li>The first advisory seen for a country is its baseline and publishes nothing; the same feed again publishes
 * nothing.</li>
 * <li>A stale copy — an item equal to a version seen before the current one, with an older date than the current
 * one, as the feed's CDN serves now and then — is ignored and counted. A date that went back alone is not enough:
 * a version never seen before counts as a change whatever its date.</li>
 * <li>A country missing from one copy keeps its advisory; one missing for longer than the allowed absence is marked
 * withdrawn, without an alert.</li>
 * <li>Bad items are reported and skipped; an item whose name disagrees with its tag is taken by its tag and
 * reported.</li>
 * <li>A link that is not an absolute https address ({@link AdvisoryLinks}) is dropped and counted; its item is
 * kept without it.</li>
 * </ul>
 */
@Service
public class AdvisoryIngest {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryIngest.class);

	private final AdvisoryStore store;

	private final FeedInterpretation interpretation;

	private final ApplicationEventPublisher events;

	private final AdvisoriesProperties properties;

	private final MeterRegistry meters;

	private final CountryNames names;

	private final Clock clock;

	AdvisoryIngest(AdvisoryStore store, FeedInterpretation interpretation, ApplicationEventPublisher events,
			AdvisoriesProperties properties, MeterRegistry meters, CountryNames names, Clock clock) {
		this.store = store;
		this.names = names;
		this.interpretation = interpretation;
		this.events = events;
		this.properties = properties;
		this.meters = meters;
		this.clock = clock;
	}

	private enum Outcome {
		NEW, CHANGED, SAME, STALE
	}

	/** Tallies one ingest. */
	private static final class Tally {

		int created;

		int changed;

		int stale;

		int notices;

		int linksDropped;

		final List<Rejection> rejected = new ArrayList<>();

		final List<Rejection> mismatches = new ArrayList<>();

		final Set<String> countries = new HashSet<>();
	}

	/**
	 * @param document the feed, RSS or JSON
	 * @param source where it came from (a URL, or who posted it)
	 * @param complete whether the document is the whole feed (a poll): only then do countries missing from it count
	 * as absent; a partial copy posted by an administrator says nothing of the countries it leaves out
	 */
	@Transactional
	public IngestReport ingest(String document, String source, boolean complete) {
		List<FeedItem> items = FeedDocuments.read(document);
		// One ingest at a time, whichever process runs it: two would race on the same countries.
		store.lockIngests();
		Instant now = clock.instant();
		long id = store.startIngest(source, now);
		Tally tally = new Tally();
		for (FeedItem item : items) {
			read(interpretation.read(withSafeLink(item, tally)), id, now, tally);
		}
		int withdrawn = complete ? store.withdrawAbsent(now.minus(properties.absence()), now) : 0;
		if (withdrawn > 0) {
			log.warn("{} advisories missing from the feed for more than {} were marked withdrawn", withdrawn,
					properties.absence());
		}
		IngestReport report = new IngestReport(id, source, now, items.size(), tally.created, tally.changed,
				tally.changed, tally.stale, withdrawn, tally.notices, tally.linksDropped, 0, 0, 0, tally.rejected,
				tally.mismatches);
		store.finishIngest(report);
		count(report);
		log.info("Ingested advisory feed from {}: {} items, {} new, {} changed, {} stale copies, {} notices, "
				+ "{} links dropped, {} rejected", Masking.typed(source), items.size(), tally.created, tally.changed,
				tally.stale, tally.notices, tally.linksDropped, tally.rejected.size());
		return report;
	}

	/** The item, without its link when that is not an https address; a blank link is no link, and is not counted. */
	private static FeedItem withSafeLink(FeedItem item, Tally tally) {
		if (item.link() == null || item.link().isBlank() || AdvisoryLinks.https(item.link())) {
			return item;
		}
		// The link itself is not logged: it is hostile or broken, and the count in the report says enough.
		log.warn("Advisory feed item '{}': link dropped, not an https address", Masking.typed(item.title()));
		tally.linksDropped++;
		return item.withoutLink();
	}

	private void read(FeedInterpretation.Reading reading, long ingestId, Instant now, Tally tally) {
		if (reading instanceof Rejected rejection) {
			// The feed's words, quoted: a line break in them must not start a log line of its own.
			log.warn("Advisory feed item skipped: {}: {}", Masking.typed(rejection.item()),
					Masking.line(rejection.reason()));
			tally.rejected.add(new Rejection(rejection.item(), rejection.reason()));
		}
		else if (reading instanceof Notice notice) {
			store.saveNotice(notice, now);
			tally.notices++;
		}
		else if (reading instanceof CountryAdvisory advisory) {
			AdvisoryContent content = advisory.content();
			if (!tally.countries.add(content.country())) {
				String reason = "a second item for " + content.country() + " in the same feed; the first one counts";
				log.warn("Advisory feed item skipped: {}: {}", Masking.typed(content.name()), reason);
				tally.rejected.add(new Rejection(content.name(), reason));
				return;
			}
			if (!names.agree(content.name(), advisory.tableName())) {
				String reason = "the name disagrees with Country-Tag " + content.country() + " ("
						+ advisory.tableName() + "); taken by its tag";
				log.warn("Advisory feed item '{}': {}", Masking.typed(content.name()), reason);
				tally.mismatches.add(new Rejection(content.name(), reason));
			}
			switch (apply(content, now, ingestId)) {
				case NEW -> tally.created++;
				case CHANGED -> tally.changed++;
				case STALE -> tally.stale++;
				case SAME -> {
				}
			}
		}
	}

	private Outcome apply(AdvisoryContent content, Instant now, long ingestId) {
		AdvisoryStore.Current current = store.current(content.country()).orElse(null);
		if (current == null) {
			store.save(content, now, ingestId);
			return Outcome.NEW;
		}
		if (current.hash().equals(content.hash())) {
			store.checked(content.country(), now);
			return Outcome.SAME;
		}
		if (stale(content, current.view())) {
			log.info("Ignoring a stale copy of the {} advisory (Level {}, {}); the current one is Level {}, {}",
					content.country(), content.level(), content.publishedAt(), current.view().level(),
					current.view().publishedAt());
			store.checked(content.country(), now);
			return Outcome.STALE;
		}
		store.save(content, now, ingestId);
		events.publishEvent(changed(ingestId, current.view(), content, now));
		return Outcome.CHANGED;
	}

	/**
	 * An earlier version again, dated before the current one. A return to a higher level after a suspect lowering
	 * (one the alerts hold for review) is not stale, whatever the dates: it is the feed correcting a publishing error,
	 * and it must reach the held alert.
	 */
	private boolean stale(AdvisoryContent content, AdvisoryView current) {
		Optional<Optional<Instant>> earlier = store.earlierVersion(content.country(), content.hash());
		boolean older = earlier.isPresent() && content.publishedAt() != null && current.publishedAt() != null
				&& content.publishedAt().isBefore(current.publishedAt());
		return older && !suspectLowering(content.level(), current.level());
	}

	private boolean suspectLowering(int from, int to) {
		return to < from && (from >= properties.suspectLoweringFrom() || from - to >= properties.suspectLoweringOf());
	}

	private void count(IngestReport report) {
		meters.counter("beacon.advisories.ingest.items", "outcome", "read").increment(report.itemsRead());
		meters.counter("beacon.advisories.ingest.items", "outcome", "new").increment(report.countriesNew());
		meters.counter("beacon.advisories.ingest.items", "outcome", "changed").increment(report.countriesChanged());
		meters.counter("beacon.advisories.ingest.items", "outcome", "stale").increment(report.staleCopies());
		meters.counter("beacon.advisories.ingest.items", "outcome", "notice").increment(report.notices());
		meters.counter("beacon.advisories.ingest.links-dropped").increment(report.linksDropped());
		meters.counter("beacon.advisories.ingest.items", "outcome", "rejected").increment(report.rejected().size());
		meters.counter("beacon.advisories.ingest.events").increment(report.eventsEmitted());
		meters.counter("beacon.advisories.withdrawn").increment(report.countriesWithdrawn());
	}

	private AdvisoryChanged changed(long ingestId, AdvisoryView before, AdvisoryContent after, Instant now) {
		Set<RiskIndicator> added = EnumSet.noneOf(RiskIndicator.class);
		added.addAll(after.indicators());
		added.removeAll(before.indicators());
		Set<RiskIndicator> removed = EnumSet.noneOf(RiskIndicator.class);
		removed.addAll(before.indicators());
		removed.removeAll(after.indicators());
		boolean textChanged = !before.summary().equals(after.summary());
		return new AdvisoryChanged(ingestId, after.country(), after.name(), before.level(), after.level(),
				after.levelText(), before.posture(), after.posture(), after.postureConcerns(), added, removed,
				textChanged, after.summary(), after.link(), after.publishedAt(), now, now.plus(properties.lookahead()));
	}
}
