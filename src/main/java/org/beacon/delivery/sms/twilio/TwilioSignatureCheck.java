package org.beacon.delivery.sms.twilio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.beacon.platform.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import com.twilio.security.RequestValidator;

/**
 * Authenticates Twilio's callbacks by their {@code X-Twilio-Signature}, checked with the Twilio SDK's
 * {@link RequestValidator} against the URL Twilio called: Beacon's webhook base URL (what Twilio was given) and the
 * request's path and query, not the address the request arrived at behind a proxy.
 */
final class TwilioSignatureCheck {

	static final String HEADER = "X-Twilio-Signature";

	private static final Logger log = LoggerFactory.getLogger(TwilioSignatureCheck.class);

	private final RequestValidator validator;

	private final String baseUrl;

	TwilioSignatureCheck(String authToken, String baseUrl) {
		this.validator = new RequestValidator(authToken);
		this.baseUrl = baseUrl;
	}

	/**
	 * The callback's parameters (the first value of each), once its signature matches them.
	 *
	 * @throws ErrorResponseException 403 with a problem detail when the signature is missing or does not match
	 */
	Map<String, String> verified(HttpServletRequest request, String signature) {
		Map<String, String> params = posted(request);
		String url = baseUrl + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		if (signature == null || !validator.validate(url, params, signature)) {
			log.warn("Refused a Twilio callback to {} with a {} signature", Masking.typed(request.getRequestURI()),
					signature == null ? "missing" : "wrong");
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					HEADER + " is missing or does not match this request.");
			problem.setTitle("Unsigned callback");
			throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
		}
		return params;
	}

	/**
	 * The form fields Twilio posted (the first value of each): the servlet's parameters without those of the query
	 * string, which the servlet lists first and Twilio signs as part of the URL, not as parameters.
	 */
	private static Map<String, String> posted(HttpServletRequest request) {
		Map<String, Integer> inQuery = new HashMap<>();
		if (request.getQueryString() != null) {
			for (String pair : request.getQueryString().split("&")) {
				String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
				inQuery.merge(name, 1, Integer::sum);
			}
		}
		Map<String, String> params = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> {
			int skip = inQuery.getOrDefault(name, 0);
			if (values.length > skip) {
				params.put(name, values[skip]);
			}
			else if (values.length == 0) {
				params.put(name, "");
			}
		});
		return params;
	}
}
