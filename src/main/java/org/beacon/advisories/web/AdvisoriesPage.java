package org.beacon.advisories.web;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.beacon.advisories.Advisories;
import org.beacon.advisories.AdvisoryView;
import org.beacon.advisories.RiskIndicator;
import org.beacon.advisories.feed.AdvisoryLinks;
import org.beacon.geography.Geography;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public travel advisories page: every country's current level, its risk indicators and when it changed,
 * filtered by name, level and indicator. The filter is a plain GET form, so a filtered list can be bookmarked and
 * works without JavaScript.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class AdvisoriesPage {

	private final Advisories advisories;

	private final Geography geography;

	AdvisoriesPage(Advisories advisories, Geography geography) {
		this.advisories = advisories;
		this.geography = geography;
	}

	@GetMapping("/advisories")
	String advisories(AdvisoryFilter filter, BindingResult unreadable, Locale locale, Model model) {
		// A value that is not a level or an indicator (a hand-edited address) filters nothing; the page says so.
		model.addAttribute("unreadable", unreadable.hasErrors());
		List<AdvisoryView> published = advisories.current()
			.stream()
			.filter(advisory -> advisory.withdrawnAt() == null)
			.toList();
		Collator collator = Collator.getInstance(locale);
		List<Row> rows = published.stream()
			.map(advisory -> new Row(advisory, name(advisory, locale)))
			.filter(row -> filter.accepts(row.advisory(), row.name()))
			.sorted(filter.byLevel() ? Comparator.comparingInt((Row row) -> -row.advisory().level())
				.thenComparing(Row::name, collator) : Comparator.comparing(Row::name, collator))
			.toList();
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("total", published.size());
		model.addAttribute("indicators", RiskIndicator.values());
		model.addAttribute("notices", advisories.notices());
		return "advisories/list";
	}

	private String name(AdvisoryView advisory, Locale locale) {
		return geography.country(advisory.country())
			.map(country -> country.name(locale))
			.orElse(advisory.name());
	}

	/** A country's advisory and its name in the visitor's language. */
	record Row(AdvisoryView advisory, String name) {

		/**
		 * @return the advisory's link when it is an https address, else null: the ingest keeps no other, but a row
		 *     stored before it checked, or written by hand, must not become a {@code javascript:} href
		 */
		public String httpsLink() {
			return AdvisoryLinks.https(advisory.link()) ? advisory.link() : null;
		}
	}

	/**
	 * What the visitor filters by; every part is optional.
	 *
	 * @param q part of the country's name (in the visitor's language or in English) or its ISO code
	 * @param level only this level (1 to 4)
	 * @param indicator only advisories with this risk indicator
	 * @param sort {@code level} for the most severe first; otherwise by name
	 */
	record AdvisoryFilter(String q, Integer level, RiskIndicator indicator, String sort) {

		boolean accepts(AdvisoryView advisory, String localName) {
			return matchesName(advisory, localName) && (level == null || advisory.level() == level)
					&& (indicator == null || advisory.indicators().contains(indicator));
		}

		boolean byLevel() {
			return "level".equals(sort);
		}

		private boolean matchesName(AdvisoryView advisory, String localName) {
			if (!StringUtils.hasText(q)) {
				return true;
			}
			String wanted = plain(q.strip());
			return plain(localName).contains(wanted) || plain(advisory.name()).contains(wanted)
					|| advisory.country().equalsIgnoreCase(wanted);
		}

		/** Lower case without accents, so "peru" finds "Perú". */
		private static String plain(String text) {
			return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		}
	}
}
