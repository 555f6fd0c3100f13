package org.beacon.advisories;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.beacon.advisories.FeedInterpretation.CountryAdvisory;
import org.beacon.advisories.FeedInterpretation.Notice;
import org.beacon.advisories.FeedInterpretation.Rejected;
import org.beacon.advisories.IngestReport.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ingests one copy of the advisory feed: compares every item with the stored advisory of its country and publishes
 * an {@link AdvisoryChanged} for each country whose content changed. The first advisory seen for a country is its
 * baseline and publishes nothing; ingesting the same feed again publishes nothing. Bad items are reported and
 * skipped; the rest of the feed still counts.
 */
@Service
public class AdvisoryIngest {

	private static final Logger log = LoggerFactory.getLogger(AdvisoryIngest.class);

	private final AdvisoryStore store;

	private final FeedInterpretation interpretation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AdvisoryIngest(AdvisoryStore store, FeedInterpretation interpretation, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.interpretation = interpretation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param document the feed, RSS or JSON
	 * @param source where it came from (a URL, or who posted it)
	 */
	@Transactional
	public IngestReport ingest(String document, String source) {
		List<FeedItem> items = FeedDocuments.read(document);
		Instant now = clock.instant();
		long id = store.startIngest(source, now);
		int created = 0;
		int changed = 0;
		int notices = 0;
		List<Rejection> rejected = new ArrayList<>();
		for (FeedItem item : items) {
			FeedInterpretation.Reading reading = interpretation.read(item);
			if (reading instanceof Rejected rejection) {
				log.warn("Advisory feed item skipped: {}: {}", rejection.item(), rejection.reason());
				rejected.add(new Rejection(rejection.item(), rejection.reason()));
			}
			else if (reading instanceof Notice notice) {
				store.saveNotice(notice, now);
				notices++;
			}
			else if (reading instanceof CountryAdvisory advisory) {
				switch (apply(advisory.content(), now, id)) {
					case NEW -> created++;
					case CHANGED -> changed++;
					case SAME -> {
					}
				}
			}
		}
		IngestReport report = new IngestReport(id, source, now, items.size(), created, changed, changed, notices,
				rejected);
		store.finishIngest(report);
		log.info("Ingested advisory feed from {}: {} items, {} new, {} changed, {} notices, {} rejected", source,
				items.size(), created, changed, notices, rejected.size());
		return report;
	}

	private enum Outcome {
		NEW, CHANGED, SAME
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
		store.save(content, now, ingestId);
		events.publishEvent(changed(current.view(), content, now));
		return Outcome.CHANGED;
	}

	private static AdvisoryChanged changed(AdvisoryView before, AdvisoryContent after, Instant now) {
		Set<RiskIndicator> added = EnumSet.noneOf(RiskIndicator.class);
		added.addAll(after.indicators());
		added.removeAll(before.indicators());
		Set<RiskIndicator> removed = EnumSet.noneOf(RiskIndicator.class);
		removed.addAll(before.indicators());
		removed.removeAll(after.indicators());
		boolean textChanged = !before.summary().equals(after.summary());
		return new AdvisoryChanged(after.country(), after.name(), before.level(), after.level(), after.levelText(),
				before.posture(), after.posture(), after.postureConcerns(), added, removed, textChanged,
				after.summary(), after.link(), after.publishedAt(), now);
	}
}
