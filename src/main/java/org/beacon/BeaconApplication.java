package org.beacon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Beacon: turns travel-advisory changes and embassy alerts into SMS and email for every enrolled citizen whose
 * location matches, through Kafka. See {@code README.md} for how to run it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BeaconApplication {

	public static void main(String[] args) {
		SpringApplication.run(BeaconApplication.class, args);
	}
}
