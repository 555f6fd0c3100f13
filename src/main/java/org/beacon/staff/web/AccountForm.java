package org.beacon.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The form that creates a staff account: what {@link AccountChangeForm} changes later, plus the username and the
 * initial password. The service checks the rules beyond these annotations: username format and uniqueness, the post,
 * the password's strength.
 */
class AccountForm extends AccountChangeForm {

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 40, message = "{admin.error.tooLong}")
	private String username;

	@NotBlank(message = "{admin.error.required}")
	private String password;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
