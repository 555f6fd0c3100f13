package org.beacon.broadcast;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.beacon.subscribers.Channel;

/**
 * An alert as staff compose it.
 *
 * @param smsText the SMS wording; derived from the title and body when absent
 * @param area where it applies
 * @param channels how it is sent
 */
public record IssueAlertRequest(@NotNull AlertType type, @NotNull Severity severity,
		@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body,
		@Size(max = 1600) String smsText, @NotNull @Valid Area area,
		@NotEmpty(message = "must name at least one channel: EMAIL or SMS") Set<@NotNull Channel> channels) {

	/**
	 * @param countries ISO 3166-1 alpha-2 codes
	 * @param regions optional ISO 3166-2 codes within those countries; a country with none listed is covered whole
	 */
	public record Area(
			@NotEmpty(message = "must list at least one country") @Size(max = 60) List<@NotBlank String> countries,
			@Size(max = 500) List<@NotBlank String> regions) {
	}
}
