package org.jkgraph.embedded;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import org.neo4j.bolt.BoltServer;
import org.neo4j.bolt.protocol.common.connector.Connector;
import org.neo4j.bolt.protocol.common.connector.connection.Connection;
import org.neo4j.bolt.protocol.common.connector.connection.listener.ConnectionListener;
import org.neo4j.bolt.protocol.common.connector.listener.ConnectorListener;
import org.neo4j.bolt.protocol.common.connector.netty.SocketNettyConnector;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses Bolt-over-WebSocket handshakes from web pages of other origins. Neo4j's Bolt port accepts WebSocket
 * upgrades from any {@code Origin}, so any page open in the user's browser could talk Bolt to the database; only
 * the credential stood in its way. This guard sits first in every Bolt connection's pipeline and answers
 * {@code 403} to a WebSocket handshake whose {@code Origin} is not Neo4j Browser's own (the embedded HTTP port on
 * loopback or on the listen address). Plain Bolt, and handshakes without an {@code Origin} (programs, not web
 * pages), pass untouched; they still need the password.
 */
final class WebSocketOriginGuard extends ByteToMessageDecoder {

	private static final Logger log = LoggerFactory.getLogger(WebSocketOriginGuard.class);

	/** Neo4j aggregates handshakes up to this size too; a longer one is not a handshake worth reading. */
	private static final int MAX_HANDSHAKE = 64 * 1024;

	private static final byte[] GET = "GET ".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END_OF_HEADERS = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private final Set<String> allowedOrigins;

	WebSocketOriginGuard(Set<String> allowedOrigins) {
		this.allowedOrigins = allowedOrigins;
	}

	/** Puts the guard in front of every new connection of the database's network (not in-process) Bolt connectors. */
	static void install(GraphDatabaseService database, Set<String> allowedOrigins) {
		BoltServer bolt = ((GraphDatabaseAPI) database).getDependencyResolver().resolveDependency(BoltServer.class);
		ConnectorListener listener = new ConnectorListener() {
			@Override
			public void onConnectionCreated(Connection connection) {
				connection.registerListener(new ConnectionListener() {
					@Override
					public void onNetworkPipelineInitialized(ChannelPipeline pipeline) {
						pipeline.addFirst("jkgraphWebSocketOriginGuard", new WebSocketOriginGuard(allowedOrigins));
					}
				});
			}
		};
		List<Connector> network = bolt.getConnectors().stream().filter(SocketNettyConnector.class::isInstance).toList();
		if (network.isEmpty()) {
			throw new IllegalStateException("Neo4j's Bolt server has no network connector to guard");
		}
		network.forEach(connector -> connector.registerListener(listener));
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		if (in.readableBytes() < GET.length) {
			return;
		}
		if (!startsWith(in, GET)) {
			ctx.pipeline().remove(this); // Bolt's own handshake or TLS: not ours to judge
			return;
		}
		int end = ByteBufUtil.indexOf(Unpooled.wrappedBuffer(END_OF_HEADERS), in);
		if (end < 0) {
			if (in.readableBytes() > MAX_HANDSHAKE) {
				in.skipBytes(in.readableBytes());
				ctx.close();
			}
			return;
		}
		String origin = header(in.toString(in.readerIndex(), end - in.readerIndex(), StandardCharsets.ISO_8859_1),
				"origin");
		if (origin != null && !allowedOrigins.contains(origin.toLowerCase(Locale.ROOT))) {
			in.skipBytes(in.readableBytes());
			log.warn("Refused a Bolt WebSocket connection from a web page at {}: only Neo4j Browser's own origin may connect",
					origin.length() > 100 ? origin.substring(0, 100) + "…" : origin);
			String body = "Bolt over WebSocket is open to Neo4j Browser on this server only, not to " + origin + "\n";
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			String head = "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
					+ bytes.length + "\r\nConnection: close\r\n\r\n";
			ctx.writeAndFlush(Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), bytes))
				.addListener(ChannelFutureListener.CLOSE);
			return;
		}
		ctx.pipeline().remove(this); // what was read so far goes on to Neo4j's own handlers
	}

	private static boolean startsWith(ByteBuf in, byte[] prefix) {
		for (int i = 0; i < prefix.length; i++) {
			if (in.getByte(in.readerIndex() + i) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** The value of the first header called {@code name} (lower case) in an HTTP request head, or null. */
	static String header(String head, String name) {
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

}
