package org.beacon.support.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beacon.platform.WebPage;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One operation Beacon answers, as its handler mapping declares it: method, path pattern, the body types it takes,
 * what it produces, the request parameters its mapping requires, and the handler method that binds the rest.
 */
public record Endpoint(String method, String pattern, Set<MediaType> consumes, Set<MediaType> produces,
		List<String> params, HandlerMethod handler, Kind kind) {

	/** What a refusal looks like: a problem+json body, a page of the site, or whatever the framework answers. */
	public enum Kind {
		API, PAGE, OTHER
	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	/** Every operation of the application's controllers, sorted by path then method. */
	public static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty() ? List.of("GET", "POST")
					: methods.stream().map(RequestMethod::name).toList();
			for (String pattern : info.getPatternValues()) {
				for (String method : names) {
					endpoints.add(new Endpoint(method, pattern, info.getConsumesCondition().getConsumableMediaTypes(),
							info.getProducesCondition().getProducibleMediaTypes(), params(info), handler,
							kind(pattern, handler)));
				}
			}
		});
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method)
			.thenComparing(endpoint -> endpoint.params().toString()));
		return endpoints;
	}

	private static List<String> params(RequestMappingInfo info) {
		return info.getParamsCondition().getExpressions().stream().map(Object::toString).toList();
	}

	private static Kind kind(String pattern, HandlerMethod handler) {
		if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), WebPage.class)) {
			return Kind.PAGE;
		}
		return pattern.startsWith("/api/") || pattern.startsWith("/webhooks/") || pattern.startsWith("/cap/")
				? Kind.API : Kind.OTHER;
	}

	/** The names of the path variables, in order. */
	public List<String> variables() {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	/** The path with each variable replaced by the (already encoded) value given for it, in order. */
	public String path(List<String> values) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		int i = 0;
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(values.get(i++)));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/**
	 * How many requests it gets for one of a plain endpoint: eight for one that reads XML documents (the parsers
	 * XXE and entity bombs aim at), two for one that takes a body or a form, one for the rest.
	 */
	public int weight() {
		if (consumes.stream().anyMatch(type -> type.getSubtype().endsWith("xml"))) {
			return 8;
		}
		return method.equals("GET") || method.equals("DELETE") ? 1 : 2;
	}

	/** Whether it answers a stream that stays open (Server-Sent Events): only its head is read. */
	public boolean streams() {
		return produces.contains(MediaType.TEXT_EVENT_STREAM);
	}

	@Override
	public String toString() {
		return method + " " + pattern + (params.isEmpty() ? "" : " " + params);
	}
}
