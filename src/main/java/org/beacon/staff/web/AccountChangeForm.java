package org.beacon.staff.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.beacon.staff.StaffRole;
import org.beacon.staff.accounts.StaffAccountView;

/** The form that changes an account's display name, post and roles. */
class AccountChangeForm {

	@NotBlank(message = "{admin.error.required}")
	@Size(max = 120, message = "{admin.error.tooLong}")
	private String displayName;

	@NotBlank(message = "{admin.error.choose}")
	private String postId;

	@NotEmpty(message = "{admin.error.roles}")
	private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

	static AccountChangeForm of(StaffAccountView account) {
		AccountChangeForm form = new AccountChangeForm();
		form.displayName = account.displayName();
		form.postId = account.postId();
		form.setRoles(account.roles());
		return form;
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
}
