package org.beacon.subscribers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Adding and removing places on the enroll and account forms, before anything is saved. */
class EnrollFormTests {

	@Test
	void addsAnEmptyPlaceAtTheEndAndAnswersItsIndex() {
		EnrollForm form = new EnrollForm();
		form.getPlaces().get(0).setCountry("ML");

		assertThat(form.addPlace()).isEqualTo(1);
		assertThat(form.getPlaces()).hasSize(2);
		assertThat(form.getPlaces().get(1).getCountry()).isNull();
	}

	@Test
	void removesThePlaceAtTheIndex() {
		EnrollForm form = new EnrollForm();
		form.getPlaces().get(0).setCountry("ML");
		form.getPlaces().get(form.addPlace()).setCountry("NE");

		form.removePlace(0);

		assertThat(form.getPlaces()).singleElement().satisfies(place -> assertThat(place.getCountry()).isEqualTo("NE"));
	}

	@Test
	void keepsTheOnlyPlaceAndIgnoresAnIndexOutsideTheList() {
		EnrollForm form = new EnrollForm();
		form.getPlaces().get(0).setCountry("ML");
		form.removePlace(0);
		assertThat(form.getPlaces()).hasSize(1);

		form.addPlace();
		form.removePlace(2);
		form.removePlace(-1);
		assertThat(form.getPlaces()).hasSize(2);
	}
}
