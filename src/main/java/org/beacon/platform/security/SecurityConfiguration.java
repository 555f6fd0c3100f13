package org.beacon.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may call what. Citizens need no account: enrollment is open and an enrollment is managed with its secret
 * token, checked by the subscribers feature. Staff authenticate (HTTP Basic for now); which countries they may
 * alert is checked by the broadcast feature against their post.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] STAFF = { "OFFICER", "APPROVER", "ADMIN" };

	@Bean
	SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
		ProblemResponses problems = new ProblemResponses(json);
		http
			// A stateless JSON API authenticated per request: no cookie session, so no CSRF token to forge.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/subscribers").permitAll()
				.requestMatchers("/api/v1/subscribers/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/advisories/feed").hasRole("ADMIN")
				.requestMatchers("/api/v1/advisories/ingests").hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/advisories", "/api/v1/advisories/**").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/alerts/*/approve", "/api/v1/alerts/*/discard")
				.hasAnyRole("APPROVER", "ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/v1/alerts", "/api/v1/alerts/cap").hasRole("OFFICER")
				.requestMatchers(HttpMethod.GET, "/cap/**").permitAll()
				.requestMatchers("/api/v1/alerts/**", "/api/v1/sandbox/**").hasAnyRole(STAFF)
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
				// Authenticated by their X-Twilio-Signature, checked by the delivery feature.
				.requestMatchers(HttpMethod.POST, "/webhooks/twilio/**").permitAll()
				// Authorized by the signed token in the link.
				.requestMatchers("/unsubscribe/*").permitAll()
				.requestMatchers("/error").permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(Customizer.withDefaults());
		return http.build();
	}
}
