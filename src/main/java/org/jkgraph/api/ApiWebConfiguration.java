package org.jkgraph.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's own Spring MVC settings: unknown query parameters are refused, and tables can be written as CSV (the
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

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new KnownParameters()).addPathPatterns("/api/**");
	}

}
