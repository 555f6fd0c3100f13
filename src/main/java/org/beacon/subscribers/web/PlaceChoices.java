package org.beacon.subscribers.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.beacon.geography.Geography;
import org.beacon.geography.Region;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The lists the place and phone pickers offer: countries by name in the page's language, and their regions. */
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

	List<Region> regions(String country) {
		return country == null || country.isBlank() ? List.of() : geography.regionsOf(country.trim());
	}

	/** Adds what the form's pickers need to the model. */
	void addTo(Model model, EnrollForm form, Locale locale) {
		model.addAttribute("countries", countries(locale));
		model.addAttribute("regions", form.getPlaces().stream().map(place -> regions(place.getCountry())).toList());
	}
}
