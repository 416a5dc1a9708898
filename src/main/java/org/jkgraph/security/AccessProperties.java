package org.jkgraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who may do what over HTTP.
 *
 * @param readsOpen      whether reading (GET) needs no credential
 * @param apiKeys        keys that allow writes (and reads when they are closed); set them in the environment
 *                       ({@code JKGRAPH_SECURITY_API_KEYS=key1,key2}), never in the repository. With none, every
 *                       write is refused.
 * @param allowedOrigins browser origins (dashboards) allowed to call the API cross-origin
 * @param maxRequestSize largest request body accepted (uploads of facts, texts to extract from)
 */
@ConfigurationProperties("jkgraph.security")
public record AccessProperties(@DefaultValue("true") boolean readsOpen, @DefaultValue List<String> apiKeys,
		@DefaultValue List<String> allowedOrigins, @DefaultValue("16MB") DataSize maxRequestSize) {

	public boolean writesEnabled() {
		return apiKeys.stream().anyMatch(key -> !key.isBlank());
	}

}
