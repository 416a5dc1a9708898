package org.jkgraph.system;

import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Driver logs through SLF4J. Its default, {@code Logging.systemLogging()}, formats every debug message before
 * asking whether debug is on — including a dump of each query's parameters, which for a load batch of 10,000 rows
 * cost about a third of the client's CPU time in the load benchmark (profiled with JFR). SLF4J's logger asks
 * first, so nothing is formatted unless {@code logging.level.org.neo4j.driver=debug} is set.
 */
@Configuration(proxyBeanMethods = false)
public class DriverLogging {

	@Bean
	ConfigBuilderCustomizer slf4jDriverLogging() {
		return DriverLogging::apply;
	}

	/** For drivers built outside the application context (the benchmarks). */
	public static Config.ConfigBuilder apply(Config.ConfigBuilder builder) {
		return builder.withLogging(Logging.slf4j());
	}

	public static Config config() {
		return apply(Config.builder()).build();
	}

}
