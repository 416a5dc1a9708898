package org.jkgraph.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Reads are open (unless {@code jkgraph.security.reads-open=false}); anything that writes needs an API key and is
 * refused outright when no key is configured. Stateless: no sessions, no cookies, so no CSRF to defend.
 */
@Configuration(proxyBeanMethods = false)
// Commands (load, export, …) run without a web server, where there is no HttpSecurity to configure.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/** POST endpoints that only compute an answer and never write. */
	private static final String[] READ_ONLY_POSTS = { "/api/extract" };

	@Bean
	SecurityFilterChain api(HttpSecurity http, AccessProperties access, JsonMapper json) throws Exception {
		WriteProblems problems = new WriteProblems(json);
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.cors(cors -> cors.configurationSource(cors(access)))
			.addFilterBefore(new ApiKeyFilter(access.apiKeys(), problems), BasicAuthenticationFilter.class)
			.addFilterBefore(new RequestSizeLimitFilter(access.maxRequestSize().toBytes(), problems), ApiKeyFilter.class)
			.authorizeHttpRequests(requests -> {
				// Health says UP or DOWN to anyone (monitors, load balancers); its details need a key (see
				// management.endpoint.health.show-details). Info is a read like any other.
				requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
				// The error dispatch renders the refusal or failure of a request that was already judged.
				requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
				if (access.readsOpen()) {
					requests.requestMatchers(HttpMethod.GET).permitAll();
					requests.requestMatchers(HttpMethod.HEAD).permitAll();
					requests.requestMatchers(HttpMethod.POST, READ_ONLY_POSTS).permitAll();
				}
				requests.requestMatchers(HttpMethod.OPTIONS).permitAll();
				requests.anyRequest().hasRole(ApiKeyFilter.WRITER);
			})
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> {
					if (!access.writesEnabled() && !isRead(request.getMethod())) {
						problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Writes disabled",
								"Writing is disabled because no API key is configured (set JKGRAPH_SECURITY_API_KEYS)");
					}
					else {
						problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "API key required",
								"Send an API key as X-API-Key or Authorization: Bearer");
					}
				})
				.accessDeniedHandler((request, response, ex) -> problems.write(response,
						HttpServletResponse.SC_FORBIDDEN, "Forbidden", "This credential may not do that")));
		return http.build();
	}

	/**
	 * Requests the firewall refuses before they reach the API (a {@code //} or an encoded slash in a path, say)
	 * get the same problem+json as every other error, not the container's error page.
	 */
	@Bean
	RequestRejectedHandler requestRejected(JsonMapper json) {
		WriteProblems problems = new WriteProblems(json);
		return (request, response, ex) -> problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request",
				"The request was refused: " + ex.getMessage());
	}

	/** No user accounts: stops Spring Boot from generating a default user and logging its password. */
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

	private static boolean isRead(String method) {
		return "GET".equals(method) || "HEAD".equals(method);
	}

	private static CorsConfigurationSource cors(AccessProperties access) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(access.allowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "OPTIONS"));
		configuration.setAllowedHeaders(List.of("Content-Type", "Accept", "X-API-Key", "Authorization"));
		configuration.setExposedHeaders(List.of("Content-Disposition"));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", configuration);
		return source;
	}

}
