package org.mentorship.cli.lsp;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.log4j.Logger;
import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * In place of LSP4J's StreamMessageProducer: frames are read by {@link FramedMessageReader}, which skips
 * malformed ones instead of hanging; a frame whose JSON cannot be read is skipped with one log line
 * (its length, never its content: it may hold a whole agreement).
 */
final class ResyncingMessageProducer implements MessageProducer, Closeable {

	private static final Logger LOG = Logger.getLogger(ResyncingMessageProducer.class);

	private final InputStream in;
	private final MessageJsonHandler json;
	private final MessageIssueHandler issues;
	private volatile boolean running;

	ResyncingMessageProducer(InputStream in, MessageJsonHandler json, MessageIssueHandler issues) {
		this.in = in;
		this.json = json;
		this.issues = issues;
	}

	@Override
	public void listen(MessageConsumer consumer) {
		running = true;
		FramedMessageReader frames = new FramedMessageReader(in, why -> LOG.warn("skipped input from the editor: " + why));
		try {
			String content;
			while (running && (content = frames.next()) != null) {
				if (content.isBlank()) {
					LOG.warn("skipped input from the editor: a message with no content");
					continue;
				}
				Message message;
				try {
					message = json.parseMessage(content);
				} catch (MessageIssueException e) {
					issues.handle(e.getRpcMessage(), e.getIssues()); // answers the request with an error
					continue;
				} catch (RuntimeException e) {
					LOG.warn("skipped a message of " + content.length() + " characters that is not JSON-RPC ("
							+ e.getClass().getSimpleName() + ")");
					continue;
				}
				if (message == null) {
					LOG.warn("skipped a message of " + content.length() + " characters that is not JSON-RPC");
					continue;
				}
				try {
					consumer.consume(message);
				} catch (MessageIssueException e) {
					issues.handle(e.getRpcMessage(), asInvalidParams(e.getIssues()));
				}
			}
		} catch (IOException e) {
			if (running) {
				throw new JsonRpcException(e);
			}
		} finally {
			running = false;
		}
	}

	/**
	 * Parameters that break the protocol's rules (a required field missing) are InvalidParams, also when
	 * there are several: LSP4J would answer those InvalidRequest.
	 */
	private static List<MessageIssue> asInvalidParams(List<MessageIssue> found) {
		String text = found.stream().map(MessageIssue::getText).collect(Collectors.joining(" "));
		return List.of(new MessageIssue(text, ResponseErrorCode.InvalidParams.getValue()));
	}

	@Override
	public void close() {
		running = false;
		try {
			in.close();
		} catch (IOException e) {
			// closing anyway
		}
	}
}
