package org.beacon.staff;

import jakarta.validation.constraints.NotBlank;

/** The form that sets a new password for an account; {@link PasswordRule} judges its strength. */
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
