package org.beacon.staff.web;

import jakarta.validation.constraints.NotBlank;

/** The form that sets a new password for an account; the administration service judges its strength. */
class PasswordForm {

	@NotBlank(message = "{admin.error.required}")
	private String password;

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
