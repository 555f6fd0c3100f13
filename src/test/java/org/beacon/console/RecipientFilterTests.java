package org.beacon.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A recipient typed in full, in whatever form people write it, finds that recipient's messages and no one else's. */
class RecipientFilterTests {

	private static final List<String> AMADOU = List.of("amadou@example.org");

	private static final List<String> AMADOU_PHONE = List.of("+22376123456");

	private static final List<String> MARIE_PHONE = List.of("+33612345678");

	@Test
	void findsAnEmailAddressWithoutRegardToCaseOrSurroundingSpace() {
		assertThat(filter(" Amadou@Example.ORG ").matches(AMADOU)).isTrue();
		assertThat(filter("amadou@example.org").matches(List.of("other@example.org", "amadou@example.org"))).isTrue();
	}

	@Test
	void doesNotFindAnEmailAddressFromAPartOfIt() {
		assertThat(filter("madou@example.org").matches(AMADOU)).isFalse();
		assertThat(filter("amadou@example.or").matches(AMADOU)).isFalse();
	}

	@Test
	void findsAPhoneNumberTypedInAnyCommonFormat() {
		for (String typed : List.of("+22376123456", "+223 76 12 34 56", "+223-76-12-34-56", "00223 76 12 34 56",
				"76 12 34 56", "(76) 12.34.56")) {
			assertThat(filter(typed).matches(AMADOU_PHONE)).as(typed).isTrue();
		}
		for (String typed : List.of("06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678")) {
			assertThat(filter(typed).matches(MARIE_PHONE)).as(typed).isTrue();
		}
	}

	@Test
	void doesNotFindAPhoneNumberFromAPartOfItOrFromAnotherCountry() {
		for (String typed : List.of("22376", "12 34 56", "+223 76 12 34 5", "+33 76 12 34 56", "6123456")) {
			assertThat(filter(typed).matches(AMADOU_PHONE)).as(typed).isFalse();
		}
		assertThat(filter("76 12 34 56").matches(MARIE_PHONE)).isFalse();
	}

	@Test
	void aPhoneNumberDoesNotMatchAnEmailAddressNorTheOtherWayRound() {
		assertThat(filter("+22376123456").matches(AMADOU)).isFalse();
		assertThat(filter("amadou@example.org").matches(AMADOU_PHONE)).isFalse();
	}

	@Test
	void nothingTypedLetsEveryMessageThrough() {
		assertThat(RecipientFilter.of(null)).contains(RecipientFilter.ANYONE);
		assertThat(RecipientFilter.of("  ")).contains(RecipientFilter.ANYONE);
		assertThat(RecipientFilter.ANYONE.matches(List.of())).isTrue();
		assertThat(filter("amadou@example.org").matches(List.of())).isFalse();
	}

	@Test
	void refusesWhatIsNeitherAnEmailAddressNorAPhoneNumber() {
		for (String typed : List.of("amadou", "a***@example.org x", "+223******56", "123", "+", "76 12 34 56 abc",
				"x".repeat(250) + "@example.org")) {
			assertThat(RecipientFilter.of(typed)).as(typed).isEmpty();
		}
	}

	private static RecipientFilter filter(String typed) {
		return RecipientFilter.of(typed).orElseThrow();
	}
}
