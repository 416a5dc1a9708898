package org.jkgraph.api;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's own Spring MVC settings: unknown query parameters are refused, reads carry ETags (and 304 when
 * unchanged), and tables can be written as CSV (the
 * {@code format} parameter and {@code text/csv} media type are set up for content negotiation in
 * {@code application.yml}).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	/** After the defaults, so that JSON stays the answer to {@code Accept: *}{@code /*}. */
	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(converters -> converters.add(new CsvMessageConverter()));
	}

	/** After Spring Security's filters, so a read that needs a credential is refused before any tag is made. */
	@Bean
	FilterRegistrationBean<ConditionalReads> conditionalReads(GraphVersion version) {
		FilterRegistrationBean<ConditionalReads> registration = new FilterRegistrationBean<>(new ConditionalReads(version));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new KnownParameters()).addPathPatterns("/api/**");
	}

}
