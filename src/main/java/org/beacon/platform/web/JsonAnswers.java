package org.beacon.platform.web;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API answers in JSON. A call that changes something, and whose answer has a body, is refused (406) before it is
 * carried out when it accepts no JSON: refused only when the answer is written, the change would stand while the
 * client reads a refusal (an enrollment stored, and its verification messages sent, under a 406).
 */
@Configuration(proxyBeanMethods = false)
class JsonAnswers implements WebMvcConfigurer, HandlerInterceptor {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON,
			new MediaType("application", "*+json"));

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotAcceptableException {
		if (SAFE.contains(request.getMethod()) || !(handler instanceof HandlerMethod method) || !hasBody(method)) {
			return true;
		}
		String accept = String.join(",", Collections.list(request.getHeaders("Accept")));
		if (accept.isBlank()) {
			return true;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (InvalidMediaTypeException unreadable) {
			throw new HttpMediaTypeNotAcceptableException("Could not parse 'Accept' header: " + unreadable.getMessage());
		}
		if (accepted.stream().anyMatch(type -> JSON.stream().anyMatch(type::isCompatibleWith))) {
			return true;
		}
		throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
	}

	private static boolean hasBody(HandlerMethod method) {
		MethodParameter returned = method.getReturnType();
		Class<?> type = returned.getParameterType();
		if (type == void.class) {
			return false;
		}
		return !ResponseEntity.class.isAssignableFrom(type)
				|| ResolvableType.forMethodParameter(returned).getGeneric(0).resolve() != Void.class;
	}
}
