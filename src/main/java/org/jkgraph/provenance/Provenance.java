package org.jkgraph.provenance;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The provenance of one node or relationship. {@code element} says which; {@code kind} is the fact kind of a node
 * ({@code event}, {@code actor}, …) or the type of a relationship ({@code CHANGED}, …). A relationship belongs to the
 * fact that states it ({@code owner}) and shares that fact's sources; {@code from} and {@code to} are its ends.
 * {@code file} is the fact file that defines the fact. Claims are listed by field, the preferred one first; on a
 * relationship (a {@code CAUSED} link, say) they are the claims about that link. {@code status} is a node's review
 * status (null for curated facts, which count as accepted); {@code mentions} are the sentences the extractor found
 * reporting the fact, kept apart from it so that extraction never rewrites it.
 */
public record Provenance(String id, String element, String kind, List<String> labels, String name, String owner,
		String from, String to, String method, Double confidence, String dataset, String loadId,
		ZonedDateTime firstLoaded, ZonedDateTime lastChanged, String file, String status, List<Source> sources,
		List<Claim> claims, List<Mention> mentions) {

	/**
	 * A source cited, with where in it to look ({@code locator}), an editor's {@code note} and, for extracted facts,
	 * the {@code evidence} sentence.
	 */
	@Schema(name = "ProvenanceSource")
	public record Source(String id, String title, String publisher, LocalDate published, String url, String locator,
			String note, String evidence) {
	}

	/**
	 * One value a source gives for a field, ranked preferred, normal or deprecated, with the sources that give it. The
	 * value keeps its type: text, a number (an observation's value) or a boolean.
	 */
	@Schema(name = "ProvenanceClaim")
	public record Claim(String id, String field, Object value, String rank, String stance, List<String> by,
			String note, List<Source> sources) {
	}

	/**
	 * A sentence reporting the fact: its document, where the sentence is ({@code start}..{@code end} in the document),
	 * the words that made the extractor read it ({@code trigger}, at {@code triggerStart}..{@code triggerEnd}), and
	 * the type and date read there.
	 */
	@Schema(name = "ProvenanceMention")
	public record Mention(String id, Source source, String locator, String sentence, Integer start, Integer end,
			String trigger, Integer triggerStart, Integer triggerEnd, String type, String date, Double confidence,
			String method, String dataset) {
	}

}
