package org.beacon.subscribers.web;

import java.util.List;
import java.util.Locale;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The regions of a country, for the place picker's script: choosing a country fills its region list without
 * reloading the page. Without the script the picker's "show the regions" button asks the page for them.
 */
@RestController
@ConditionalOnRole(Role.API)
@Hidden
class RegionLists {

	private final PlaceChoices choices;

	RegionLists(PlaceChoices choices) {
		this.choices = choices;
	}

	/** A region as the list offers it. */
	record RegionChoice(String code, String name) {
	}

	/** @return the country's regions by name, in the page's language's order; 404 for a code that is no country */
	@GetMapping(path = "/places/{country}/regions", produces = "application/json")
	List<RegionChoice> regions(@PathVariable String country, Locale locale) {
		if (!country.matches("[A-Za-z]{2}") || !choices.isCountry(country)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No country has the code " + country);
		}
		return choices.regions(country, locale).stream().map(r -> new RegionChoice(r.code(), r.name())).toList();
	}
}
