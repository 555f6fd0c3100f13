package org.beacon.platform.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page links to itself in the other languages, keeping its query (a page opened from a signed link needs
 * the link's token to show again): the request attribute {@code languageLinks} maps {@code en} and {@code es} to them.
 */
class LanguageLinks implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// An error page is shown at the address that failed, not at /error.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = failed != null ? failed.toString() : request.getRequestURI();
		String query = failed != null ? null : request.getQueryString();
		request.setAttribute("languageLinks", Map.of("en", link(path, query, "en"), "es", link(path, query, "es")));
		return true;
	}

	private static String link(String path, String query, String language) {
		return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language).build()
			.toUriString();
	}
}
