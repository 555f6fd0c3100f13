package org.beacon.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Walks an input's fields, depth first, for {@link TextInput#check(Object)}. */
final class TextWalk {

	/** Objects of Beacon's own classes are walked into; those of libraries and the JDK are not input. */
	private static final String BEACON = "org.beacon.";

	/** Deeper than any request or form; a guard against a graph that is not a tree. */
	private static final int MAX_DEPTH = 16;

	private final List<TextInput.Flaw> flaws = new ArrayList<>();

	private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

	List<TextInput.Flaw> walk(Object input) {
		value(input, "", false, 0);
		return List.copyOf(flaws);
	}

	private void value(Object value, String path, boolean multiline, int depth) {
		if (value == null || depth > MAX_DEPTH) {
			return;
		}
		if (value instanceof String text) {
			int refused = TextInput.refused(text, multiline);
			if (refused >= 0) {
				flaws.add(new TextInput.Flaw(path, text, refused, multiline));
			}
		}
		else if (value instanceof Optional<?> optional) {
			value(optional.orElse(null), path, multiline, depth);
		}
		else if (value instanceof Collection<?> elements) {
			elements(elements, path, multiline, depth);
		}
		else if (value instanceof Object[] array) {
			elements(Arrays.asList(array), path, multiline, depth);
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, element) -> {
				String at = path + "[" + key + "]";
				value(key, at, false, depth + 1);
				value(element, at, multiline, depth + 1);
			});
		}
		else if (ours(value.getClass()) && seen.add(value)) {
			fields(value, path, depth);
		}
	}

	private void elements(Collection<?> elements, String path, boolean multiline, int depth) {
		int index = 0;
		for (Object element : elements) {
			value(element, path + "[" + index++ + "]", multiline, depth + 1);
		}
	}

	private void fields(Object object, String path, int depth) {
		for (Class<?> type = object.getClass(); type != null && ours(type); type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
					continue;
				}
				value(read(field, object), (path.isEmpty() ? "" : path + ".") + field.getName(),
						field.isAnnotationPresent(MultilineText.class), depth + 1);
			}
		}
	}

	private static boolean ours(Class<?> type) {
		return type.getName().startsWith(BEACON) && !Enum.class.isAssignableFrom(type);
	}

	private static Object read(Field field, Object object) {
		try {
			// Requests and forms are often records or classes of their feature's package, not public.
			field.setAccessible(true);
			return field.get(object);
		}
		catch (ReflectiveOperationException | RuntimeException unreadable) {
			throw new IllegalStateException("Cannot read " + field + " to check its text", unreadable);
		}
	}
}
