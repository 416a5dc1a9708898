package org.jkgraph.system;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every error answer of the web server is problem+json, including those Tomcat gives before Spring MVC runs (see
 * {@link ProblemErrorReportValve}) and those of the error dispatch (see {@link ProblemErrorController}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HttpErrorsConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		// The context is already a child of the host here, and the host not yet started: it creates its error
		// report valve from this class name when it starts.
		return factory -> factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
			.setErrorReportValveClass(ProblemErrorReportValve.class.getName()));
	}

}
