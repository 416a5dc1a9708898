package org.jkgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.jkgraph.command.Command;

import org.springframework.stereotype.Component;

/** {@code export [--dataset=name] [--out=file.jsonl]}: the graph's facts as JSON Lines, to a file or stdout. */
@Component
class ExportCommand implements Command {

	private final GraphExport export;

	private final JsonMapper json;

	ExportCommand(GraphExport export, JsonMapper json) {
		this.export = export;
		this.json = json;
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String usage() {
		return "[--dataset=<name>] [--out=<file.jsonl>]   write the graph's facts with provenance as JSON Lines";
	}

	@Override
	public int run(List<String> args) {
		String dataset = null;
		Path out = null;
		for (String arg : args) {
			if (arg.startsWith("--dataset=")) {
				dataset = arg.substring("--dataset=".length());
			}
			else if (arg.startsWith("--out=")) {
				out = Path.of(arg.substring("--out=".length()));
			}
			else {
				System.err.println("usage: export " + usage());
				return 2;
			}
		}
		try (OutputStream stream = new BufferedOutputStream(
				(out != null) ? Files.newOutputStream(out) : System.out, 1 << 16)) {
			int count = export.export(dataset, new FactLines(json, stream));
			stream.flush();
			System.err.println("Exported " + count + " facts" + ((out != null) ? " to " + out : ""));
			return 0;
		}
		catch (IOException ex) {
			System.err.println("Cannot write " + out + ": " + ex.getMessage());
			return 1;
		}
	}

}
