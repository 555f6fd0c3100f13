package org.beacon.subscribers.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.beacon.geography.Geography;
import org.beacon.geography.Region;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The lists the place and phone pickers offer: countries by name in the page's language (for a phone, only those
 * with a calling code), and their regions.
 */
@Component
class PlaceChoices {

	private final Geography geography;

	PlaceChoices(Geography geography) {
		this.geography = geography;
	}

	/** @param name the country's name in the page's language */
	record Choice(String code, String name, String callingCode) {
	}

	List<Choice> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return geography.countries().stream()
			.map(country -> new Choice(country.code(), country.name(locale), PhoneInput.callingCode(country.code())))
			.sorted(Comparator.comparing(Choice::name, collator))
			.toList();
	}

	/** The countries a phone number may be of: those with a calling code, by name in the page's language. */
	List<Choice> phoneCountries(Locale locale) {
		return countries(locale).stream().filter(country -> PhoneInput.hasCallingCode(country.code())).toList();
	}

	/** The country's regions by name, in the order of the page's language; none for no country. */
	List<Region> regions(String country, Locale locale) {
		if (country == null || country.isBlank()) {
			return List.of();
		}
		Collator collator = Collator.getInstance(locale);
		return geography.regionsOf(country.trim()).stream().sorted(Comparator.comparing(Region::name, collator)).toList();
	}

	boolean isCountry(String code) {
		String wanted = code.toUpperCase(Locale.ROOT);
		return geography.countries().stream().anyMatch(country -> country.code().equals(wanted));
	}

	/** Adds what the form's pickers need to the model. */
	void addTo(Model model, EnrollForm form, Locale locale) {
		model.addAttribute("countries", countries(locale));
		model.addAttribute("phoneCountries", phoneCountries(locale));
		model.addAttribute("regions", form.getPlaces().stream().map(place -> regions(place.getCountry(), locale)).toList());
	}
}
