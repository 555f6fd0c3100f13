package org.beacon.geography;

import java.util.Locale;

/** An ISO 3166-1 country or territory, identified by its alpha-2 code. */
public record Country(String code, String alpha3, String name) {

	/** The country's name in a language (the JDK's CLDR names: "Malí" in Spanish), or the ISO name. */
	public String name(Locale language) {
		String localized = new Locale.Builder().setRegion(code).build().getDisplayCountry(language);
		return localized.isBlank() || localized.equals(code) ? name : localized;
	}
}
