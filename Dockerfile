# Beacon's image: one image for every role (API and workers); the role is chosen at run time with BEACON_ROLES.
#   docker build -t beacon .
# Works with the classic builder and BuildKit alike (no RUN --mount), so docker-compose v1 can build it too.

# --- build: Maven on a JDK 17, the version the project compiles for ---------------------------------------------
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies first, in their own layer: a change to the sources alone does not download them again.
COPY pom.xml .
RUN mvn -B -q -Dlean dependency:go-offline
COPY src src
# The tests run in CI (.ci/run); the image only packages what CI tested. -Dlean leaves out the embedded default
# (in-process Kafka, embedded PostgreSQL, GreenMail, the sandbox providers; pom.xml's "embedded" profile), which the
# prod profile never starts: 98 MB of jar instead of 141 MB, and none of that code in production. Spring Boot 3.5's
# layered extraction puts dependencies, loader, snapshot dependencies and the application in separate folders, so
# that a code change rebuilds and ships only the small application layer of the image.
RUN mvn -B -q -Dlean -Dmaven.test.skip=true package \
 && cp target/beacon-*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# --- runtime: a JRE only, no compiler, no Maven ------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# curl serves the container health checks of docker-compose.yml. It is installed on purpose rather than taken from
# the base image, whose Temurin maintainers have dropped it from newer images.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed numeric user, so Kubernetes' runAsNonRoot can verify it and the chart's runAsUser matches (10001).
RUN groupadd --system --gid 10001 beacon \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin beacon

WORKDIR /app
# Least often changed first.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./

USER 10001:10001

# The image is for running beyond one machine: nothing embedded. Without its settings Beacon stops at once and names
# every missing variable. (mvn spring-boot:run is the way to the embedded default.)
ENV SPRING_PROFILES_ACTIVE=prod
# Heap from the container's memory limit, leaving room for metaspace, threads and direct buffers (Kafka, Tomcat);
# an OutOfMemoryError ends the process so that the orchestrator restarts it instead of leaving it half-alive.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

# 8080: API and web pages; 8081: health probes and Prometheus metrics (MANAGEMENT_PORT in the prod profile).
EXPOSE 8080 8081

# exec form: Java is PID 1 and receives SIGTERM, so server.shutdown=graceful lets requests and Kafka records finish.
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
