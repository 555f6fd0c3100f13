package org.beacon.platform;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class OnRoleCondition extends SpringBootCondition {

	static Set<Role> roles(Binder binder) {
		return binder.bind("beacon.roles", Bindable.setOf(Role.class)).orElse(EnumSet.allOf(Role.class));
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Role role = (Role) metadata.getAnnotationAttributes(ConditionalOnRole.class.getName()).get("value");
		Set<Role> roles = roles(Binder.get(context.getEnvironment()));
		return roles.contains(role) ? ConditionOutcome.match("beacon.roles contains " + role)
				: ConditionOutcome.noMatch("beacon.roles " + roles + " lacks " + role);
	}
}
