package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * `mentor lsp` as a process on real pipes, as an editor starts it (MentorCli.main): the second start answers
 * initialize from the first start's answer (of the same workspace, or of another one through the folder they share),
 * having loaded no class of Guice, Xtext, EMF, LSP4J or log4j before it (the class-load log, in order), and the
 * session goes on with the real server.
 */
class InitializeFromCacheProcessTest {

	@TempDir
	Path temp;

	/** One session of `mentor lsp` on the folder {@code workspace} with {@code storage} as its cacheFolder. */
	private JsonObject session(Path classLog, String workspace, String storage) throws Exception {
		Files.createDirectories(temp.resolve(workspace));
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process process = new ProcessBuilder(java, "-Xlog:disable", "-Xlog:all=warning:stderr",
				"-Xlog:class+load:file=" + classLog, "-cp", classPath, MentorCli.class.getName(), "lsp")
				.redirectError(temp.resolve("stderr.txt").toFile()).start();
		try {
			OutputStream toServer = process.getOutputStream();
			InputStream fromServer = process.getInputStream();
			send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":" + ProcessHandle.current().pid()
					+ ",\"rootUri\":" + new JsonPrimitive(temp.resolve(workspace).toUri().toString())
					+ ",\"capabilities\":{},\"initializationOptions\":{\"buildAfterInitialize\":true,\"cacheFolder\":"
					+ new JsonPrimitive(temp.resolve(storage).toString()) + ",\"sharedCacheFolder\":"
					+ new JsonPrimitive(temp.resolve("global-storage").toString()) + "}}}");
			JsonObject answer = LspFrames.next(fromServer);
			assertNotNull(answer, "no answer; stderr: " + Files.readString(temp.resolve("stderr.txt")));
			send(toServer, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
			JsonObject next = LspFrames.next(fromServer);
			while (next != null && !new JsonPrimitive(2).equals(next.get("id"))) {
				assertTrue(next.has("method"), "no second answer to initialize: " + next);
				next = LspFrames.next(fromServer);
			}
			assertNotNull(next, "shutdown answered");
			send(toServer, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
			assertTrue(process.waitFor(60, TimeUnit.SECONDS));
			assertEquals(0, process.exitValue());
			return answer;
		} finally {
			process.destroyForcibly();
		}
	}

	private static void send(OutputStream out, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(body);
		out.flush();
	}

	@Test
	void aSecondStartAnswersBeforeLoadingTheServersLibraries() throws Exception {
		JsonElement first = session(temp.resolve("first.log"), "workspace", "storage").get("result");
		assertTrue(first.getAsJsonObject().has("capabilities"), first.toString());
		JsonObject second = session(temp.resolve("second.log"), "workspace", "storage");
		assertEquals(first, second.get("result"));
		assertAnsweredBeforeTheLibraries(Files.readAllLines(temp.resolve("second.log")));
	}

	/** The first start of another workspace (a new storage folder), answered from the folder they share. */
	@Test
	void theFirstStartOfAnotherWorkspaceAnswersBeforeLoadingTheServersLibraries() throws Exception {
		JsonElement first = session(temp.resolve("first.log"), "workspace", "storage").get("result");
		JsonObject other = session(temp.resolve("other.log"), "another workspace", "another storage");
		assertEquals(first, other.get("result"));
		assertAnsweredBeforeTheLibraries(Files.readAllLines(temp.resolve("other.log")));
	}

	private static void assertAnsweredBeforeTheLibraries(List<String> loaded) {
		// the early start's streams are made once it has answered; the command line is set up after that (the JVM
		// loads a few picocli types with MentorCli itself, before main runs)
		int commandLine = indexOf(loaded, " org.mentorship.cli.lsp.InitializeFromCache$Streams ");
		assertTrue(commandLine > 0 && commandLine < indexOf(loaded, " org.mentorship.cli.MentorCliModule "),
				"the command line is set up after the early start");
		int cache = indexOf(loaded, " org.mentorship.dsl.ide.server.InitializeAnswerCache ");
		assertTrue(cache > 0 && cache < commandLine, "the cache was read first");
		for (String library : List.of(" com.google.inject.", " org.eclipse.", " org.apache.log4j.")) {
			int at = indexOf(loaded, library);
			assertTrue(at > commandLine, library + " loaded before the answer: " + (at < 0 ? "never" : loaded.get(at)));
		}
	}

	private static int indexOf(List<String> lines, String part) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(part)) {
				return i;
			}
		}
		return -1;
	}
}
