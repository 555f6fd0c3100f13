package org.beacon.platform.security.matrix;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running application answers, read from its own handler mappings (controllers, Actuator,
 * springdoc), plus the paths Spring Security answers itself (sign-in form, sign-out, passkeys). Each is named
 * {@code METHOD /pattern} followed by its parameter conditions, such as {@code POST /account [addPlace]}.
 */
final class Endpoints {

	/** Paths that no controller maps: the security filters answer them. */
	static final List<String> FILTER_PATHS = List.of("POST /staff/login", "POST /staff/logout", "POST /account/signout",
			"POST /webauthn/register/options", "POST /webauthn/register", "DELETE /webauthn/register/{id}",
			"POST /webauthn/authenticate/options", "POST /login/webauthn");

	private Endpoints() {
	}

	static Set<String> of(ApplicationContext context) {
		Set<String> endpoints = new TreeSet<>(FILTER_PATHS);
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()
			.forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> add(info, endpoints)));
		return endpoints;
	}

	private static void add(RequestMappingInfo info, Set<String> endpoints) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		Set<String> params = new TreeSet<>(info.getParamsCondition().getExpressions().stream().map(Object::toString).toList());
		String suffix = params.isEmpty() ? "" : " " + params;
		for (String pattern : info.getPatternValues()) {
			for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
				endpoints.add(method + " " + pattern + suffix);
			}
		}
	}
}
