package org.jkgraph.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends a request exactly as written — the malformed ones HTTP clients refuse to send (bad percent-encoding,
 * encoded slashes, oversized request lines) — and reads the answer.
 */
final class RawHttp {

	record Answer(int status, Map<String, String> headers, String body) {

		String contentType() {
			return headers.getOrDefault("content-type", "");
		}

	}

	private RawHttp() {
	}

	static Answer get(int port, String target, String... headerLines) throws IOException {
		StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
		for (String header : headerLines) {
			request.append(header).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		return send(port, request.toString().getBytes(StandardCharsets.ISO_8859_1));
	}

	static Answer send(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return read(socket.getInputStream());
		}
	}

	/** Streams a chunked body of {@code size} bytes of {@code fill}, stopping early if the server answers first. */
	static Answer postChunked(int port, String target, String contentType, long size, String... headerLines)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			StringBuilder head = new StringBuilder("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
					+ "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n");
			for (String header : headerLines) {
				head.append(header).append("\r\n");
			}
			head.append("Connection: close\r\n\r\n");
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
			byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
			try {
				for (long sent = 0; sent < size; sent += chunk.length) {
					out.write(chunkHead);
					out.write(chunk);
					out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// the server answered and closed before taking it all, as it should
			}
			return read(socket.getInputStream());
		}
	}

	private static Answer read(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		try {
			in.transferTo(all);
		}
		catch (IOException ex) {
			// a reset after the answer was sent
		}
		String text = all.toString(StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = (end < 0) ? text : text.substring(0, end);
		String body = (end < 0) ? "" : text.substring(end + 4);
		String[] lines = head.split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new TreeMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
			}
		}
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Answer(status, headers, body);
	}

	private static String unchunk(String body) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (at < body.length()) {
			int lineEnd = body.indexOf("\r\n", at);
			if (lineEnd < 0) {
				break;
			}
			int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
			if (size == 0) {
				break;
			}
			out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
			at = lineEnd + 2 + size + 2;
		}
		return out.toString();
	}

}
