package org.beacon.subscribers.web;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** A number typed beside a country picker, to E.164 and back, with libphonenumber. */
final class PhoneInput {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private PhoneInput() {
	}

	enum Problem { INVALID, LANDLINE }

	/** @param e164 the number, or null with {@code problem} saying why */
	record Parsed(String e164, Problem problem) {
	}

	/** @param country the picker's ISO code, used when the number is typed without "+" and a country code */
	static Parsed parse(String country, String typed, boolean mobile) {
		try {
			PhoneNumber number = UTIL.parse(typed.trim(), country == null ? "US" : country);
			if (!UTIL.isValidNumber(number)) {
				return new Parsed(null, Problem.INVALID);
			}
			if (mobile && UTIL.getNumberType(number) == PhoneNumberType.FIXED_LINE) {
				return new Parsed(null, Problem.LANDLINE);
			}
			return new Parsed(UTIL.format(number, PhoneNumberFormat.E164), null);
		}
		catch (NumberParseException ex) {
			return new Parsed(null, Problem.INVALID);
		}
	}

	record Split(String country, String national) {
	}

	static Optional<Split> split(String e164) {
		if (e164 == null) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(e164, "US");
			return Optional.of(new Split(UTIL.getRegionCodeForNumber(number),
					UTIL.format(number, PhoneNumberFormat.NATIONAL)));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The number as people write it across borders, "+223 76 55 44 33" for "+22376554433"; what cannot be parsed
	 * is given back as it is.
	 */
	static String international(String e164) {
		if (e164 == null) {
			return null;
		}
		try {
			return UTIL.format(UTIL.parse(e164, "US"), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

	/**
	 * Whether libphonenumber knows the region's calling code: some ISO countries have none of their own
	 * (Antarctica, Bouvet Island...), and a number cannot be dialled "in" them.
	 */
	static boolean hasCallingCode(String country) {
		return UTIL.getSupportedRegions().contains(country);
	}

	/** "+223" for ML. */
	static String callingCode(String country) {
		return "+" + UTIL.getCountryCodeForRegion(country);
	}
}
