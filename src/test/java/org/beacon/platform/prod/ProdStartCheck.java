package org.beacon.platform.prod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validation;

import org.beacon.BeaconApplication;
import org.beacon.platform.BeaconProperties;
import org.beacon.platform.Role;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Runs, on the environment variables a deployment file gives one container, the checks Beacon makes of its settings
 * before it connects to anything: the prod profile is active, {@link RequiredSettings} finds nothing missing, and
 * every {@code @ConfigurationProperties} record of Beacon binds and validates (a blank {@code @NotBlank} setting
 * stops the start as surely as a missing one). docker-compose.yml and the Helm chart are checked with it, because
 * neither can be started on a machine without a container engine.
 */
public final class ProdStartCheck {

	private static final List<Class<?>> PROPERTIES = configurationProperties();

	private final StandardEnvironment environment = new StandardEnvironment();

	/** @param variables the container's environment variables, as the container would see them */
	public ProdStartCheck(Map<String, String> variables) {
		MutablePropertySources sources = environment.getPropertySources();
		// Only what the container would have: not this JVM's system properties (an embedded broker's address) or
		// environment.
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		// Named as the real one, so that Spring Boot maps its names as it maps the process environment's (map keys
		// too, e.g. MANAGEMENT_METRICS_DISTRIBUTION_PERCENTILESHISTOGRAM_BEACON_PROVIDER_LATENCY).
		sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.copyOf(variables)));
		sources.addLast(yaml("application-prod.yml"));
		sources.addLast(yaml("application.yml"));
		ConfigurationPropertySources.attach(environment);
	}

	/**
	 * @return the environment variables that {@link RequiredSettings} asks of a process with these roles, the list
	 * the application itself keeps
	 */
	public static List<String> requiredVariables(Set<Role> roles) {
		return RequiredSettings.SETTINGS.stream()
			.filter(setting -> setting.neededBy(roles))
			.map(RequiredSettings.Setting::variable)
			.toList();
	}

	/** @return the settings under {@code prefix}, bound as the application binds them, or a default instance */
	public <T> T bind(String prefix, Class<T> type) {
		return Binder.get(environment).bindOrCreate(prefix, Bindable.of(type));
	}

	/** @return a property as the application resolves it (placeholders too), or null */
	public String property(String name) {
		return environment.getProperty(name);
	}

	/** @return the roles the process binds from its settings ({@code beacon.roles}) */
	public Set<Role> roles() {
		return Binder.get(environment).bindOrCreate("beacon", Bindable.of(BeaconProperties.class)).roles();
	}

	/** @return why the process would refuse to start, empty when it gets past its settings */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			problems.add("the prod profile is not active (SPRING_PROFILES_ACTIVE)");
			return problems;
		}
		try {
			new RequiredSettings().postProcessEnvironment(environment, new SpringApplication(BeaconApplication.class));
		}
		catch (MissingSettingsException ex) {
			problems.add(ex.getMessage());
		}
		Binder binder = Binder.get(environment);
		for (Class<?> type : PROPERTIES) {
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			try {
				binder.bindOrCreate(prefix, Bindable.of(type), handler(type));
			}
			catch (BindException ex) {
				problems.add(prefix + ": " + (ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage()));
			}
		}
		return problems;
	}

	/** Spring Boot validates a properties record only when it is {@code @Validated}; so does this. */
	private static BindHandler handler(Class<?> type) {
		if (!type.isAnnotationPresent(Validated.class)) {
			return BindHandler.DEFAULT;
		}
		return new ValidationBindHandler(
				new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator()));
	}

	private static org.springframework.core.env.PropertySource<?> yaml(String name) {
		try {
			return new YamlPropertySourceLoader().load(name, new ClassPathResource(name)).get(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Class<?>> configurationProperties() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		List<Class<?>> types = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(BeaconApplication.class.getPackageName())) {
			types.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), ProdStartCheck.class.getClassLoader()));
		}
		if (types.isEmpty()) {
			throw new IllegalStateException("no @ConfigurationProperties found under " + BeaconApplication.class.getPackageName());
		}
		return types;
	}
}
