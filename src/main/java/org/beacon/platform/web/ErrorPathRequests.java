package org.beacon.platform.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /error} is where the container forwards a failed request to render its error; asked for directly it has no
 * error to render and Spring Boot would answer 500. A visitor who types it gets 404, like any page that is not there.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPathRequests {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorPathNotFound() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws IOException {
				// Only direct requests reach here: a OncePerRequestFilter skips the container's error dispatch.
				response.sendError(HttpStatus.NOT_FOUND.value());
			}
		});
		registration.addUrlPatterns("/error", "/error/*");
		return registration;
	}
}
