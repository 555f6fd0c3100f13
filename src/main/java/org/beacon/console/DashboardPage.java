package org.beacon.console;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.beacon.advisories.Advisories;
import org.beacon.advisories.AdvisoryView;
import org.beacon.broadcast.BroadcastManagement;
import org.beacon.geography.Geography;
import org.beacon.geography.Region;
import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.StaffDirectory;
import org.beacon.staff.StaffMember;
import org.beacon.staff.StaffRole;
import org.beacon.subscribers.EnrollmentStatistics;
import org.beacon.subscribers.EnrollmentStatistics.PlaceCount;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff dashboard: the countries of the staff member's post with their advisory level and how many citizens are
 * enrolled in each country and region (counts only), and the post's recent alerts with their progress. Staff who
 * cover every country see the countries with the most citizens.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class DashboardPage {

	private static final int ALERTS = 10;

	private static final int BUSIEST = 12;

	private final StaffDirectory staff;

	private final Advisories advisories;

	private final EnrollmentStatistics enrollments;

	private final Geography geography;

	private final BroadcastManagement broadcasts;

	private final Clock clock;

	DashboardPage(StaffDirectory staff, Advisories advisories, EnrollmentStatistics enrollments, Geography geography,
			BroadcastManagement broadcasts, Clock clock) {
		this.staff = staff;
		this.advisories = advisories;
		this.enrollments = enrollments;
		this.geography = geography;
		this.broadcasts = broadcasts;
		this.clock = clock;
	}

	@GetMapping("/staff")
	String dashboard(Principal principal, Locale locale, Model model) {
		StaffMember member = staff.find(principal.getName())
			.orElseThrow(() -> new AccessDeniedException("No staff account " + principal.getName()));
		List<String> codes = member.roles().contains(StaffRole.ADMIN) ? enrollments.busiestCountries(BUSIEST)
				: member.countries().stream().sorted().toList();
		Map<String, List<PlaceCount>> counts = enrollments.byPlace(codes)
			.stream()
			.collect(Collectors.groupingBy(PlaceCount::country));
		List<CountryPanel> panels = new ArrayList<>();
		for (String code : codes) {
			panels.add(panel(code, counts.getOrDefault(code, List.of()), locale));
		}
		model.addAttribute("member", member);
		model.addAttribute("countries", panels);
		model.addAttribute("alerts", broadcasts.recent(member.username(), ALERTS));
		model.addAttribute("now", clock.instant());
		return "staff/dashboard";
	}

	private CountryPanel panel(String code, List<PlaceCount> counts, Locale locale) {
		String name = geography.country(code).map(country -> country.name(locale)).orElse(code);
		long total = counts.stream().filter(PlaceCount::total).mapToLong(PlaceCount::citizens).sum();
		List<RegionCount> regions = counts.stream()
			.filter(count -> !count.total())
			.map(count -> new RegionCount(count.region() == null ? null
					: geography.region(count.region()).map(Region::name).orElse(count.region()), count.citizens()))
			.toList();
		return new CountryPanel(code, name, advisories.current(code).orElse(null), total, regions);
	}

	/** @param advisory the current travel advisory, or null when Beacon holds none for the country */
	record CountryPanel(String code, String name, AdvisoryView advisory, long citizens, List<RegionCount> regions) {
	}

	/** @param region the region's name, or null for citizens who gave no region */
	record RegionCount(String region, long citizens) {
	}
}
