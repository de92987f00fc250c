package org.mentorship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Issue 16: a client storm on one document. Random edits (inserts and deletes at valid positions, and some at
 * positions outside the document, which the server must refuse without changing the text) interleaved with
 * hover, completion, documentSymbol and codeAction requests and didSave. The server stays alive, answers
 * every request without an internal error, logs no error or trace, keeps its memory bounded, and in the end
 * reports what a fresh server reports for the same text. Edits: {@code -Dmentor.storm.edits} (default 5,000,
 * about 40 s on two shared cores; see docs/benchmarks.md).
 */
class LspEditStormTest {

	private static final int EDITS = Integer.getInteger("mentor.storm.edits", 5_000);
	private static final int INTERNAL_ERROR = -32603;
	private static final int INVALID_PARAMS = -32602;
	/** Words and characters a person types, some of the language and some not. */
	private static final String[] TYPED = { "a", "e", " ", "\n", "\"", "goal ", "mentor ", "2027-02-30", "at 25:00",
			"for 45 minutes", "weekly on Tuesday ", "\n  milestone \"x\" due 2027-03-01\n", "é", "ü", "مرحبا", "{", "'", "\t",
			"sign-off\n", "  ", "lee", "sam", "//", "-", "9", "programme", "like " };
	private static final String[] REQUESTS = { "textDocument/hover", "textDocument/completion", "textDocument/documentSymbol",
			"textDocument/codeAction" };

	@TempDir
	Path stormFolder;

	@TempDir
	Path freshFolder;

	@Test
	void fiveThousandRandomEditsLeaveTheServerAnsweringAndRight() throws Exception {
		List<String> errorsLogged = Collections.synchronizedList(new ArrayList<>());
		AppenderSkeleton log = errorsOnly(errorsLogged);
		Logger.getRootLogger().addAppender(log);
		String original = Files.readString(ValidateCommandTest.EXAMPLES.resolve("minimal.mentor"));
		String text = original;
		String uri = stormFolder.resolve("storm.mentor").toUri().toString();
		Random random = new Random(16);
		long started = System.nanoTime();
		long heapAtOneFifth = 0;
		int requests = 0;
		int refusedEdits = 0;
		try (LspSession server = new LspSession(stormFolder)) {
			server.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"languageId\":\"mentor\","
					+ "\"version\":1,\"text\":" + LspSession.quote(text) + "}}");
			for (int edit = 1; edit <= EDITS; edit++) {
				String range;
				String typed = "";
				if (random.nextInt(100) < 3) {
					range = outside(text, random);
					refusedEdits++;
				} else {
					int from = random.nextInt(text.length() + 1);
					boolean insert = text.length() < original.length() / 2
							|| text.length() < original.length() * 2 && random.nextBoolean();
					int to = insert ? from : Math.min(text.length(), from + 1 + random.nextInt(20));
					typed = insert ? TYPED[random.nextInt(TYPED.length)] : "";
					range = range(text, from, to);
					text = text.substring(0, from) + typed + text.substring(to);
				}
				server.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":" + (edit + 1)
						+ "},\"contentChanges\":[{\"range\":" + range + ",\"text\":" + LspSession.quote(typed) + "}]}");
				if (random.nextInt(4) == 0) {
					requests++;
					String method = REQUESTS[random.nextInt(REQUESTS.length)];
					String at = random.nextInt(10) == 0 ? outside(text, random) : range(text, random.nextInt(text.length() + 1), -1);
					assertAnswered(server.request(method, params(method, uri, at)), method + " after edit " + edit);
				}
				if (edit % 250 == 0) {
					server.notify("textDocument/didSave", "{\"textDocument\":{\"uri\":\"" + uri + "\"}}");
				}
				if (edit == EDITS / 5) {
					heapAtOneFifth = usedHeapAfterGc();
				}
			}
			JsonObject symbols = server.request("textDocument/documentSymbol", params("textDocument/documentSymbol", uri, null));
			assertAnswered(symbols, "the last documentSymbol");
			assertTrue(server.serverAlive(), "the server is still running");
			long heapAtEnd = usedHeapAfterGc();
			// the figures docs/benchmarks.md records
			System.out.printf("storm: %d edits (%d outside the document), %d requests in %.1f s; heap %d MB after a fifth,"
					+ " %d MB at the end%n", EDITS, refusedEdits, requests, (System.nanoTime() - started) / 1e9,
					heapAtOneFifth / 1_048_576, heapAtEnd / 1_048_576);
			assertTrue(heapAtEnd < heapAtOneFifth + 64L * 1024 * 1024,
					"memory grows: " + heapAtOneFifth / 1_048_576 + " MB after a fifth, " + heapAtEnd / 1_048_576 + " MB at the end");
			JsonArray diagnostics = server.diagnostics(uri);
			assertNotNull(diagnostics, "diagnostics were published");

			try (LspSession fresh = new LspSession(freshFolder)) {
				String freshUri = freshFolder.resolve("storm.mentor").toUri().toString();
				fresh.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + freshUri + "\",\"languageId\":\"mentor\","
						+ "\"version\":1,\"text\":" + LspSession.quote(text) + "}}");
				JsonObject freshSymbols = fresh.request("textDocument/documentSymbol",
						params("textDocument/documentSymbol", freshUri, null));
				assertEquals(freshSymbols.get("result"), symbols.get("result"), "the outline of the final text");
				// the checks of the whole text follow a pause in typing (PausedChecks): after it, the same findings as a
				// fresh server's, in any order (an editor's list of diagnostics has none)
				List<String> expected = sorted(fresh.diagnostics(freshUri));
				long pauseOver = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
				while (!expected.equals(sorted(server.diagnostics(uri))) && System.nanoTime() < pauseOver) {
					Thread.sleep(50);
				}
				assertEquals(expected, sorted(server.diagnostics(uri)), "the diagnostics of the final text:\n" + text);
			}
		} finally {
			Logger.getRootLogger().removeAppender(log);
		}
		assertEquals(List.of(), errorsLogged);
		assertTrue(requests > EDITS / 5 && refusedEdits > 0, requests + " requests, " + refusedEdits + " edits outside");
	}

	private static List<String> sorted(JsonArray diagnostics) {
		List<String> each = new ArrayList<>();
		diagnostics.forEach(diagnostic -> each.add(diagnostic.toString()));
		Collections.sort(each);
		return each;
	}

	private static void assertAnswered(JsonObject answer, String what) {
		assertNotNull(answer, what + ": no answer within 30 s");
		int code = answer.has("error") ? answer.getAsJsonObject("error").get("code").getAsInt() : 0;
		assertFalse(code == INTERNAL_ERROR, what + ": " + answer);
		assertTrue(answer.has("result") || code == INVALID_PARAMS, what + ": " + answer);
	}

	private static String params(String method, String uri, String range) {
		String document = "{\"textDocument\":{\"uri\":\"" + uri + "\"}";
		if (method.endsWith("documentSymbol")) {
			return document + "}";
		}
		if (method.endsWith("codeAction")) {
			return document + ",\"range\":" + range + ",\"context\":{\"diagnostics\":[]}}";
		}
		String start = range.substring(range.indexOf(":{") + 1, range.indexOf("},") + 1);
		return document + ",\"position\":" + start + "}";
	}

	/** The LSP range of two offsets (to = -1: an empty range at from), lines split at \n. */
	private static String range(String text, int from, int to) {
		return "{\"start\":" + position(text, from) + ",\"end\":" + position(text, to < 0 ? from : to) + "}";
	}

	private static String position(String text, int offset) {
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		long line = text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
		return "{\"line\":" + line + ",\"character\":" + (offset - lineStart) + "}";
	}

	/** A range the document does not have: past its last line, past a line's end, negative, or reversed. */
	private static String outside(String text, Random random) {
		long lines = text.chars().filter(c -> c == '\n').count() + 1;
		return switch (random.nextInt(4)) {
		case 0 -> "{\"start\":{\"line\":" + (lines + 3) + ",\"character\":0},\"end\":{\"line\":" + (lines + 3) + ",\"character\":1}}";
		case 1 -> "{\"start\":{\"line\":0,\"character\":" + (text.indexOf('\n') + 500) + "},\"end\":{\"line\":0,\"character\":"
				+ (text.indexOf('\n') + 501) + "}}";
		case 2 -> "{\"start\":{\"line\":-1,\"character\":-4},\"end\":{\"line\":0,\"character\":2}}";
		default -> "{\"start\":{\"line\":2,\"character\":0},\"end\":{\"line\":1,\"character\":0}}";
		};
	}

	private static long usedHeapAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	private static AppenderSkeleton errorsOnly(List<String> seen) {
		return new AppenderSkeleton() {
			@Override
			protected void append(LoggingEvent event) {
				if (event.getLevel().isGreaterOrEqual(org.apache.log4j.Level.ERROR) || event.getThrowableInformation() != null) {
					seen.add(event.getLevel() + " " + event.getRenderedMessage());
				}
			}

			@Override
			public void close() {
			}

			@Override
			public boolean requiresLayout() {
				return false;
			}
		};
	}
}
