package org.beacon.platform.web;

import java.beans.PropertyEditorSupport;

import org.beacon.platform.MultilineText;
import org.beacon.platform.TextInput;
import org.beacon.platform.WebPage;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Holds the text the pages ({@link WebPage}) receive to {@link TextInput}'s rules.
 * <ul>
 * <li>A form ({@code @Valid @ModelAttribute}): each text that breaks them is a field error, shown beside its field in
 * the visitor's language (message {@code web.error.controlCharacter}).</li>
 * <li>A lone request parameter or path variable (a sign-in address, a rejection reason, a token): it cannot be told
 * from a text of several lines, so tab and line breaks pass and the other control characters are refused, which
 * answers 400 (see {@link PageErrors}). The ones that must be one line are checked by their own format.</li>
 * </ul>
 */
@ControllerAdvice(annotations = WebPage.class)
class PageTextInput {

	private static final TextInputValidator FORMS = new TextInputValidator(true);

	@InitBinder
	void checkText(WebDataBinder binder) {
		if (binder.getTarget() != null || binder.getTargetType() != null) {
			binder.addValidators(FORMS);
		}
		else {
			binder.registerCustomEditor(String.class, new LoneText());
		}
	}

	/** A lone text, held to the rules of {@link MultilineText}. */
	private static final class LoneText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			int refused = TextInput.refused(text, true);
			if (refused >= 0) {
				throw new IllegalArgumentException(String.format("holds U+%04X, which Beacon does not accept", refused));
			}
			setValue(text);
		}
	}
}
