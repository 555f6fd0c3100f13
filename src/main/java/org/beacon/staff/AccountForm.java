package org.beacon.staff;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * The form that creates a staff account. The service checks the rules beyond these annotations: username format and
 * uniqueness, the post, the password's strength.
 */
class AccountForm {

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 40, message = "{admin.error.tooLong}")
	private String username;

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 120, message = "{admin.error.tooLong}")
	private String displayName;

	@NotBlank(message = "{admin.error.choose}")
	private String postId;

	@NotEmpty(message = "{admin.error.roles}")
	private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

	@NotBlank(message = "{admin.error.required}")
	private String password;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPostId() {
		return postId;
	}

	public void setPostId(String postId) {
		this.postId = postId;
	}

	public Set<StaffRole> getRoles() {
		return roles;
	}

	public void setRoles(Set<StaffRole> roles) {
		this.roles = EnumSet.noneOf(StaffRole.class);
		if (roles != null) {
			this.roles.addAll(roles);
		}
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
