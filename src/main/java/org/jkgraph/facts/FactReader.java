package org.jkgraph.facts;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import org.jkgraph.model.FactKind;
import org.jkgraph.model.FactModel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads fact files into facts, as the model declares them: YAML files (a mapping of fact lists with an optional
 * {@code defaults} block) and JSON Lines files (one fact per line, its kind in a {@code fact} field, parsed with
 * Jackson). It never throws on bad input: every mistake, a syntax error included, becomes a {@link Problem} with
 * file, line and field, and reading goes on so that one run reports them all. Checks that need the whole set (ids
 * that must exist, duplicates) are {@link FactValidator}'s.
 */
public final class FactReader {

	private FactReader() {
	}

	/** The files read with the standard model. */
	public static FactReading read(List<FactFile> files) {
		return read(DefaultModel.get(), files);
	}

	public static FactReading read(FactModel model, List<FactFile> files) {
		List<Fact> facts = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (FactFile file : files) {
			if (file.isJsonLines()) {
				readJsonLines(model, file, facts, problems);
			}
			else {
				readYaml(model, file, facts, problems);
			}
		}
		Collections.sort(problems);
		return new FactReading(new FactSet(facts), problems);
	}

	/**
	 * The largest YAML fact file, in characters. SnakeYAML refuses documents over 3 MiB by default (a guard against
	 * hostile input); fact files are the owner's data and a POST body is bounded before it gets here
	 * ({@code jkgraph.security.max-request-size}, 16 MB), so the limit is set well above both. Larger data belongs in
	 * JSON Lines, which is read a line at a time.
	 */
	public static final int YAML_MAX_CHARACTERS = 64 * 1024 * 1024;

	private static LoaderOptions yamlOptions() {
		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(YAML_MAX_CHARACTERS);
		return options;
	}

	static void readYaml(FactModel model, FactFile file, List<Fact> facts, List<Problem> problems) {
		Node root;
		try {
			root = new Yaml(yamlOptions()).compose(new StringReader(file.content()));
		}
		catch (YAMLException ex) {
			problems.add(syntaxProblem(file.name(), 0, ex));
			return;
		}
		if (root == null) {
			return;
		}
		if (!(root instanceof MappingNode mapping)) {
			problems.add(new Problem(file.name(), root.getStartMark().getLine() + 1, "",
					"a fact file is a mapping of fact lists (sources, actors, places, …)"));
			return;
		}
		FieldReader top = FieldReader.of(file.name(), 0, "", mapping, problems);
		FactDecoder.Defaults defaults = Objects.requireNonNullElse(top.object("defaults", FactDecoder.Defaults::read),
				FactDecoder.Defaults.NONE);
		for (FactKind kind : model.kinds()) {
			top.forEachMapping(kind.list(), (item, index) -> {
				FieldReader fields = FieldReader.of(file.name(), 0, kind.list() + "[" + index + "]", item, problems);
				String declared = fields.string("fact");
				if (declared != null && !declared.equals(kind.id())) {
					fields.problem("fact", "'" + declared + "' in the list of " + kind.list());
				}
				facts.add(FactDecoder.decode(model, kind, fields, defaults));
			});
		}
		top.reportUnknownFields();
	}

	private static void readJsonLines(FactModel model, FactFile file, List<Fact> facts, List<Problem> problems) {
		List<String> lines = file.content().lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			readJsonLine(model, file.name(), i, lines.get(i), facts::add, problems);
		}
	}

	/**
	 * Reads line {@code index} (counted from 0) of the JSON Lines file {@code file}: its fact, if it has one, goes to
	 * {@code facts} and every mistake to {@code problems}.
	 */
	static void readJsonLine(FactModel model, String file, int index, String line, Consumer<Fact> facts,
			List<Problem> problems) {
		if (line.isBlank()) {
			return;
		}
		Node node;
		try {
			node = JsonLines.parse(line);
		}
		catch (JacksonException ex) {
			problems.add(new Problem(file, index + 1, "", "syntax error: " + JsonLines.message(ex)));
			return;
		}
		catch (JsonLines.TrailingContent ex) {
			problems.add(new Problem(file, index + 1, "", "syntax error: " + ex.getMessage()));
			return;
		}
		if (!(node instanceof MappingNode mapping)) {
			problems.add(new Problem(file, index + 1, "", "each line must hold one JSON object"));
			return;
		}
		FieldReader fields = FieldReader.of(file, index, "", mapping, problems);
		fields.require("fact");
		String declared = fields.string("fact");
		model.kind(declared).ifPresentOrElse(kind -> facts.accept(FactDecoder.decode(model, kind, fields,
				FactDecoder.Defaults.NONE)), () -> {
					if (declared != null) {
						fields.problem("fact", "unknown fact kind '" + declared + "' (expected one of "
								+ String.join(", ", model.kinds().stream().map(FactKind::id).toList()) + ")");
					}
				});
	}

	private static Problem syntaxProblem(String file, int lineOffset, YAMLException ex) {
		if (ex instanceof MarkedYAMLException marked) {
			Mark mark = (marked.getProblemMark() != null) ? marked.getProblemMark() : marked.getContextMark();
			String context = (marked.getContext() != null) ? marked.getContext() + ": " : "";
			return new Problem(file, lineOffset + ((mark != null) ? mark.getLine() : 0) + 1, "",
					"syntax error: " + context + marked.getProblem());
		}
		return new Problem(file, lineOffset + 1, "", "syntax error: " + ex.getMessage());
	}

}
