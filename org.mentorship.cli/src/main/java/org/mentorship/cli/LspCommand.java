package org.mentorship.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.WriterAppender;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import org.mentorship.cli.lsp.InitializeFromCache;
import org.mentorship.cli.lsp.ServerLauncher;
import org.mentorship.dsl.ide.server.MentorServerLauncher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mentor lsp}: the language server (Xtext's, with the editor services of org.mentorship.dsl.ide) on
 * stdin/stdout, for VS Code, Neovim and any other LSP client.
 *
 * stdout carries only JSON-RPC: the real stdout is taken for the connection before anything else runs, and
 * {@code System.out} is pointed at stderr, so a stray print from any library lands on stderr instead of
 * corrupting the protocol. Logs (log4j, see log4j.properties) go to stderr; {@code --log FILE} also writes
 * every JSON-RPC message and the server's log lines (info and up) to FILE.
 *
 * The server is the one every front end runs (MentorServerLauncher, shared with the Eclipse editor). A later start
 * with a cache folder answers initialize before it exists ({@link InitializeFromCache}, docs/editor-services.md).
 */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = MentorCli.Version.class,
		description = { "Run the language server (LSP on stdin and stdout) for an editor.",
				"stdout carries only JSON-RPC; logs go to stderr. The server stops when the editor sends exit or"
						+ " closes stdin." },
		footer = { "%nExample (what an editor runs):", "  java -jar mentor.jar lsp --log lsp.log" })
class LspCommand implements Callable<Integer> {

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Option(names = "--log", paramLabel = "FILE",
			description = "Also write every JSON-RPC message and the server's log (info and up) to FILE (appended).")
	Path log;

	@Override
	public Integer call() throws IOException, InterruptedException {
		// The real stdout belongs to the protocol from here on; System.out is redirected to stderr.
		InitializeFromCache.Streams started = InitializeFromCache.takeStarted(); // see MentorCli.main
		OutputStream protocolOut = started != null ? started.out() : new FileOutputStream(FileDescriptor.out);
		InputStream protocolIn = started != null ? started.in() : new FileInputStream(FileDescriptor.in);
		PrintStream stdout = System.out;
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		PrintWriter trace = null;
		try {
			if (log != null) {
				trace = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(log, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND, StandardOpenOption.WRITE), StandardCharsets.UTF_8), true);
				logTo(trace);
			}
			return serve(protocolIn, protocolOut, trace, spec.commandLine().getErr());
		} finally {
			System.setOut(stdout);
			if (trace != null) {
				trace.flush();
			}
		}
	}

	/** Runs the server on the streams until the input ends; the exit code (tests call this with pipes). */
	static int serve(InputStream in, OutputStream out, PrintWriter trace, PrintWriter err) throws InterruptedException {
		LanguageServerImpl server = MentorServerLauncher.newServer();
		Launcher<LanguageClient> launcher = ServerLauncher.create(server, in, out, trace);
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		try {
			listening.get(); // returns when stdin closes; the exit notification ends the process itself
		} catch (ExecutionException e) {
			err.println("mentor: the connection to the editor failed: " + e.getCause());
			return MentorCli.USAGE_OR_IO;
		}
		return MentorCli.OK;
	}

	private static void logTo(PrintWriter file) {
		Logger root = Logger.getRootLogger();
		// stderr keeps warnings and up (log4j.properties); the file gets info and up
		if (root.getAppender("stderr") instanceof org.apache.log4j.AppenderSkeleton stderr) {
			stderr.setThreshold(Level.WARN);
		}
		WriterAppender appender = new WriterAppender(new PatternLayout("%d{ISO8601} %p %c{1} - %m%n"), file);
		appender.setName("lspLogFile");
		appender.setThreshold(Level.INFO);
		root.addAppender(appender);
		if (!root.isEnabledFor(Level.INFO)) {
			root.setLevel(Level.INFO);
		}
	}
}
