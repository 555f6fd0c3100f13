package org.beacon.support.fuzz;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fields of a form post or a query string, named as the handler binds them: its request parameters, the
 * properties of its form objects ({@code places[0].country} for a list of places), and the parameters its mapping
 * requires. Each is filled as a client would, with garbage, twice, or left out; undeclared fields come along.
 */
public final class FormBodies {

	private final Plausible plausible;

	private final Map<String, List<String>> undeclared;

	/**
	 * @param undeclared the fields of handlers that read the request's parameters themselves (Twilio's callbacks),
	 *     by path pattern
	 */
	public FormBodies(Plausible plausible, Map<String, List<String>> undeclared) {
		this.plausible = plausible;
		this.undeclared = undeclared;
	}

	/** Name-value pairs, in the order they are sent: hostile three times in four, else every field well meant. */
	public Arbitrary<List<Map.Entry<String, String>>> of(Endpoint endpoint) {
		Map<String, Class<?>> names = names(endpoint);
		undeclared.getOrDefault(endpoint.pattern(), List.of()).forEach(name -> names.put(name, String.class));
		List<Arbitrary<Map.Entry<String, String>>> meant = new ArrayList<>();
		names.forEach((name, type) -> meant.add((type.isEnum() ? Arbitraries.of(type.getEnumConstants())
			.map(Object::toString) : plausible.wellMeant(name)).map(value -> Map.entry(name, value))));
		Arbitrary<List<Map.Entry<String, String>>> wellMeant = meant.isEmpty() ? Arbitraries.just(List.of())
				: Combinators.combine(meant).as(List::copyOf);
		return Arbitraries.frequencyOf(Tuple.of(3, hostile(names)), Tuple.of(1, wellMeant));
	}

	private Arbitrary<List<Map.Entry<String, String>>> hostile(Map<String, Class<?>> names) {
		List<Arbitrary<List<Map.Entry<String, String>>>> fields = new ArrayList<>();
		for (Map.Entry<String, Class<?>> field : names.entrySet()) {
			String name = field.getKey();
			Arbitrary<String> value = field.getValue().isEnum() ? Arbitraries.frequencyOf(
					Tuple.of(4, Arbitraries.of(field.getValue().getEnumConstants()).map(Object::toString)),
					Tuple.of(1, plausible.text(name))) : plausible.text(name);
			fields.add(Arbitraries.frequencyOf(Tuple.of(14, value.map(v -> List.of(Map.entry(name, v)))),
					Tuple.of(2, Arbitraries.just(List.<Map.Entry<String, String>>of())),
					Tuple.of(1, value.list().ofSize(2).map(vs -> vs.stream().map(v -> Map.entry(name, v)).toList()))));
		}
		Arbitrary<List<Map.Entry<String, String>>> extra = Arbitraries.frequencyOf(
				Tuple.of(6, Arbitraries.just(List.of())),
				Tuple.of(1, Combinators.combine(Garbage.keys(), Garbage.strings()).as(Map::entry).list().ofMaxSize(3)),
				Tuple.of(1, Arbitraries.integers().between(1_001, 12_000)
					.map(n -> java.util.stream.IntStream.range(0, n).mapToObj(i -> Map.entry("p" + i, "1")).toList())));
		fields.add(extra);
		return Combinators.combine(fields).as(lists -> lists.stream().flatMap(List::stream).toList());
	}

	/** What the handler reads from parameters, found on its signature, with the type of each value. */
	static Map<String, Class<?>> names(Endpoint endpoint) {
		Map<String, Class<?>> names = new LinkedHashMap<>();
		for (String condition : endpoint.params()) {
			if (!condition.startsWith("!")) {
				names.put(condition.split("!?=", 2)[0], String.class);
			}
		}
		for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = StringUtils.hasText(param.name()) ? param.name() : parameter.getParameterName();
				names.putIfAbsent(name, parameter.getParameterType());
			}
			else if (parameter.getParameterType().getPackageName().startsWith("org.beacon")
					&& !parameter.hasParameterAnnotation(RequestBody.class)
					&& !parameter.hasParameterAnnotation(PathVariable.class)) {
				properties(parameter.getParameterType(), "", 0, names);
			}
		}
		return names;
	}

	private static void properties(Class<?> type, String prefix, int depth, Map<String, Class<?>> names) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			String name = prefix + property.getName();
			ResolvableType propertyType = ResolvableType.forMethodParameter(property.getWriteMethod(), 0);
			Class<?> element = Collection.class.isAssignableFrom(propertyType.toClass())
					? propertyType.asCollection().getGeneric(0).toClass() : null;
			if (element != null && element.getPackageName().startsWith("org.beacon") && !element.isEnum()
					&& depth < 2) {
				properties(element, name + "[0].", depth + 1, names);
				properties(element, name + "[1].", depth + 1, names);
			}
			else {
				names.put(name, element != null ? element : propertyType.toClass());
			}
		}
	}
}
