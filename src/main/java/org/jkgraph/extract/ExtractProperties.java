package org.jkgraph.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the extractor runs.
 *
 * @param maxSize       the largest document accepted (command and API); larger ones are refused, not cut
 * @param seeds         the seeds folder whose actors and lexicon the extractor uses; the jar's copy when missing
 * @param minConfidence events whose merged confidence is below this are left out
 */
@ConfigurationProperties("jkgraph.extract")
public record ExtractProperties(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("seeds") String seeds,
		@DefaultValue("0.5") double minConfidence) {

}
