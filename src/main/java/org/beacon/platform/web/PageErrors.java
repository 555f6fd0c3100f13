package org.beacon.platform.web;

import org.beacon.platform.WebPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Errors of the pages ({@link WebPage} controllers) are pages too, in the visitor's language: a 4xx says what went
 * wrong in words the visitor can act on; a 500 says only that it is Beacon's fault, and is logged.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		// Spring Security's filters turn these into a sign-in redirect or a 403 page.
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView error(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// The visitor left (a closed tab ends a live progress stream): nobody to show a page to, nothing wrong.
			return new ModelAndView();
		}
		HttpStatusCode status = status(ex);
		if (status.is5xxServerError()) {
			log.error("Page failed", ex);
		}
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		if (status.is4xxClientError() && ex instanceof ErrorResponse response
				&& response.getBody().getDetail() != null) {
			page.addObject("detail", response.getBody().getDetail());
		}
		return page;
	}

	private static HttpStatusCode status(Exception ex) {
		if (ex instanceof ErrorResponse response) {
			return response.getStatusCode();
		}
		if (ex instanceof TypeMismatchException || ex instanceof RequestRejectedException
				|| ex instanceof InvalidPropertyException) {
			// A parameter that is not what the page takes: a word for a number, a control character in a text, a
			// parameter name the firewall refuses when the form is bound, or one naming no field of the form (an
			// index that is no number, or past the 256 entries a list grows to).
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}
}
