package org.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each top-level package is a module; modules use only each other's public API and depend on each other without cycles. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BeaconApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/** The module diagrams (PlantUML) name every module, and each module's own diagram shows what it depends on. */
	@Test
	void writesADiagramOfEveryModuleAndItsDependencies(@TempDir Path docs) throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(docs.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		String all = Files.readString(docs.resolve("components.puml"));
		for (ApplicationModule module : modules) {
			assertThat(all).as("the overview names %s", module.getDisplayName()).contains(module.getDisplayName());
			Path own = docs.resolve("module-" + module.getIdentifier() + ".puml");
			assertThat(own).exists();
			String diagram = Files.readString(own);
			module.getDirectDependencies(modules)
				.uniqueModules()
				.forEach(dependency -> assertThat(diagram).as("%s's diagram shows its use of %s",
						module.getDisplayName(), dependency.getDisplayName())
					.contains(dependency.getDisplayName()));
		}
	}
}
