package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import org.apache.http.HttpHost;
import org.apache.http.conn.routing.HttpRoute;
import org.apache.http.impl.client.HttpClientBuilder;
import org.beacon.platform.prod.ProdStartCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started here (no container engine; .ci/run has docker-compose validate its syntax), so
 * this reads it and checks what would otherwise only show at {@code docker compose up}: the services are there, each
 * Beacon process gets past the prod profile's checks with the settings it is given, start order waits for health,
 * workers scale, and the Twilio stub answers the real Twilio SDK.
 */
class DockerComposeTests {

	private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

	private static final List<String> BEACON = List.of("api", "worker");

	/** Compose's "${NAME:-default}": the stack must work with none of these set in the shell. */
	private static final Pattern DEFAULTED = Pattern.compile("\\$\\{([A-Z0-9_]+):-([^}]*)}");

	private static Map<String, Object> services;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void readComposeFile() throws IOException {
		try (Reader reader = Files.newBufferedReader(COMPOSE_FILE)) {
			// SnakeYAML resolves the file's anchors and "<<" merge keys as Compose does.
			Map<String, Object> compose = new Yaml().load(reader);
			services = (Map<String, Object>) compose.get("services");
		}
	}

	@Test
	void runsKafkaPostgresqlAMailCatcherATwilioStubAndBeaconAsApiAndWorkers() {
		assertThat(services).containsKeys("kafka", "postgres", "mailpit", "twilio-stub", "twilio-callbacks", "api",
				"worker");
		assertThat(service("kafka").get("image").toString()).startsWith("apache/kafka:");
		assertThat(service("postgres").get("image")).isEqualTo("postgres:17");
		assertThat((List<Object>) service("postgres").get("command")).as("a cache for a million citizens' tables")
			.containsSubsequence("-c", "shared_buffers=512MB");
		assertThat(service("mailpit").get("image").toString()).startsWith("axllent/mailpit:");
		assertThat(service("twilio-stub").get("image").toString()).startsWith("wiremock/wiremock:");
	}

	@Test
	void apiAndWorkersRunOneImageBuiltFromTheDockerfile() {
		assertThat(service("api").get("build")).isEqualTo(".").isEqualTo(service("worker").get("build"));
		assertThat(service("api").get("image")).isNotNull().isEqualTo(service("worker").get("image"));
		assertThat(Path.of("Dockerfile")).isRegularFile();
	}

	@Test
	void theApiServesAndTheWorkersWork() {
		assertThat(check("api").roles()).containsExactly(Role.API);
		assertThat(check("worker").roles()).containsExactlyInAnyOrder(Role.FANOUT, Role.SMS, Role.EMAIL);
	}

	@Test
	void everyRequiredProdSettingIsSetForEachRole() {
		for (String name : BEACON) {
			Map<String, String> environment = environment(name);
			Set<Role> roles = check(name).roles();
			assertThat(environment).as("%s runs the prod profile", name).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
			for (String variable : ProdStartCheck.requiredVariables(roles)) {
				assertThat(environment.get(variable)).as("%s (roles %s) sets %s", name, roles, variable).isNotBlank();
			}
		}
	}

	@Test
	void eachBeaconServiceGetsPastTheProdChecksOnItsSettings() {
		for (String name : BEACON) {
			assertThat(check(name).problems()).as(name).isEmpty();
		}
	}

	/** TwilioWebhooks (role api) checks Twilio's signatures with the auth token, which RequiredSettings does not list. */
	@Test
	void theApiChecksTwilioCallbacksWithTheRealAuthToken() {
		assertThat(environment("api").get("TWILIO_AUTH_TOKEN")).isNotBlank()
			.isEqualTo(environment("worker").get("TWILIO_AUTH_TOKEN"));
	}

	/**
	 * Accounts with a published password only when asked (BEACON_SEED_DEMO_STAFF=true, the README's walkthrough), and
	 * then by the single API process only.
	 */
	@Test
	void seedsTheDemoStaffAccountsOnlyWhenAsked() {
		assertThat(check("api").property("beacon.staff.seed-demo")).isEqualTo("false");
		assertThat(check("worker").property("beacon.staff.seed-demo")).isEqualTo("false");
		assertThat(map(service("api").get("environment"))).containsEntry("BEACON_STAFF_SEEDDEMO",
				"${BEACON_SEED_DEMO_STAFF:-false}");
		Map<String, String> asked = new LinkedHashMap<>(environment("api"));
		asked.put("BEACON_STAFF_SEEDDEMO", "true");
		assertThat(new ProdStartCheck(asked).property("beacon.staff.seed-demo")).isEqualTo("true");
	}

	/** A local stack to try Beacon on: the README's links to the API's description work against it. */
	@Test
	void theApiServesItsDescriptionHere() {
		assertThat(check("api").property("springdoc.api-docs.enabled")).isEqualTo("true");
		assertThat(check("api").property("springdoc.swagger-ui.enabled")).isEqualTo("true");
	}

	@Test
	void beaconStartsOnlyOnceEverythingItUsesIsHealthy() {
		for (String name : BEACON) {
			Map<String, Object> dependsOn = map(service(name).get("depends_on"));
			assertThat(dependsOn).as(name).containsOnlyKeys("kafka", "postgres", "mailpit", "twilio-stub");
			dependsOn.forEach((dependency, how) -> {
				assertThat(map(how)).as("%s waits for %s", name, dependency)
					.containsEntry("condition", "service_healthy");
				assertThat(healthcheck(dependency)).as("%s has a health check", dependency).isNotBlank();
			});
		}
	}

	@Test
	void beaconIsHealthyWhenItsReadinessProbeOnTheManagementPortSaysSo() {
		for (String name : BEACON) {
			String port = environment(name).get("MANAGEMENT_PORT");
			assertThat(healthcheck(name)).as(name).contains("http://localhost:" + port + "/actuator/health/readiness");
			// The runtime image installs curl for exactly this.
			assertThat(healthcheck(name)).startsWith("curl ");
		}
		assertThat(dockerfile()).contains("apt-get install -y --no-install-recommends curl");
	}

	@Test
	void workersPublishNoFixedHostPortSoThatTheyScale() {
		assertThat(service("worker")).doesNotContainKeys("ports", "container_name");
		assertThat(service("api").get("ports").toString()).contains("8080:8080");
	}

	@Test
	void beaconReachesKafkaAtTheAddressTheBrokerAdvertises() {
		Map<String, Object> kafka = map(service("kafka").get("environment"));
		assertThat(kafka).contains(entry("KAFKA_PROCESS_ROLES", "broker,controller"));
		String bootstrap = environment("worker").get("KAFKA_BOOTSTRAP_SERVERS");
		assertThat(bootstrap).isEqualTo(environment("api").get("KAFKA_BOOTSTRAP_SERVERS")).startsWith("kafka:");
		assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS").toString()).contains("//" + bootstrap);
		// One broker holds one replica of a topic: more and Beacon's topic creation fails at start.
		assertThat(environment("worker")).containsEntry("BEACON_KAFKA_REPLICAS", "1");
	}

	@Test
	void smsGoToTheTwilioStubAndEmailToTheMailCatcher() {
		for (String name : BEACON) {
			Map<String, String> environment = environment(name);
			assertThat(URI.create(environment.get("TWILIO_API_URL")).getHost()).isEqualTo("twilio-stub");
			assertThat(environment).containsEntry("SMTP_HOST", "mailpit")
				.containsEntry("SMTP_PORT", "1025")
				.containsEntry("SMTP_AUTH", "false")
				.containsEntry("SMTP_STARTTLS", "false");
		}
	}

	@Test
	void theTwilioStubAnswersTheTwilioSdkLikeTwilio() throws IOException {
		WireMockServer stub = twilioStub();
		try {
			String body = "Curfew in Mopti from 8 p.m.\n\"Stay indoors\" — Embassy Bamako";
			Message message = Message
				.creator(new PhoneNumber("+22376123456"), new PhoneNumber("+15005550006"), body)
				.create(sdkRoutedTo(stub));

			assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
			assertThat(message.getUri()).isEqualTo(
					"/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/" + message.getSid() + ".json");
			assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
			assertThat(message.getTo()).isEqualTo("+22376123456");
			assertThat(message.getBody()).isEqualTo(body);
			assertThat(message.getDateCreated()).isNotNull();
		}
		finally {
			stub.stop();
		}
	}

	@Test
	void theTwilioStubRefusesANumberThatIsNotE164AsTwilioDoes() throws IOException {
		WireMockServer stub = twilioStub();
		try {
			assertThatThrownBy(() -> Message
				.creator(new PhoneNumber("76123456"), new PhoneNumber("+15005550006"), "Curfew in Mopti")
				.create(sdkRoutedTo(stub)))
				.isInstanceOfSatisfying(ApiException.class, ex -> {
					assertThat(ex.getCode()).isEqualTo(21211);
					assertThat(ex.getStatusCode()).isEqualTo(400);
				});
		}
		finally {
			stub.stop();
		}
	}

	/**
	 * The stub reports each message it took as Twilio does: "sent", then "delivered", to the message's StatusCallback,
	 * signed by twilio-callbacks with the compose file's auth token, as Beacon's check (Twilio's RequestValidator, on
	 * the URL it gave) accepts, and sent to the API on the compose network.
	 */
	@Test
	void theTwilioStubSendsSignedDeliveryReportsToTheApi() throws Exception {
		String statusCallback = environment("api").get("BEACON_PUBLIC_URL") + "/webhooks/twilio/status";
		List<HttpExchangeRecord> received = new CopyOnWriteArrayList<>();
		HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		api.createContext("/", exchange -> {
			received.add(new HttpExchangeRecord(exchange.getRequestURI().getPath(),
					exchange.getRequestHeaders().getFirst("X-Twilio-Signature"),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		api.start();
		Signer signer = startSigner("http://127.0.0.1:" + api.getAddress().getPort());
		WireMockServer stub = null;
		try {
			stub = twilioStub(signer.url());
			Message message = Message.creator(new PhoneNumber("+22376123456"), new PhoneNumber("+15005550006"),
					"Curfew in Mopti").setStatusCallback(URI.create(statusCallback)).create(sdkRoutedTo(stub));

			await().atMost(Duration.ofSeconds(30)).until(() -> received.size() == 2);
			RequestValidator validator = new RequestValidator(environment("api").get("TWILIO_AUTH_TOKEN"));
			List<String> statuses = new java.util.ArrayList<>();
			for (HttpExchangeRecord report : received) {
				Map<String, String> params = form(report.body());
				assertThat(report.path()).isEqualTo("/webhooks/twilio/status");
				assertThat(validator.validate(statusCallback, params, report.signature())).as(report.toString()).isTrue();
				assertThat(params).containsEntry("MessageSid", message.getSid()).containsEntry("To", "+22376123456")
					.containsEntry("AccountSid", environment("worker").get("TWILIO_ACCOUNT_SID"));
				statuses.add(params.get("MessageStatus"));
			}
			assertThat(statuses).containsExactly("sent", "delivered");
			assertThat(validator.validate(statusCallback, Map.of("MessageSid", message.getSid(), "MessageStatus",
					"delivered"), received.get(0).signature())).as("a signature covers the report's fields").isFalse();
		}
		finally {
			if (stub != null) {
				stub.stop();
			}
			signer.process().destroy();
			api.stop(0);
		}
	}

	private record HttpExchangeRecord(String path, String signature, String body) {
	}

	private record Signer(Process process, String url) {
	}

	/** twilio-callbacks as the compose file runs it: its one source file, with its environment, by the JDK. */
	private static Signer startSigner(String apiUrl) throws Exception {
		Map<String, Object> service = service("twilio-callbacks");
		List<?> command = (List<?>) service.get("command");
		String volume = service.get("volumes").toString().replaceAll("^\\[|]$", "");
		String[] parts = volume.split(":");
		Path source = Path.of(parts[0]).resolve(Path.of(parts[1]).relativize(Path.of(command.get(1).toString())));
		assertThat(command.get(0)).isEqualTo("java");
		assertThat(source).isRegularFile();
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				source.toString()).redirectErrorStream(true)
			.redirectOutput(Files.createDirectories(Path.of("target", "compose")).resolve("twilio-callbacks.log").toFile());
		Map<String, String> environment = environment("twilio-callbacks");
		assertThat(environment.get("BEACON_API_URL")).isEqualTo("http://api:8080");
		builder.environment().put("TWILIO_AUTH_TOKEN", environment.get("TWILIO_AUTH_TOKEN"));
		builder.environment().put("BEACON_API_URL", apiUrl);
		builder.environment().put("PORT", String.valueOf(port));
		Signer signer = new Signer(builder.start(), "http://127.0.0.1:" + port);
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> http.send(
				HttpRequest.newBuilder(URI.create(signer.url() + "/health")).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
		return signer;
	}

	private static Map<String, String> form(String body) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] nameValue = pair.split("=", 2);
			params.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
					URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "", StandardCharsets.UTF_8));
		}
		return params;
	}

	/** The stub as the compose file starts it: WireMock with the folder mounted into the container. */
	private static WireMockServer twilioStub() {
		return twilioStub(null);
	}

	/**
	 * The stub as the compose file starts it, its delivery reports sent to the signer at this address instead of
	 * twilio-callbacks (null: left as they are).
	 */
	private static WireMockServer twilioStub(String signer) {
		String volume = service("twilio-stub").get("volumes").toString().replaceAll("^\\[|]$", "");
		String[] parts = volume.split(":");
		assertThat(parts[1]).isEqualTo("/home/wiremock");
		Path files = Path.of(parts[0]);
		assertThat(files.resolve("mappings")).isDirectory();
		WireMockServer stub = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().usingFilesUnderDirectory(files.toString()));
		stub.start();
		if (signer != null) {
			for (StubMapping mapping : stub.getStubMappings()) {
				String json = Json.write(mapping);
				if (json.contains("http://twilio-callbacks:8080/")) {
					stub.editStubMapping(StubMapping.buildFrom(json.replace("http://twilio-callbacks:8080/", signer + "/")));
				}
			}
		}
		return stub;
	}

	/** As Beacon's TwilioConfiguration does with TWILIO_API_URL: the SDK's own requests, sent to the stub. */
	private static TwilioRestClient sdkRoutedTo(WireMockServer stub) {
		Map<String, String> environment = environment("worker");
		HttpHost target = new HttpHost("localhost", stub.port(), "http");
		HttpClientBuilder http = HttpClientBuilder.create()
			.setRoutePlanner((host, request, context) -> new HttpRoute(target));
		return new TwilioRestClient.Builder(environment.get("TWILIO_ACCOUNT_SID"), environment.get("TWILIO_AUTH_TOKEN"))
			.httpClient(new NetworkHttpClient(http))
			.build();
	}

	private static ProdStartCheck check(String name) {
		return new ProdStartCheck(environment(name));
	}

	/** A service's environment as its container gets it, with compose's ${NAME:-default} at their defaults. */
	private static Map<String, String> environment(String name) {
		Map<String, String> environment = new LinkedHashMap<>();
		map(service(name).get("environment")).forEach((key, value) -> {
			String text = String.valueOf(value);
			Matcher matcher = DEFAULTED.matcher(text);
			text = matcher.replaceAll(match -> Matcher.quoteReplacement(match.group(2)));
			assertThat(text).as("%s of %s uses only ${NAME:-default}", key, name).doesNotContain("${");
			environment.put(key, text);
		});
		return environment;
	}

	private static String healthcheck(String name) {
		Object test = map(service(name).get("healthcheck")).get("test");
		if (test instanceof List<?> list) {
			assertThat(list.get(0)).isIn("CMD", "CMD-SHELL");
			return String.join(" ", list.subList(1, list.size()).stream().map(String::valueOf).toList());
		}
		return String.valueOf(test);
	}

	private static Map<String, Object> service(String name) {
		assertThat(services).containsKey(name);
		return map(services.get(name));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static String dockerfile() {
		try {
			return Files.readString(Path.of("Dockerfile"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
