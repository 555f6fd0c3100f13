package org.beacon.broadcast;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.beacon.platform.InvalidInputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One attempt to issue an alert, named by its author's key (the API's {@code Idempotency-Key} header, after the IETF
 * HTTP API draft, or the compose form's one-time key), with a digest of what it asked for. The same key must come
 * with the same request: then it gives back the alert the first attempt created.
 *
 * @param key the author's key, 1 to 255 printable ASCII characters
 * @param digest SHA-256 of the request in a canonical form: the same request written with other whitespace, another
 *     order of fields or of channels has the same digest
 */
public record Submission(String key, String digest) {

	public static final String HEADER = "Idempotency-Key";

	static final int MAX_LENGTH = 255;

	// Times as ISO instants (UTC): "14:00+01:00" and "13:00Z" ask for the same alert.
	private static final ObjectMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	/**
	 * Fields added to the request after keys were first stored: absent when null, so that a request without them has
	 * the digest it had before they existed (a retry across an upgrade is still a retry).
	 */
	private static final List<String> LATER_FIELDS = List.of("effective", "expires", "arrivingWithinDays");

	/**
	 * The submission of {@code request} under a key given as the header's value: a Structured Fields string
	 * ({@code "8e03978e-…"}) or, as most clients send it, the bare key.
	 *
	 * @throws InvalidInputException (400, naming the header) when the key is empty, too long or not printable ASCII
	 */
	public static Submission of(String header, IssueAlertRequest request) {
		return new Submission(key(header), digest(request));
	}

	/**
	 * The submission of a check-in: as {@link #of(String, IssueAlertRequest)}, its deadline as the request gave it
	 * (null when it gave none, so that a retry of a request without one asks for the same check-in).
	 */
	public static Submission of(String header, IssueAlertRequest request, Instant deadline) {
		return new Submission(key(header), deadline == null ? digest(request) : digest(request) + "@" + deadline);
	}

	private static String key(String header) {
		String key = header.strip();
		if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
			key = key.substring(1, key.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
		}
		if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
			throw new InvalidInputException(HEADER, "must be 1 to " + MAX_LENGTH
					+ " printable ASCII characters, such as a UUID");
		}
		return key;
	}

	public static String digest(IssueAlertRequest request) {
		ObjectNode tree = CANONICAL.valueToTree(request);
		LATER_FIELDS.stream().filter(field -> tree.path(field).isNull()).forEach(tree::remove);
		// A set of channels has no order: JSON ["SMS","EMAIL"] and ["EMAIL","SMS"] ask for the same alert.
		JsonNode channels = tree.get("channels");
		if (channels instanceof ArrayNode array) {
			List<String> sorted = new ArrayList<>();
			array.forEach(channel -> sorted.add(channel.asText()));
			sorted.sort(null);
			array.removeAll();
			sorted.forEach(array::add);
		}
		try {
			byte[] canonical = CANONICAL.writeValueAsBytes(tree);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (JsonProcessingException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether this submission asks for what {@code digest} was computed from. */
	public boolean asksFor(String digest) {
		return this.digest.equals(digest);
	}
}
