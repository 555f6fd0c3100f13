package org.beacon.support.fuzz;

import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON bodies for the type an operation reads, from its declaration (record components, their types and their
 * {@code @Size}/{@code @NotEmpty}): hostile ones, whose fields may be wrong, null, missing, undeclared or damaged;
 * well-meant ones, every field as a client means it with unusual but valid text; and bodies not of that type at all,
 * 10,000 levels of nesting among them.
 */
public final class JsonBodies {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Plausible plausible;

	public JsonBodies(Plausible plausible) {
		this.plausible = plausible;
	}

	/** Encoded bodies for an operation that reads {@code type} (null: no type in particular). */
	public Arbitrary<byte[]> of(AnnotatedType type) {
		Arbitrary<byte[]> other = Garbage.json(3).map(node -> Bytes.invalidUtf8(write(node), 0));
		Arbitrary<byte[]> broken = Arbitraries.of("", "{", "{}", "[]", "null", "\"", "{\"a\":1,\"a\":2}", "{'a':1}",
				"{\"a\":1}{\"b\":2}", "/* x */{}", "{\"a\":NaN}", "1".repeat(5000))
			.map(text -> text.getBytes(StandardCharsets.UTF_8));
		if (type == null) {
			return Arbitraries.frequencyOf(Tuple.of(4, other), Tuple.of(2, broken), Tuple.of(1, Garbage.deep()));
		}
		Arbitrary<byte[]> hostile = Combinators.combine(field(type, "", 0, true), Bytes.damage(), Arbitraries.integers())
			.as((node, damage, choice) -> damage.apply(Bytes.invalidUtf8(write(node), choice)));
		Arbitrary<byte[]> meant = value(type, "", 0, false).map(node -> write(node).getBytes(StandardCharsets.UTF_8));
		return Arbitraries.frequencyOf(Tuple.of(12, hostile), Tuple.of(6, meant), Tuple.of(2, other),
				Tuple.of(2, broken), Tuple.of(1, Garbage.deep()));
	}

	private Arbitrary<JsonNode> field(AnnotatedType type, String name, int depth, boolean hostile) {
		return hostile ? Arbitraries.frequencyOf(Tuple.of(30, value(type, name, depth, true)),
				Tuple.of(2, Garbage.json(2)), Tuple.of(1, Arbitraries.just(NODES.nullNode())))
				: value(type, name, depth, false);
	}

	private Arbitrary<JsonNode> value(AnnotatedType type, String name, int depth, boolean hostile) {
		Class<?> raw = org.springframework.core.ResolvableType.forType(type.getType()).toClass();
		if (depth > 4) {
			return Garbage.json(1);
		}
		if (raw.isEnum()) {
			Arbitrary<String> constants = Arbitraries.of(raw.getEnumConstants()).map(Object::toString);
			return (hostile ? Arbitraries.frequencyOf(Tuple.of(9, constants),
					Tuple.of(1, constants.map(String::toLowerCase))) : constants).map(NODES::textNode);
		}
		if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
			AnnotatedType element = type instanceof AnnotatedParameterizedType generic
					? generic.getAnnotatedActualTypeArguments()[0]
					: ((AnnotatedArrayType) type).getAnnotatedGenericComponentType();
			Size size = type.getAnnotation(Size.class);
			int min = size != null ? size.min() : type.isAnnotationPresent(NotEmpty.class) ? 1 : 0;
			int max = Math.max(min, Math.min(3, size == null ? 3 : size.max()));
			return field(element, name, depth + 1, hostile).list().ofMinSize(hostile ? 0 : min).ofMaxSize(max)
				.map(values -> NODES.arrayNode().addAll(values));
		}
		if (raw.isRecord()) {
			return object(raw, depth, hostile);
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return Arbitraries.of(true, false).map(NODES::booleanNode);
		}
		Arbitrary<String> text = hostile ? plausible.text(name) : plausible.wellMeant(name);
		if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
			return hostile ? Arbitraries.frequencyOf(Tuple.of(5, text.map(JsonBodies::numberOrText)),
					Tuple.of(1, Garbage.numbers())) : text.map(JsonBodies::numberOrText);
		}
		if (raw == String.class || Temporal.class.isAssignableFrom(raw) || raw == java.util.UUID.class) {
			return text.map(NODES::textNode);
		}
		return Garbage.json(2);
	}

	private Arbitrary<JsonNode> object(Class<?> record, int depth, boolean hostile) {
		List<Arbitrary<Optional<Map.Entry<String, JsonNode>>>> fields = new ArrayList<>();
		for (RecordComponent component : record.getRecordComponents()) {
			Arbitrary<Optional<Map.Entry<String, JsonNode>>> present = field(component.getAnnotatedType(),
					component.getName(), depth + 1, hostile)
				.map(value -> Optional.of(Map.entry(component.getName(), value)));
			fields.add(hostile ? Arbitraries.frequencyOf(Tuple.of(20, present),
					Tuple.of(1, Arbitraries.just(Optional.empty()))) : present);
		}
		Arbitrary<Map<String, JsonNode>> extra = hostile ? Arbitraries.frequencyOf(
				Tuple.of(8, Arbitraries.just(Map.of())),
				Tuple.of(1, Arbitraries.maps(Garbage.keys(), Garbage.json(1)).ofMaxSize(3))) : Arbitraries.just(Map.of());
		return Combinators.combine(Combinators.combine(fields).as(list -> list), extra).as((declared, undeclared) -> {
			ObjectNode node = NODES.objectNode();
			declared.forEach(entry -> entry.ifPresent(field -> node.set(field.getKey(), field.getValue())));
			undeclared.forEach(node::putIfAbsent);
			return node;
		});
	}

	private static JsonNode numberOrText(String text) {
		try {
			return NODES.numberNode(new BigDecimal(text));
		}
		catch (NumberFormatException notANumber) {
			return NODES.textNode(text);
		}
	}

	static String write(JsonNode node) {
		try {
			return JSON.writeValueAsString(node);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
