package org.beacon.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.beacon.platform.InvalidInputException;
import org.beacon.platform.InvalidInputException.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Renders every error of the API as an RFC 9457 problem. A user's mistake is a 4xx whose {@code errors} name the
 * fields; only Beacon's own faults are a 500, and those never echo internals to the caller.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			violations.add(new Violation(error.getField(), error.getDefaultMessage()));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(error -> violations.add(new Violation(error.getObjectName(), error.getDefaultMessage())));
		return problem(InvalidInputException.problem(violations));
	}

	/**
	 * Errors raised before a handler is chosen (an address nothing answers, a method or a media type it does not
	 * take, a parameter name the firewall refuses) reach this advice for the pages too, which have their own
	 * ({@link PageErrors}) once a handler is chosen. Outside the API they are pages: the error path
	 * ({@link ErrorPages}) renders them, with the headers of the answer (such as {@code Allow}) kept.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (sentAsPage(request, statusCode, headers)) {
			return null;
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/** A problem is problem+json whatever the client accepts (XML included, which Jackson could write). */
	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders problem = new HttpHeaders();
		if (headers != null) {
			problem.putAll(headers);
		}
		problem.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, problem, statusCode);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
				return problem(
						InvalidInputException.problem(List.of(new Violation(path(mismatch), expectation(mismatch)))));
			}
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON for this operation.");
		problem.setTitle("Unreadable request");
		return problem(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach(error -> violations.add(new Violation(name, error.getDefaultMessage())));
		}
		return problem(InvalidInputException.problem(violations));
	}

	/** Thrown past Spring Security's filter by a service that found the caller lacks a right. */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException ex, WebRequest request) {
		return pageOrProblem(request, HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	/**
	 * Spring Security's firewall checks parameter names only when they are read, so a name it refuses (a control
	 * character, a lone surrogate) surfaces while the request is bound: the client's mistake, not Beacon's.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> rejected(RequestRejectedException ex, WebRequest request) {
		return pageOrProblem(request, HttpStatus.BAD_REQUEST, "Unreadable request",
				"The request holds a parameter name or character Beacon does not accept.");
	}

	/** A parameter that names no field of the object it is bound to: an index that is no number, or too large. */
	@ExceptionHandler(InvalidPropertyException.class)
	ResponseEntity<Object> invalidProperty(InvalidPropertyException ex, WebRequest request) {
		return pageOrProblem(request, HttpStatus.BAD_REQUEST, "Unreadable request",
				"A parameter names no field Beacon reads.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected failure while handling a request", ex);
		return pageOrProblem(request, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Beacon could not complete this request. Nothing you sent was lost; please try again.");
	}

	/** Outside the API the error path's page for the status; in the API a problem with this title and detail. */
	private static ResponseEntity<Object> pageOrProblem(WebRequest request, HttpStatus status, String title,
			String detail) {
		if (sentAsPage(request, status, HttpHeaders.EMPTY)) {
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem(problem);
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** Outside the API, has the error path answer with its page; answers whether it did. */
	private static boolean sentAsPage(WebRequest request, HttpStatusCode status, HttpHeaders headers) {
		if (!(request instanceof ServletWebRequest servlet) || servlet.getResponse() == null
				|| ErrorPages.isApi(servlet.getRequest().getRequestURI())) {
			return false;
		}
		HttpServletResponse response = servlet.getResponse();
		headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		try {
			response.sendError(status.value());
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return true;
	}

	private static String path(JsonMappingException ex) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference ref : ex.getPath()) {
			if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
			else if (ref.getFieldName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
			}
		}
		return path.toString();
	}

	private static String expectation(MismatchedInputException ex) {
		Class<?> target = ex.getTargetType();
		if (target != null && target.isEnum()) {
			return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
				.collect(Collectors.joining(", "));
		}
		if (target != null && target.getName().startsWith("java.time.")) {
			return "must be a date in the form 2026-12-31";
		}
		if (ex instanceof InvalidFormatException invalid) {
			return "cannot read '" + invalid.getValue() + "' as " + simpleName(target);
		}
		return "must be " + (target == null ? "of another type" : "a " + simpleName(target));
	}

	private static String simpleName(Class<?> type) {
		if (type == null) {
			return "value";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "number";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "list";
		}
		return type == String.class ? "text" : "object";
	}
}
