package org.mentorship.cli.lsp;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.mentorship.dsl.ide.server.RequestErrors;

/**
 * LSP4J's launcher as {@code Launcher.createLauncher(server, LanguageClient.class, in, out, true, trace)}
 * builds it, with two changes for robustness (issue 16): frames are read by {@link ResyncingMessageProducer}
 * (a malformed Content-Length no longer hangs the server), and a request that throws is answered by
 * {@link RequestErrors} (InvalidParams in words, no stack trace with document text in the log).
 */
public final class ServerLauncher {

	private ServerLauncher() {
	}

	public static Launcher<LanguageClient> create(LanguageServerImpl server, InputStream in, OutputStream out,
			PrintWriter trace) {
		Launcher.Builder<LanguageClient> builder = new Launcher.Builder<>() {
			private MessageJsonHandler json;
			private RemoteEndpoint endpoint;

			@Override
			protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
				json = jsonHandler;
				endpoint = super.createRemoteEndpoint(jsonHandler);
				return endpoint;
			}

			@Override
			protected ConcurrentMessageProcessor createMessageProcessor(MessageProducer reader, MessageConsumer consumer,
					LanguageClient client) {
				return super.createMessageProcessor(new ResyncingMessageProducer(input, json, endpoint), consumer, client);
			}
		};
		builder.setLocalService(server).setRemoteInterface(LanguageClient.class)
				.setInput(new BufferedInputStream(in)).setOutput(out).validateMessages(true)
				.setExceptionHandler(RequestErrors::toResponseError);
		if (trace != null) {
			builder.traceMessages(trace);
		}
		return builder.create();
	}
}
