package org.beacon.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.platform.WebPage;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Spring Boot's error path, in Beacon's words. Errors raised outside a controller — a security filter's refusal (a
 * page posted without its CSRF token, a request the firewall rejects), an address nothing answers — come here, and
 * are answered as everything else is, whatever the client accepts: a problem+json body at the API's addresses, the
 * site's error page elsewhere. {@code /error} itself is nothing to visit: 404, not Boot's 500.
 */
@Controller
@WebPage
@Hidden
class ErrorPages implements ErrorController {

	/** Where programs call: their errors are problems. The rest of the site is pages. */
	static final List<String> API_PREFIXES = List.of("/api/", "/cap/", "/webhooks/", "/actuator/", "/v3/api-docs");

	private final ObjectMapper json;

	ErrorPages(ObjectMapper json) {
		this.json = json;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus resolved = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		HttpStatus status = code == null ? HttpStatus.NOT_FOUND
				: resolved == null || resolved.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && isApi(path)) {
			ModelAndView problem = new ModelAndView(problem(status));
			problem.setStatus(status);
			return problem;
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}

	static boolean isApi(String path) {
		return API_PREFIXES.stream().anyMatch(path::startsWith);
	}

	private View problem(HttpStatus status) {
		return new View() {
			@Override
			public String getContentType() {
				return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
					throws Exception {
				ProblemDetail problem = ProblemDetail.forStatus(status);
				problem.setTitle(status.getReasonPhrase());
				if (status == HttpStatus.BAD_REQUEST) {
					problem.setDetail("Beacon could not read this request.");
				}
				response.setStatus(status.value());
				response.setContentType(getContentType());
				json.writeValue(response.getOutputStream(), problem);
			}
		};
	}
}
