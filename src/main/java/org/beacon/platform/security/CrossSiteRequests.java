package org.beacon.platform.security;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing API calls a browser makes on another site's behalf. The API needs no CSRF token because it
 * keeps no session, but a browser that holds a staff member's Basic credentials would send them with any site's
 * form or {@code fetch}: such a request says where it comes from ({@code Sec-Fetch-Site}, {@code Origin}), and a form
 * can only send the "simple" content types, which no operation of the API takes (nor a wildcard type, which
 * names none). Programs send neither header, so
 * they are unaffected. Providers' webhooks, which post forms, are on a chain of their own and authenticated by their
 * signature instead.
 */
class CrossSiteRequests extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	/** What an HTML form (or a fetch without a CORS preflight) may send. */
	private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
			"text/plain");

	private final ProblemResponses problems;

	CrossSiteRequests(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SAFE.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (crossSite(request)) {
			problems.refuse(response, HttpStatus.FORBIDDEN, "Cross-site request refused",
					"The API does not take state-changing requests made by a browser on another site's behalf.");
			return;
		}
		if (formType(request) || wildcardType(request)) {
			problems.refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
					"Send the request body as JSON (Content-Type: application/json), or as the document type the "
							+ "operation documents.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !"same-origin".equals(site) && !"none".equals(site)) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		boolean defaultPort = port == 80 && "http".equals(scheme) || port == 443 && "https".equals(scheme);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

	/** A wildcard type (a star for the type or the subtype) names no type: Spring cannot read a body by it. */
	private static boolean wildcardType(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.split(";", 2)[0].contains("*");
	}

	private static boolean formType(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		int parameters = type.indexOf(';');
		String essence = (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
		return FORM_TYPES.contains(essence);
	}
}
