package org.beacon.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text input that may run over several lines, such as an alert's message or an SMS: there, tab, line feed
 * and carriage return are allowed. Every other text input (titles, names, email addresses, phone numbers, codes) is
 * one line. Either way the other control characters are refused; see {@link TextInput}.
 *
 * <p>Put it on a field of a form or on a component of a request record. A list or map of texts so marked holds
 * texts of several lines.
 */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MultilineText {
}
