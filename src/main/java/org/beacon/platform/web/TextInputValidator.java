package org.beacon.platform.web;

import org.beacon.platform.TextInput;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Holds a bound request body or form to {@link TextInput}'s rules: each text that breaks them is a field error with
 * the code {@value #CONTROL} (or {@value #NOT_A_CHARACTER}), the character's name as argument and the API's English
 * message as default.
 */
final class TextInputValidator implements Validator {

	static final String CONTROL = "web.error.controlCharacter";

	static final String NOT_A_CHARACTER = "web.error.notACharacter";

	private final boolean forms;

	/**
	 * @param forms true for the pages' forms, which are JavaBeans whose fields the page shows errors beside: a bad
	 * text in a list is reported on the list (the field the page shows), not on its element as the API does
	 */
	TextInputValidator(boolean forms) {
		this.forms = forms;
	}

	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object target, Errors errors) {
		for (TextInput.Flaw flaw : TextInput.check(target)) {
			String code = flaw.control() ? CONTROL : NOT_A_CHARACTER;
			Object[] arguments = { flaw.characterName() };
			if (forms) {
				errors.rejectValue(flaw.field().replaceFirst("\\[\\d+]$", ""), code, arguments, flaw.message());
			}
			else if (errors instanceof BindingResult result) {
				// Request bodies are records, which the binding result cannot read a field of: it is given the text.
				result.addError(new FieldError(result.getObjectName(), result.getNestedPath() + flaw.field(),
						flaw.value(), false, result.resolveMessageCodes(code, flaw.field()), arguments, flaw.message()));
			}
			else {
				errors.rejectValue(flaw.field(), code, arguments, flaw.message());
			}
		}
	}
}
