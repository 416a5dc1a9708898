package org.jkgraph.embedded;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Speaks just enough Bolt over a WebSocket to do what a web page would: open the socket (with the page's
 * {@code Origin}), negotiate a version, log in and run a statement. Each reply is reported by its message name
 * ({@code SUCCESS}, {@code FAILURE}, {@code IGNORED}, {@code RECORD}), or {@code CLOSED} once the server hung up.
 */
final class BoltOverWebSocket implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final WebSocket socket;

	private final LinkedBlockingQueue<byte[]> received = new LinkedBlockingQueue<>();

	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

	/** The last message received, roughly as text (for the assertion messages of failed tests). */
	String lastMessage = "";

	private BoltOverWebSocket(URI uri, String origin) {
		WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT);
		if (origin != null) {
			builder.header("Origin", origin);
		}
		this.socket = builder.buildAsync(uri, new WebSocket.Listener() {
			@Override
			public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
				byte[] bytes = new byte[data.remaining()];
				data.get(bytes);
				received.add(bytes);
				webSocket.request(1);
				return null;
			}

			@Override
			public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
				received.add(new byte[0]);
				return null;
			}

			@Override
			public void onError(WebSocket webSocket, Throwable error) {
				received.add(new byte[0]);
			}
		}).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	/** Opens the WebSocket, failing (with the server's {@code WebSocketHandshakeException}) if it is refused. */
	static BoltOverWebSocket open(URI boltPort, String origin) {
		return new BoltOverWebSocket(URI.create("ws://" + boltPort.getHost() + ":" + boltPort.getPort() + "/"), origin);
	}

	/**
	 * Offers Bolt 5.1 and 5.2, the versions that log in with a LOGON message of its own after HELLO (5.3 and later
	 * want more in HELLO than this client says); returns the version the server chose, as "major.minor".
	 */
	String negotiate() throws InterruptedException {
		byte[] handshake = { 0x60, 0x60, (byte) 0xB0, 0x17, 0, 1, 2, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		send(handshake);
		byte[] version = read(4);
		if (version == null) {
			return "CLOSED";
		}
		return version[3] + "." + version[2];
	}

	/** Says HELLO, which in these versions carries no credential. */
	String hello() throws InterruptedException {
		sendMessage(0x01, Map.of("user_agent", "jk-graph-tests/1"));
		return reply();
	}

	/** Logs in with the given authentication map ({@code scheme}, {@code principal}, {@code credentials}). */
	String logOn(Map<String, String> auth) throws InterruptedException {
		sendMessage(0x6A, auth);
		return reply();
	}

	/** Sends {@code RUN statement} with no parameters; returns the server's reply to it. */
	String run(String statement) throws InterruptedException {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		message.write(0xB3);
		message.write(0x10);
		string(message, statement);
		message.write(0xA0); // no parameters
		message.write(0xA0); // no extra fields
		if (socket.isOutputClosed() || socket.isInputClosed()) {
			return "CLOSED";
		}
		try {
			sendChunked(message.toByteArray());
		}
		catch (java.util.concurrent.CompletionException ex) {
			return "CLOSED"; // the server hung up after refusing the login
		}
		return reply();
	}

	private void sendMessage(int signature, Map<String, String> fields) {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		message.write(0xB1);
		message.write(signature);
		message.write(0xA0 | fields.size());
		fields.forEach((key, value) -> {
			string(message, key);
			string(message, value);
		});
		sendChunked(message.toByteArray());
	}

	private static void string(ByteArrayOutputStream out, String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < 16) {
			out.write(0x80 | bytes.length);
		}
		else {
			out.write(0xD0);
			out.write(bytes.length);
		}
		out.writeBytes(bytes);
	}

	private void sendChunked(byte[] message) {
		ByteArrayOutputStream chunk = new ByteArrayOutputStream();
		chunk.write(message.length >> 8);
		chunk.write(message.length & 0xFF);
		chunk.writeBytes(message);
		chunk.write(0);
		chunk.write(0);
		send(chunk.toByteArray());
	}

	private void send(byte[] bytes) {
		socket.sendBinary(ByteBuffer.wrap(bytes), true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	/** The name of the next message from the server, read from its chunks. */
	private String reply() throws InterruptedException {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		while (true) {
			byte[] size = read(2);
			if (size == null) {
				return "CLOSED";
			}
			int length = ((size[0] & 0xFF) << 8) | (size[1] & 0xFF);
			if (length == 0) {
				if (message.size() > 0) {
					break;
				}
				continue; // a keep-alive chunk
			}
			byte[] body = read(length);
			if (body == null) {
				return "CLOSED";
			}
			message.writeBytes(body);
		}
		byte[] bytes = message.toByteArray();
		lastMessage = new String(bytes, StandardCharsets.UTF_8);
		return switch (bytes[1] & 0xFF) {
			case 0x70 -> "SUCCESS";
			case 0x71 -> "RECORD";
			case 0x7E -> "IGNORED";
			case 0x7F -> "FAILURE";
			default -> "UNKNOWN " + Integer.toHexString(bytes[1] & 0xFF);
		};
	}

	/** Exactly {@code n} bytes from the server, or null once it closed the connection. */
	private byte[] read(int n) throws InterruptedException {
		while (pending.size() < n) {
			byte[] next = received.poll(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			if (next == null || next.length == 0) {
				return null;
			}
			pending.writeBytes(next);
		}
		byte[] all = pending.toByteArray();
		byte[] head = java.util.Arrays.copyOfRange(all, 0, n);
		pending.reset();
		pending.write(all, n, all.length - n);
		return head;
	}

	@Override
	public void close() {
		try {
			if (!socket.isOutputClosed()) {
				CompletableFuture<WebSocket> closing = socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
				closing.completeOnTimeout(socket, 2, TimeUnit.SECONDS).join();
			}
		}
		catch (RuntimeException ex) {
			// the server hung up first
		}
		socket.abort();
	}

}
