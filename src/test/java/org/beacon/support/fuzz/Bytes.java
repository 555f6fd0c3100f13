package org.beacon.support.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Byte-level damage to an encoded body: sequences that are no UTF-8, truncation, stray bytes. */
public final class Bytes {

	/** Overlong, out-of-range, surrogate, truncated and stray sequences: none is UTF-8. */
	static final List<byte[]> INVALID_UTF8 = List.of(bytes(0xC0, 0xAF), bytes(0xFF), bytes(0xFE, 0xFF),
			bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xE2, 0x82), bytes(0x80),
			bytes(0xF0, 0x9F, 0x98), bytes(0xC3), bytes(0xF8, 0x88, 0x80, 0x80, 0x80));

	private static final byte[] PLACEHOLDER = Garbage.NOT_UTF8.getBytes(StandardCharsets.UTF_8);

	private Bytes() {
	}

	/** Encodes the text as UTF-8, then swaps each {@link Garbage#NOT_UTF8} for a sequence that is no UTF-8. */
	public static byte[] invalidUtf8(String text, int choice) {
		byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length);
		int swapped = 0;
		for (int i = 0; i < encoded.length; i++) {
			if (i + PLACEHOLDER.length <= encoded.length
					&& Arrays.equals(encoded, i, i + PLACEHOLDER.length, PLACEHOLDER, 0, PLACEHOLDER.length)) {
				out.writeBytes(INVALID_UTF8.get(Math.floorMod(choice + swapped++, INVALID_UTF8.size())));
				i += PLACEHOLDER.length - 1;
			}
			else {
				out.write(encoded[i]);
			}
		}
		return out.toByteArray();
	}

	/** Ways to damage an encoded body, with no damage the most likely. */
	public static Arbitrary<UnaryOperator<byte[]>> damage() {
		Arbitrary<UnaryOperator<byte[]>> insert = Combinators
			.combine(Arbitraries.of(INVALID_UTF8), Arbitraries.doubles().between(0, 1))
			.as((sequence, at) -> body -> splice(body, (int) (at * body.length), sequence));
		Arbitrary<UnaryOperator<byte[]>> truncate = Arbitraries.doubles().between(0, 1)
			.map(at -> body -> Arrays.copyOf(body, (int) (at * body.length)));
		Arbitrary<UnaryOperator<byte[]>> wrap = Arbitraries
			.of(bytes(0xEF, 0xBB, 0xBF), bytes(0xFE, 0xFF), bytes(0x00), "}]}".getBytes(StandardCharsets.UTF_8))
			.map(extra -> body -> splice(body, 0, extra));
		Arbitrary<UnaryOperator<byte[]>> trail = Arbitraries.of("}", "]", ",", "\u0000", " garbage", "<x/>")
			.map(extra -> body -> splice(body, body.length, extra.getBytes(StandardCharsets.UTF_8)));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(12, Arbitraries.just(UnaryOperator.identity())),
				net.jqwik.api.Tuple.of(2, insert), net.jqwik.api.Tuple.of(1, truncate),
				net.jqwik.api.Tuple.of(1, wrap), net.jqwik.api.Tuple.of(1, trail));
	}

	private static byte[] splice(byte[] body, int at, byte[] inserted) {
		byte[] out = new byte[body.length + inserted.length];
		System.arraycopy(body, 0, out, 0, at);
		System.arraycopy(inserted, 0, out, at, inserted.length);
		System.arraycopy(body, at, out, at + inserted.length, body.length - at);
		return out;
	}

	static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}
}
