package org.beacon.support.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One generated request: to which operation, sent by whom, and exactly what is sent. */
public record FuzzRequest(Endpoint endpoint, Visitor visitor, String method, String target,
		Map<String, String> headers, byte[] body) {

	/** Tomcat reads at most 8 KB of request line and headers (its own headers and cookies included). */
	private static final int READABLE_HEAD = 7_000;

	/** Whether its request line and headers are past what the server reads: no route is known for it then. */
	public boolean oversized() {
		int head = method.length() + target.length();
		for (Map.Entry<String, String> header : headers.entrySet()) {
			head += header.getKey().length() + header.getValue().getBytes(StandardCharsets.UTF_8).length + 4;
		}
		return head > READABLE_HEAD;
	}

	/** Enough to replay it by hand: method, target, sender, headers and the start of the body. */
	public String describe() {
		String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
		return method + " " + abbreviate(target, 300) + " as " + visitor + " "
				+ escape(abbreviate(headers.toString(), 400)) + " body(" + body.length + " bytes): " + escape(text);
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + ")";
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029 || c == 0xFFFD) {
				escaped.append(String.format("\\u%04X", c));
			}
			else {
				escaped.appendCodePoint(c);
			}
		});
		return escaped.toString();
	}
}
