package org.beacon.subscribers;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Parses what citizens type into E.164 with libphonenumber. */
final class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private final String defaultRegion;

	PhoneNumbers(String defaultRegion) {
		this.defaultRegion = defaultRegion;
	}

	/** A valid number, or why not. */
	sealed interface Parsed permits Valid, Invalid {
	}

	record Valid(String e164, boolean landline) implements Parsed {
	}

	record Invalid(String reason) implements Parsed {
	}

	Parsed parse(String input) {
		PhoneNumber number;
		try {
			number = UTIL.parse(input, defaultRegion);
		}
		catch (NumberParseException ex) {
			return new Invalid("is not a phone number; write it with its country code, such as +223 76 12 34 56");
		}
		if (!UTIL.isValidNumber(number)) {
			return new Invalid("is not a valid number for "
					+ Optional.ofNullable(UTIL.getRegionCodeForNumber(number)).orElse("any country")
					+ "; check the country code and the digits");
		}
		boolean landline = UTIL.getNumberType(number) == PhoneNumberType.FIXED_LINE;
		return new Valid(UTIL.format(number, PhoneNumberFormat.E164), landline);
	}
}
