package org.beacon.platform.web;

import org.beacon.platform.TextInput;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;

/**
 * Holds every validated request body of the API ({@code @Valid @RequestBody}) to {@link TextInput}'s rules, beside
 * its bean validation: a text that breaks them is a 400 problem whose {@code errors} name the field by its JSON path.
 */
@ControllerAdvice(annotations = RestController.class)
class ApiTextInput {

	private static final TextInputValidator BODIES = new TextInputValidator(false);

	@InitBinder
	void checkText(WebDataBinder binder) {
		binder.addValidators(BODIES);
	}
}
