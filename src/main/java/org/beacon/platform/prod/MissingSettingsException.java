package org.beacon.platform.prod;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.beacon.platform.Role;

/** The {@code prod} profile lacks settings; the message names each one. */
public class MissingSettingsException extends IllegalStateException {

	private final List<RequiredSettings.Setting> missing;

	MissingSettingsException(List<RequiredSettings.Setting> missing, Set<Role> roles) {
		super("Beacon cannot start in the prod profile with roles " + roles + ". Missing settings: "
				+ missing.stream().map(s -> s.variable() + " (" + s.property() + ")").collect(Collectors.joining(", ")));
		this.missing = List.copyOf(missing);
	}

	List<RequiredSettings.Setting> missing() {
		return missing;
	}
}
