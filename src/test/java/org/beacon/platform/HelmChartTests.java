package org.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import org.beacon.platform.kafka.KafkaTopicsProperties;
import org.beacon.platform.prod.ProdStartCheck;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsProperties;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.yaml.snakeyaml.Yaml;

/**
 * The Helm chart, linted and rendered by Helm itself (embedded by helm-java: no binary, no cluster), then read as
 * Kubernetes would take it and as Beacon would start with it.
 */
class HelmChartTests {

	private static final Path CHART = Path.of("helm/beacon");

	private static final String RELEASE = "beacon";

	/**
	 * The cluster version to render for: the one client-java-api 24's models describe. (helm-java's template
	 * otherwise assumes 1.20, older than the chart's kubeVersion.)
	 */
	private static final String KUBERNETES = "1.32.0";

	/** Settings that must reach the pods from Secrets only. */
	private static final Set<String> SECRET_VARIABLES = Set.of("DATABASE_USERNAME", "DATABASE_PASSWORD",
			"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "BEACON_LINK_SECRET", "BEACON_CRYPTO_KEYS", "BEACON_CRYPTO_LOOKUP_KEY",
			"SMTP_USERNAME", "SMTP_PASSWORD",
			"SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG");

	/** Every optional part switched on, so that it is rendered and checked too. */
	private static final String[] EVERYTHING_ON = { "ingress.enabled=true", "metrics.serviceMonitor.enabled=true",
			"grafanaDashboard.enabled=true", "kafka.sasl.enabled=true", "kafka.tls.enabled=true",
			"kafka.tls.caSecret.name=beacon-kafka-ca", "workers.fanout.autoscaling.enabled=true",
			"workers.email.autoscaling.enabled=true", "twilio.apiUrl=http://twilio-stub:8080" };

	/** What a Kubernetes API server would accept for each kind: these models refuse unknown and missing fields. */
	private static final Map<String, Class<?>> MODELS = Map.of("Deployment", V1Deployment.class, "Service",
			V1Service.class, "ConfigMap", V1ConfigMap.class, "ServiceAccount", V1ServiceAccount.class,
			"HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class, "PodDisruptionBudget",
			V1PodDisruptionBudget.class, "Ingress", V1Ingress.class);

	/** Every value the chart requires, and nothing else: the other values are the chart's defaults. */
	private static final Path COMPLETE_VALUES = CHART.resolve("ci/complete-values.yaml");

	/** What a deployment must set, each with the words its failure names it by. */
	private static final Map<String, String> REQUIRED = Map.of("image.repository", "the image built from the Dockerfile",
			"publicUrl", "where citizens and staff reach Beacon", "kafka.bootstrapServers", "the Kafka brokers",
			"database.url", "the JDBC URL of PostgreSQL", "twilio.from", "the SMS sender", "smtp.host",
			"the SMTP relay", "mail.from", "the sender of Beacon's emails");

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void refusesToRenderWithoutAValueADeploymentMustSetAndNamesIt() throws IOException {
		Map<String, Object> complete = new Yaml().load(Files.readString(COMPLETE_VALUES));
		assertThat(flatten("", complete).keySet()).as("the complete values set exactly the required ones")
			.containsExactlyInAnyOrderElementsOf(REQUIRED.keySet());
		REQUIRED.forEach((value, meaning) -> assertThatThrownBy(() -> render(value + "="))
			.as("without %s", value)
			.hasMessageContaining(value + " is required: " + meaning));
		// The chart's own values.yaml has no placeholder that would render and not work.
		assertThatThrownBy(() -> render(new Helm(CHART).template())).hasMessageContaining(" is required: ");
		assertThat(render()).isNotEmpty();
	}

	@Test
	void passesHelmLint() {
		LintResult lint = new Helm(CHART).lint().strict().call();
		assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
	}

	@Test
	void everyRenderedDocumentIsAValidKubernetesObjectOfItsKind() throws Exception {
		for (List<Map<String, Object>> documents : List.of(render(), render(EVERYTHING_ON))) {
			assertThat(documents).isNotEmpty();
			for (Map<String, Object> document : documents) {
				String kind = (String) document.get("kind");
				if ("ServiceMonitor".equals(kind)) {
					continue; // a CRD of the Prometheus Operator, checked in podsAreScrapedByPrometheus
				}
				assertThat(MODELS).as("a model for %s", kind).containsKey(kind);
				// fromJson validates: an unknown field (a typo) or a missing required one throws.
				MODELS.get(kind).getMethod("fromJson", String.class).invoke(null, json.writeValueAsString(document));
			}
		}
	}

	@Test
	void rendersTheApiAndOneDeploymentPerWorkerGroupWithItsRoles() {
		List<Map<String, Object>> documents = render();
		Map<String, Map<String, Object>> deployments = byName(documents, "Deployment");
		assertThat(deployments).containsOnlyKeys("beacon-api", "beacon-worker-fanout", "beacon-worker-sms",
				"beacon-worker-email");
		assertThat(environment(documents, deployments.get("beacon-api"))).containsEntry("BEACON_ROLES", "api");
		assertThat(environment(documents, deployments.get("beacon-worker-fanout"))).containsEntry("BEACON_ROLES",
				"fanout");
		assertThat(environment(documents, deployments.get("beacon-worker-sms"))).containsEntry("BEACON_ROLES", "sms");
		assertThat(environment(documents, deployments.get("beacon-worker-email"))).containsEntry("BEACON_ROLES",
				"email");
		assertThat(byName(documents, "Service")).containsOnlyKeys("beacon-api");
	}

	@Test
	void workerReplicaCountsFollowTheValues() {
		Map<String, Map<String, Object>> deployments = byName(render("workers.sms.replicas=5", "api.replicas=3"),
				"Deployment");
		assertThat(at(deployments.get("beacon-worker-sms"), "spec", "replicas")).isEqualTo(5);
		assertThat(at(deployments.get("beacon-worker-fanout"), "spec", "replicas")).isEqualTo(2);
		assertThat(at(deployments.get("beacon-api"), "spec", "replicas")).isEqualTo(3);
	}

	@Test
	void eachDeploymentGetsPastTheProdChecksOnTheSettingsItIsGiven() {
		for (String[] values : List.of(new String[0], EVERYTHING_ON)) {
			List<Map<String, Object>> documents = render(values);
			byName(documents, "Deployment").forEach((name, deployment) -> {
				ProdStartCheck check = new ProdStartCheck(environment(documents, deployment));
				assertThat(check.problems()).as(name).isEmpty();
			});
		}
	}

	@Test
	void theApiDescriptionIsOffUnlessTheValuesTurnItOn() {
		List<Map<String, Object>> documents = render();
		assertThat(new ProdStartCheck(environment(documents, byName(documents, "Deployment").get("beacon-api")))
			.property("springdoc.api-docs.enabled")).isEqualTo("false");
		List<Map<String, Object>> staging = render("apiDocs.enabled=true");
		ProdStartCheck api = new ProdStartCheck(environment(staging, byName(staging, "Deployment").get("beacon-api")));
		assertThat(api.property("springdoc.api-docs.enabled")).isEqualTo("true");
		assertThat(api.property("springdoc.swagger-ui.enabled")).isEqualTo("true");
	}

	@Test
	void secretsReachThePodsOnlyThroughSecretKeyReferences() throws IOException {
		List<Map<String, Object>> documents = render(EVERYTHING_ON);
		assertThat(documents).noneMatch(document -> "Secret".equals(document.get("kind")));
		for (Map<String, Object> deployment : byName(documents, "Deployment").values()) {
			for (Map<String, Object> variable : list(at(container(deployment), "env"))) {
				if (SECRET_VARIABLES.contains(variable.get("name"))) {
					assertThat(variable).as("%s", variable.get("name")).doesNotContainKey("value");
					assertThat(at(variable, "valueFrom", "secretKeyRef", "name")).isNotNull();
					assertThat(at(variable, "valueFrom", "secretKeyRef", "key")).isNotNull();
				}
			}
		}
		assertThat(configMapData(documents).keySet()).doesNotContainAnyElementsOf(SECRET_VARIABLES);
		// values.yaml names Secrets and their keys, never a secret value.
		Map<String, Object> values = new Yaml().load(Files.readString(CHART.resolve("values.yaml")));
		flatten("", values).forEach((key, value) -> {
			if (key.matches("(?i).*(password|token|secret|jaas|sid).*") && value instanceof String text
					&& !text.isEmpty()) {
				assertThat(key).as("%s is the name or key of a Secret", key)
					.matches("(?i).*(existingSecret|Key|\\.name|\\.key)$");
			}
		});
	}

	@Test
	void kafkaSaslAndTlsReachTheKafkaClients() {
		List<Map<String, Object>> documents = render(EVERYTHING_ON);
		Map<String, Object> worker = byName(documents, "Deployment").get("beacon-worker-sms");
		KafkaProperties kafka = new ProdStartCheck(environment(documents, worker)).bind("spring.kafka",
				KafkaProperties.class);
		Map<String, Object> consumer = kafka.buildConsumerProperties(null);
		assertThat(consumer).containsEntry("security.protocol", "SASL_SSL")
			.containsEntry("sasl.mechanism", "SCRAM-SHA-512")
			.containsEntry("sasl.jaas.config", "secret beacon-kafka/sasl.jaas.config")
			.containsEntry("ssl.truststore.type", "PEM")
			.containsEntry("ssl.truststore.location", "/etc/beacon/kafka-ca/ca.crt");
		assertThat(list(at(container(worker), "volumeMounts")))
			.anyMatch(mount -> "/etc/beacon/kafka-ca".equals(mount.get("mountPath")));
		// Off by default: plain Kafka.
		assertThat(configMapData(render())).doesNotContainKeys("SPRING_KAFKA_SECURITY_PROTOCOL",
				"SPRING_KAFKA_PROPERTIES_SASL_MECHANISM");
	}

	@Test
	void topicPartitionsAndReplicasComeFromTheValues() {
		List<Map<String, Object>> documents = render("kafka.topics.partitions=24", "kafka.topics.replicas=2");
		Map<String, Object> fanout = byName(documents, "Deployment").get("beacon-worker-fanout");
		KafkaTopicsProperties topics = new ProdStartCheck(environment(documents, fanout)).bind("beacon.kafka",
				KafkaTopicsProperties.class);
		assertThat(topics.partitions()).isEqualTo(24);
		assertThat(topics.replicas()).isEqualTo((short) 2);
	}

	@Test
	void probesAskTheManagementPortForTheLivenessAndReadinessBeaconServes() {
		List<Map<String, Object>> documents = render();
		for (Map<String, Object> deployment : byName(documents, "Deployment").values()) {
			Map<String, Object> container = container(deployment);
			ProdStartCheck app = new ProdStartCheck(environment(documents, deployment));
			assertThat(app.property("management.endpoint.health.probes.enabled")).isEqualTo("true");
			int managementPort = Integer.parseInt(app.property("management.server.port"));
			assertThat(managementPort).isEqualTo(8081);

			assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
			assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
			assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
			for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
				assertThat(containerPort(container, at(container, probe, "httpGet", "port"))).as(probe)
					.isEqualTo(managementPort);
			}
		}
	}

	@Test
	void podsRunAsTheImagesNonRootUserOnAReadOnlyRootFilesystemWithAWritableTmp() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		for (Map<String, Object> deployment : byName(render(), "Deployment").values()) {
			Map<String, Object> pod = podSpec(deployment);
			assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
			assertThat(at(pod, "securityContext", "runAsUser")).isEqualTo(10001);
			assertThat(dockerfile).contains("USER 10001:10001");
			Map<String, Object> container = container(deployment);
			assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
			assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
			assertThat(at(container, "securityContext", "capabilities", "drop")).isEqualTo(List.of("ALL"));

			Map<String, Object> tmp = list(at(container, "volumeMounts")).stream()
				.filter(mount -> "/tmp".equals(mount.get("mountPath")))
				.findFirst()
				.orElseThrow();
			assertThat(list(at(pod, "volumes")))
				.anyMatch(volume -> tmp.get("name").equals(volume.get("name")) && volume.containsKey("emptyDir"));
		}
	}

	@Test
	void podsHaveTimeToShutDownGracefully() {
		List<Map<String, Object>> documents = render();
		for (Map<String, Object> deployment : byName(documents, "Deployment").values()) {
			ProdStartCheck app = new ProdStartCheck(environment(documents, deployment));
			assertThat(app.property("server.shutdown")).isEqualTo("graceful");
			String phase = app.property("spring.lifecycle.timeout-per-shutdown-phase");
			Duration shutdown = phase == null ? Duration.ofSeconds(30) : Duration.parse("PT" + phase.toUpperCase());
			// A preStop "sleep N" runs before SIGTERM and counts against the same grace period.
			Object sleep = at(container(deployment), "lifecycle", "preStop", "exec", "command");
			int preStop = sleep == null ? 0 : Integer.parseInt(((List<?>) sleep).get(1).toString());
			assertThat((Integer) at(podSpec(deployment), "terminationGracePeriodSeconds"))
				.isGreaterThan((int) shutdown.toSeconds() + preStop);
		}
	}

	@Test
	void autoscaledWorkerGroupsGetAHorizontalPodAutoscalerThatOwnsTheirReplicaCount() {
		assertThat(byName(render(), "HorizontalPodAutoscaler")).isEmpty();

		List<Map<String, Object>> documents = render("workers.fanout.autoscaling.enabled=true",
				"workers.fanout.autoscaling.maxReplicas=12");
		Map<String, Map<String, Object>> autoscalers = byName(documents, "HorizontalPodAutoscaler");
		assertThat(autoscalers).containsOnlyKeys("beacon-worker-fanout");
		Map<String, Object> hpa = autoscalers.get("beacon-worker-fanout");
		assertThat(hpa.get("apiVersion")).isEqualTo("autoscaling/v2");
		assertThat(at(hpa, "spec", "scaleTargetRef")).isEqualTo(
				Map.of("apiVersion", "apps/v1", "kind", "Deployment", "name", "beacon-worker-fanout"));
		assertThat(at(hpa, "spec", "maxReplicas")).isEqualTo(12);
		Map<String, Map<String, Object>> deployments = byName(documents, "Deployment");
		assertThat(deployments).containsKey("beacon-worker-fanout");
		assertThat(map(deployments.get("beacon-worker-fanout").get("spec"))).doesNotContainKey("replicas");
		assertThat(at(deployments.get("beacon-worker-sms"), "spec", "replicas")).isEqualTo(2);
	}

	@Test
	void everyDeploymentHasAPodDisruptionBudgetSelectingItsPods() {
		List<Map<String, Object>> documents = render();
		Map<String, Map<String, Object>> budgets = byName(documents, "PodDisruptionBudget");
		byName(documents, "Deployment").forEach((name, deployment) -> {
			assertThat(budgets).containsKey(name);
			assertThat(at(budgets.get(name), "spec", "selector")).isEqualTo(at(deployment, "spec", "selector"));
		});
	}

	@Test
	void workerGroupsCanBeCombinedAndDropped() {
		List<Map<String, Object>> documents = render("workers.sms.roles[0]=sms", "workers.sms.roles[1]=email",
				"workers.email=null");
		Map<String, Map<String, Object>> deployments = byName(documents, "Deployment");
		assertThat(deployments).containsOnlyKeys("beacon-api", "beacon-worker-fanout", "beacon-worker-sms");
		ProdStartCheck check = new ProdStartCheck(environment(documents, deployments.get("beacon-worker-sms")));
		assertThat(check.roles()).containsExactlyInAnyOrder(Role.SMS, Role.EMAIL);
		assertThat(check.problems()).isEmpty();
		assertThat(byName(documents, "PodDisruptionBudget")).doesNotContainKey("beacon-worker-email");
	}

	@Test
	void aWorkerGroupCannotRunTheApi() {
		assertThatThrownBy(() -> render("workers.fanout.roles[0]=api")).hasMessageContaining("role \"api\" is not one of");
	}

	@Test
	void podsAreScrapedByPrometheus() {
		List<Map<String, Object>> documents = render("metrics.serviceMonitor.enabled=true");
		for (Map<String, Object> deployment : byName(documents, "Deployment").values()) {
			Map<String, Object> annotations = map(at(deployment, "spec", "template", "metadata", "annotations"));
			assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
				.containsEntry("prometheus.io/port", "8081")
				.containsEntry("prometheus.io/path", "/actuator/prometheus");
		}
		Map<String, Object> monitor = byName(documents, "ServiceMonitor").get("beacon");
		assertThat(monitor.get("apiVersion")).isEqualTo("monitoring.coreos.com/v1");
		Map<String, Object> endpoint = list(at(monitor, "spec", "endpoints")).get(0);
		assertThat(endpoint).containsEntry("port", "management").containsEntry("path", "/actuator/prometheus");
		// The ServiceMonitor selects the metrics Service, which selects every Beacon pod by the port it scrapes.
		Map<String, Object> service = byName(documents, "Service").get("beacon-metrics");
		assertThat(map(at(service, "metadata", "labels")))
			.containsAllEntriesOf(map(at(monitor, "spec", "selector", "matchLabels")));
		assertThat(list(at(service, "spec", "ports")).get(0)).containsEntry("name", "management")
			.containsEntry("targetPort", "management");
		for (Map<String, Object> deployment : byName(documents, "Deployment").values()) {
			assertThat(map(at(deployment, "spec", "template", "metadata", "labels")))
				.containsAllEntriesOf(map(at(service, "spec", "selector")));
		}
		assertThat(byName(render(), "ServiceMonitor")).isEmpty();
	}

	@Test
	void theIngressIsOffByDefaultAndRoutesToTheApiPortOnly() {
		assertThat(byName(render(), "Ingress")).isEmpty();
		List<Map<String, Object>> documents = render("ingress.enabled=true");
		Map<String, Object> ingress = byName(documents, "Ingress").get("beacon");
		Map<String, Object> path = list(at(list(at(ingress, "spec", "rules")).get(0), "http", "paths")).get(0);
		assertThat(at(path, "backend", "service")).isEqualTo(Map.of("name", "beacon-api", "port", Map.of("name", "http")));
		Map<String, Object> service = byName(documents, "Service").get("beacon-api");
		assertThat(list(at(service, "spec", "ports"))).extracting(port -> port.get("targetPort"))
			.containsExactly("http");
	}

	@Test
	void theLatencyHistogramTheDashboardNeedsIsSwitchedOn() {
		List<Map<String, Object>> documents = render();
		Map<String, Object> sms = byName(documents, "Deployment").get("beacon-worker-sms");
		MetricsProperties metrics = new ProdStartCheck(environment(documents, sms)).bind("management.metrics",
				MetricsProperties.class);
		assertThat(metrics.getDistribution().getPercentilesHistogram()).containsEntry("beacon.provider.latency", true);
	}

	@Test
	void theDashboardQueriesOnlyMetricsBeaconRegisters() throws IOException {
		JsonNode dashboard = json.readTree(CHART.resolve("dashboards/beacon.json").toFile());
		assertThat(dashboard.path("schemaVersion").asInt()).isGreaterThanOrEqualTo(36);
		Map<String, String> registered = registeredMeters();
		List<String> expressions = dashboard.findValuesAsText("expr");
		assertThat(expressions).isNotEmpty();
		Set<String> queried = new HashSet<>();
		Matcher metric = Pattern.compile("\\b(beacon_[a-z_]+|kafka_[a-z_]+)").matcher(String.join("\n", expressions));
		while (metric.find()) {
			queried.add(metric.group(1));
		}
		for (String name : queried) {
			if (name.startsWith("kafka_")) {
				// Micrometer's Kafka client metrics, which Spring Boot binds to every consumer factory.
				assertThat(name).isEqualTo("kafka_consumer_fetch_manager_records_lag_max");
				continue;
			}
			Matcher counter = Pattern.compile("(beacon_[a-z_]+)_total").matcher(name);
			Matcher timer = Pattern.compile("(beacon_[a-z_]+)_seconds_(bucket|count|sum|max)").matcher(name);
			if (counter.matches()) {
				assertThat(registered).as(name).containsEntry(counter.group(1).replace('_', '.'), "counter");
			}
			else if (timer.matches()) {
				assertThat(registered).as(name).containsEntry(timer.group(1).replace('_', '.'), "timer");
			}
			else {
				assertThat(registered).as("%s is a counter, a timer or a gauge series", name)
					.containsEntry(name.replace('_', '.'), "gauge");
			}
		}
		assertThat(queried).contains("beacon_deliveries_total", "beacon_alerts_issued_total",
				"beacon_provider_latency_seconds_bucket", "beacon_provider_circuit_total", "beacon_provider_circuit_state",
				"kafka_consumer_fetch_manager_records_lag_max");
		List<Integer> ids = dashboard.path("panels").findValues("id").stream().map(JsonNode::asInt).toList();
		assertThat(ids).doesNotHaveDuplicates();
	}

	@Test
	void theDashboardShipsAsAConfigMapForGrafanasSidecarWhenAsked() throws IOException {
		assertThat(byName(render(), "ConfigMap")).containsOnlyKeys("beacon");
		Map<String, Object> configMap = byName(render("grafanaDashboard.enabled=true"), "ConfigMap")
			.get("beacon-dashboard");
		assertThat(map(at(configMap, "metadata", "labels"))).containsEntry("grafana_dashboard", "1");
		assertThat(json.readTree((String) at(configMap, "data", "beacon.json")))
			.isEqualTo(json.readTree(CHART.resolve("dashboards/beacon.json").toFile()));
	}

	// --- rendering and reading manifests ---------------------------------------------------------------------------

	/** {@code helm template beacon helm/beacon -f helm/beacon/ci/complete-values.yaml --set ...}, each document parsed. */
	private static List<Map<String, Object>> render(String... values) {
		return render(new Helm(CHART).template().withValuesFile(COMPLETE_VALUES), values);
	}

	private static List<Map<String, Object>> render(TemplateCommand command, String... values) {
		TemplateCommand template = command.withName(RELEASE).withKubeVersion(KUBERNETES);
		for (String value : values) {
			int equals = value.indexOf('=');
			template = template.set(value.substring(0, equals), value.substring(equals + 1));
		}
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : new Yaml().loadAll(template.call())) {
			if (document != null) {
				documents.add(map(document));
			}
		}
		return documents;
	}

	private static Map<String, Map<String, Object>> byName(List<Map<String, Object>> documents, String kind) {
		Map<String, Map<String, Object>> named = new LinkedHashMap<>();
		documents.stream()
			.filter(document -> kind.equals(document.get("kind")))
			.forEach(document -> named.put((String) at(document, "metadata", "name"), document));
		return named;
	}

	private static Map<String, Object> configMapData(List<Map<String, Object>> documents) {
		return map(at(byName(documents, "ConfigMap").get("beacon"), "data"));
	}

	/**
	 * The environment the container would get: its ConfigMaps (envFrom), then its own variables; a secretKeyRef
	 * stands in as "secret NAME/KEY", long enough for the checks on the link-signing key.
	 */
	private static Map<String, String> environment(List<Map<String, Object>> documents, Map<String, Object> deployment) {
		Map<String, String> environment = new LinkedHashMap<>();
		Map<String, Map<String, Object>> configMaps = byName(documents, "ConfigMap");
		for (Map<String, Object> source : list(at(container(deployment), "envFrom"))) {
			Map<String, Object> configMap = configMaps.get((String) at(source, "configMapRef", "name"));
			assertThat(configMap).as("the ConfigMap the pod reads").isNotNull();
			map(configMap.get("data")).forEach((key, value) -> environment.put(key, (String) value));
		}
		for (Map<String, Object> variable : list(at(container(deployment), "env"))) {
			Object secret = at(variable, "valueFrom", "secretKeyRef");
			environment.put((String) variable.get("name"), secret != null
					? "secret " + at(variable, "valueFrom", "secretKeyRef", "name") + "/"
							+ at(variable, "valueFrom", "secretKeyRef", "key")
					: (String) variable.get("value"));
		}
		return environment;
	}

	private static Map<String, Object> podSpec(Map<String, Object> deployment) {
		return map(at(deployment, "spec", "template", "spec"));
	}

	private static Map<String, Object> container(Map<String, Object> deployment) {
		List<Map<String, Object>> containers = list(podSpec(deployment).get("containers"));
		assertThat(containers).hasSize(1);
		return containers.get(0);
	}

	private static Object containerPort(Map<String, Object> container, Object port) {
		if (port instanceof Integer number) {
			return number;
		}
		return list(container.get("ports")).stream()
			.filter(candidate -> port.equals(candidate.get("name")))
			.map(candidate -> candidate.get("containerPort"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no container port named " + port));
	}

	/** The meters Beacon's code registers, name to type, read from the sources (meters.counter/meters.timer, Gauge.builder). */
	private static Map<String, String> registeredMeters() throws IOException {
		Map<String, String> meters = new LinkedHashMap<>();
		Pattern registration = Pattern.compile("meters\\.(counter|timer)\\(\\s*\"([a-z.]+)\"");
		Pattern gauge = Pattern.compile("Gauge\\.builder\\(\\s*\"([a-z.]+)\"");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = registration.matcher(Files.readString(source));
				while (matcher.find()) {
					meters.put(matcher.group(2), matcher.group(1));
				}
				Matcher gauges = gauge.matcher(Files.readString(source));
				while (gauges.find()) {
					meters.put(gauges.group(1), "gauge");
				}
			}
		}
		assertThat(meters).isNotEmpty();
		return meters;
	}

	private static Map<String, Object> flatten(String prefix, Map<String, Object> values) {
		Map<String, Object> flat = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			String path = prefix.isEmpty() ? key : prefix + "." + key;
			if (value instanceof Map<?, ?>) {
				flat.putAll(flatten(path, map(value)));
			}
			else {
				flat.put(path, value);
			}
		});
		return flat;
	}

	private static Object at(Map<String, Object> node, String... path) {
		Object value = node;
		for (String key : path) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(key);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}
}
