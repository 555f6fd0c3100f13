package org.beacon.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat refuses some requests before Beacon sees them — a path that is not UTF-8 once decoded, a NUL in it, a
 * request line or headers past their size — and its error report answers them, in its own HTML. This report answers
 * them as the rest of Beacon does: problem+json at the API's addresses, an error page in the site's words elsewhere.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final MessageSource messages;

	ContainerErrors(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			// The host adds a report of this class only when it has none: this one.
			host.setErrorReportValveClass(Report.class.getName());
			host.getPipeline().addValve(new Report(messages));
		});
	}

	/** The host's error report, for the requests no servlet answered. */
	static class Report extends ErrorReportValve {

		private final MessageSource messages;

		Report(MessageSource messages) {
			this.messages = messages;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean writable = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
			if (!writable.get()) {
				return;
			}
			HttpStatus known = HttpStatus.resolve(status);
			String reason = known == null ? "Error" : known.getReasonPhrase();
			// As received: the API's prefixes are plain ASCII, and the decoded path may be what was refused. A request
			// line too long to read has none: programs send those, not browsers.
			String uri = request.getRequestURI();
			boolean api = uri == null || uri.isEmpty() || ErrorPages.isApi(uri);
			try {
				response.setContentType(api ? "application/problem+json" : "text/html");
				response.setCharacterEncoding("utf-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(api ? "{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status
							+ ",\"detail\":\"Beacon could not read this request.\"}" : page(status, request));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone, or the response cannot take a body: nothing more to say.
			}
		}

		private String page(int status, Request request) {
			Locale requested;
			try {
				requested = request.getLocale();
			}
			catch (RuntimeException unreadable) {
				requested = Locale.ENGLISH;
			}
			Locale locale = PageConfiguration.supported(requested);
			String title = text(status == 404 ? "web.error.404.title" : "web.error.title", locale);
			String text = text(status == 404 ? "web.error.404.text" : "web.error.400.text", locale);
			return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
					+ title + "</title></head><body><main id=\"main\"><h1>" + title + "</h1><p>" + text
					+ "</p><p><a href=\"/\">" + text("web.error.home", locale) + "</a></p></main></body></html>";
		}

		private String text(String code, Locale locale) {
			return HtmlUtils.htmlEscape(messages.getMessage(code, null, locale), "UTF-8");
		}
	}
}
