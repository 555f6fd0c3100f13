package org.beacon.subscribers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Tokens and secrets of the subscribers module are compared in constant time, through {@link ConstantTime} only: an
 * {@code equals} returns at the first character that differs, and how fast it answers tells an attacker how much of
 * a guessed token is right. Code is read at the level of a method: one that computes a token or its hash must not
 * call any {@code equals}.
 */
class SecretComparisonTests {

	private static final JavaClasses SUBSCRIBERS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.beacon.subscribers");

	/** What computes a token, or the hash a token is checked against. */
	private static final Set<String> SECRETS = Set.of(EmailConsent.class.getName() + ".unsubscribeToken",
			EmailConsent.class.getName() + ".unsubscribeSignature", ManagementTokens.class.getName() + ".hash",
			ChallengeSecrets.class.getName() + ".hash");

	@Test
	void aMethodThatHandlesATokenNeverComparesItWithEquals() {
		codeUnits().that(handleASecret()).should(compareNothingWithEquals()).check(SUBSCRIBERS);
	}

	@Test
	void onlyTheHelperComparesBytesInConstantTime() {
		noClasses().that()
			.doNotHaveSimpleName(ConstantTime.class.getSimpleName())
			.should()
			.callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class)
			.because("one helper compares tokens, so that every comparison is done alike")
			.check(SUBSCRIBERS);
	}

	private static DescribedPredicate<JavaCodeUnit> handleASecret() {
		return DescribedPredicate.describe("compute a token or its hash",
				unit -> unit.getMethodCallsFromSelf().stream().anyMatch(call -> SECRETS.contains(name(call))));
	}

	private static ArchCondition<JavaCodeUnit> compareNothingWithEquals() {
		return new ArchCondition<>("compare nothing with equals()") {
			@Override
			public void check(JavaCodeUnit unit, ConditionEvents events) {
				unit.getMethodCallsFromSelf().stream().filter(SecretComparisonTests::isEquals).forEach(call -> events
					.add(SimpleConditionEvent.violated(unit, call.getDescription())));
			}
		};
	}

	private static boolean isEquals(JavaCall<?> call) {
		String method = call.getName();
		String owner = call.getTargetOwner().getName();
		return method.equals("equals") || method.equals("equalsIgnoreCase") || method.equals("contentEquals")
				|| (method.equals("compare") && owner.equals(Arrays.class.getName()))
				|| (method.equals("deepEquals") && owner.equals(Objects.class.getName()));
	}

	private static String name(JavaCall<?> call) {
		return call.getTargetOwner().getName() + "." + call.getName();
	}
}
