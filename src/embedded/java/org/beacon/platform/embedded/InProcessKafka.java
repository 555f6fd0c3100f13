package org.beacon.platform.embedded;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Features;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A one-node Kafka cluster in KRaft mode (broker and controller in one server) running inside the Beacon process,
 * for the embedded default only. Its log directory is formatted once and reused, so topics, offsets and undelivered
 * records survive a restart.
 */
final class InProcessKafka implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(InProcessKafka.class);

	private static final int NODE_ID = 1;

	private final KafkaRaftServer server;

	private final String bootstrapServers;

	private InProcessKafka(KafkaRaftServer server, String bootstrapServers) {
		this.server = server;
		this.bootstrapServers = bootstrapServers;
	}

	static InProcessKafka start(Path logDir, int port, int controllerPort) throws Exception {
		Files.createDirectories(logDir);
		String bootstrap = "127.0.0.1:" + port;
		Properties props = new Properties();
		props.put("process.roles", "broker,controller");
		props.put("node.id", String.valueOf(NODE_ID));
		props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
		props.put("listeners", "PLAINTEXT://" + bootstrap + ",CONTROLLER://127.0.0.1:" + controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://" + bootstrap);
		props.put("controller.listener.names", "CONTROLLER");
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		props.put("log.dirs", logDir.toString());
		props.put("num.partitions", "6");
		props.put("offsets.topic.replication.factor", "1");
		props.put("offsets.topic.num.partitions", "10");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("group.initial.rebalance.delay.ms", "0");
		props.put("auto.create.topics.enable", "true");
		KafkaConfig config = new KafkaConfig(props, false);

		if (!Files.exists(logDir.resolve("meta.properties"))) {
			format(logDir);
		}
		long started = System.nanoTime();
		KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
		server.startup();
		awaitReady(bootstrap);
		log.info("In-process Kafka (KRaft) listening on {} with data in {} (ready in {} ms)", bootstrap, logDir,
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		return new InProcessKafka(server, bootstrap);
	}

	private static void format(Path logDir) throws Exception {
		new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
			.setClusterId(Uuid.randomUuid().toString())
			.setNodeId(NODE_ID)
			.setDirectories(List.of(logDir.toString()))
			.setMetadataLogDirectory(logDir.toString())
			.setControllerListenerName("CONTROLLER")
			.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
			.setSupportedFeatures(Features.PRODUCTION_FEATURES)
			.run();
	}

	private static void awaitReady(String bootstrap) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
		}
	}

	String bootstrapServers() {
		return bootstrapServers;
	}

	@Override
	public void close() {
		server.shutdown();
		server.awaitShutdown();
	}
}
