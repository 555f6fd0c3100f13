package org.beacon.staff.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.beacon.staff.Post;
import org.beacon.staff.accounts.PostView;

/**
 * The form that creates or changes a post. Countries are typed as ISO codes separated by commas or spaces
 * ("ML, BF"); the service checks each against the geography module. Blank numbers are no number.
 */
class PostForm {

	@Size(max = 60, message = "{admin.error.tooLong}")
	private String id;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 200, message = "{admin.error.tooLong}")
	private String name;

	@Size(max = 1000, message = "{admin.error.tooLong}")
	private String countries = "";

	@Size(max = 30, message = "{admin.error.tooLong}")
	private String emergencyPhone;

	@Size(max = 30, message = "{admin.error.tooLong}")
	private String afterHoursPhone;

	static PostForm of(PostView view) {
		PostForm form = new PostForm();
		form.id = view.post().id();
		form.name = view.post().name();
		form.countries = String.join(", ", view.countries());
		form.emergencyPhone = view.post().emergencyPhone();
		form.afterHoursPhone = view.post().afterHoursPhone();
		return form;
	}

	Post post(String postId) {
		return new Post(postId, name == null ? null : name.strip(), blankIsNull(emergencyPhone),
				blankIsNull(afterHoursPhone));
	}

	List<String> countryCodes() {
		return countries == null ? List.of()
				: Arrays.stream(countries.split("[,;\\s]+")).filter(code -> !code.isBlank()).toList();
	}

	private static String blankIsNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id == null ? null : id.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCountries() {
		return countries;
	}

	public void setCountries(String countries) {
		this.countries = countries;
	}

	public String getEmergencyPhone() {
		return emergencyPhone;
	}

	public void setEmergencyPhone(String emergencyPhone) {
		this.emergencyPhone = emergencyPhone;
	}

	public String getAfterHoursPhone() {
		return afterHoursPhone;
	}

	public void setAfterHoursPhone(String afterHoursPhone) {
		this.afterHoursPhone = afterHoursPhone;
	}
}
