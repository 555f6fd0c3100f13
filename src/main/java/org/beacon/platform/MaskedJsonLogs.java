package org.beacon.platform;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Masks phone numbers and email addresses in every string of a structured (JSON) log event — the message, an
 * exception's text, MDC values — as a net under the masking done where Beacon logs a contact point: a library's
 * message (an SMTP relay's refusal, a driver's error) may quote one. Enabled in the prod profile with
 * {@code logging.structured.json.customizer}.
 */
public class MaskedJsonLogs implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, Masking::text));
	}
}
