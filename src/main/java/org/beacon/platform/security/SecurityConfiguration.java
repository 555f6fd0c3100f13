package org.beacon.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may call the API. Citizens need no account: enrollment is open and an enrollment is managed with its secret
 * token, checked by the subscribers feature. Staff authenticate with HTTP Basic; which countries they may alert is
 * checked by the broadcast feature against their post. The pages people use in a browser have their own chain,
 * {@link PageSecurityConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] STAFF = { "OFFICER", "APPROVER", "ADMIN", "CRISIS" };

	/** Everything a program calls rather than a person in a browser. */
	static final String[] API_PATHS = { "/api/**", "/cap/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	/** Providers' callbacks: Twilio posts two or three per SMS, so a crisis brings millions. */
	static final String WEBHOOKS = "/webhooks/**";

	private static final RequestMatcher SWAGGER_UI = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));

	/**
	 * Spring Security's own observations are off: they time every filter of every request and count its events, which
	 * nothing here reads, and on the webhooks they were a fair part of each request's cost. The request metric
	 * ({@code http.server.requests}) stays.
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The providers' callbacks, on a chain of their own that does only what they need: no staff account, session,
	 * saved request or login throttle, since no person calls them. Each is authenticated by its provider's signature
	 * where it is handled (the delivery feature); what is not a known callback is refused before it gets there.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain webhooks(HttpSecurity http, ObjectMapper json) throws Exception {
		ProblemResponses problems = new ProblemResponses(json);
		http
			.securityMatcher(WEBHOOKS)
			// Signed by the provider and sent with no cookie: nothing for a forged cross-site request to ride on.
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.disable())
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.servletApi(api -> api.disable())
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/webhooks/twilio/status", "/webhooks/twilio/inbound",
						"/webhooks/twilio/voice/status", "/webhooks/twilio/voice/gather")
				.permitAll()
				.anyRequest().denyAll())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ObjectMapper json, LoginThrottle throttle) throws Exception {
		ProblemResponses problems = new ProblemResponses(json);
		http
			.securityMatcher(API_PATHS)
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
				.requestMatchers(HttpMethod.POST, "/api/v1/checkins", "/api/v1/checkins/*/close").hasRole("OFFICER")
				// Who needs help, with their names and contact points: crisis staff only.
				.requestMatchers("/api/v1/checkins/*/help", "/api/v1/checkins/*/help/**", "/api/v1/checkins/*/roster",
						"/api/v1/checkins/*/roster/**", "/api/v1/checkins/*/roster.csv")
				.hasRole("CRISIS")
				.requestMatchers("/api/v1/checkins/**").hasAnyRole(STAFF)
				.requestMatchers(HttpMethod.GET, "/cap/**").permitAll()
				// The sandbox's failing switches stop a channel's provider for everyone: administrators only.
				.requestMatchers("/api/v1/sandbox/providers", "/api/v1/sandbox/providers/**").hasRole("ADMIN")
				.requestMatchers("/api/v1/alerts/**", "/api/v1/sandbox/**").hasAnyRole(STAFF)
				// Open where springdoc serves them (the embedded default); in prod it does not unless told to
				// (BEACON_API_DOCS_ENABLED), and the paths answer 404 to everyone alike.
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new CrossSiteRequests(problems), BasicAuthenticationFilter.class)
			// The sign-in form's throttle holds for HTTP Basic too: an account locked there is locked here.
			.addFilterBefore(new LoginThrottleFilter(throttle, problems::tooManyAttempts), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				// JSON and XML load nothing; Swagger UI's page loads its own scripts and styles, so it keeps none.
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
						new StaticHeadersWriter("Content-Security-Policy",
								"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"))));
		return http.build();
	}
}
