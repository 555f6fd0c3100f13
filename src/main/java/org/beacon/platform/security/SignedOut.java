package org.beacon.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/** After signing out, citizens return to the home page and staff to their sign-in page. */
class SignedOut implements LogoutSuccessHandler {

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		boolean citizen = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> "ROLE_CITIZEN".equals(authority.getAuthority()));
		response.sendRedirect(request.getContextPath() + (citizen ? "/?signed-out" : "/staff/login?signed-out"));
	}
}
