package org.mentorship.dsl.ui.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.mentorship.lsp.jface.tests.Ui;

/**
 * The editor's speed, printed (not asserted): keystroke to annotation while typing in a 2,000-line agreement,
 * beside the server's own didChange-to-diagnostics time for the same edits (the difference is what the Eclipse
 * side adds); the longest the UI thread was unavailable while typing (a watchdog posts to it every 5 ms); and
 * opening a 10,000-line agreement. What each stall over 50 ms went to: {@link UiWatchdog}. Runs only with
 * -Dmentor.bench=true (org.mentorship.benchmarks/run-editor).
 */
public class EditorBenchmark {

	private static final int EDITS = 60;
	/**
	 * A pause after each edit, as a typist makes (-Dmentor.bench.pauseMs, 0 by default): what runs when the caret rests
	 * (mark occurrences) then runs while the watchdog measures.
	 */
	private static final int PAUSE_MS = Integer.getInteger("mentor.bench.pauseMs", 0);
	private static final int WARM_UP = 10;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	@Test
	void typingAndOpening() throws Exception {
		assumeTrue(Boolean.getBoolean("mentor.bench"), "benchmark: run with -Dmentor.bench=true");
		IProject project = Ui.project("Bench");
		MentorWorkspace.server();
		System.out.println("| measure | p50 ms | p95 ms | max ms |");
		System.out.println("|---|---:|---:|---:|");
		typing(project, 2_000, false);
		typing(project, 2_000, true);
		opening(project, 10_000);
	}

	/**
	 * Alternately makes and mends an unknown party in the first goal: by replacing a character ("grace" -> "gracX",
	 * nothing moves), or by inserting and deleting one ("grace" -> "graceX": everything below moves by one).
	 */
	private static void typing(IProject project, int lines, boolean inserting) throws Exception {
		IFile file = project.getFile("typing.mentor");
		int before = file.exists() ? MentorWorkspace.publications(file) : 0;
		Ui.file(project, file.getName(), agreement("typing", lines));
		ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		MentorWorkspace.awaitPublication(file, before);
		int at = document.get().indexOf("from grace") + (inserting ? "from grace" : "from grac").length();
		editor.selectAndReveal(at, 0); // the caret where a user types: occurrences of the name at the caret are marked
		List<Double> server = new ArrayList<>();
		List<Double> annotation = new ArrayList<>();
		List<Double> uiCpu = new ArrayList<>();
		UiWatchdog watchdog = null;
		long gcBefore = 0;
		for (int i = 0; i < EDITS; i++) {
			if (i == WARM_UP) {
				watchdog = new UiWatchdog(Display.getCurrent(), Boolean.getBoolean("mentor.bench.stacks"));
				gcBefore = UiWatchdog.gcMillis();
			}
			boolean breaking = i % 2 == 0; // "grace" -> "gracX" (an unknown party) and back
			int published = MentorWorkspace.publications(file);
			long start = System.nanoTime();
			long cpuStart = THREADS.getCurrentThreadCpuTime();
			if (inserting) {
				document.replace(at, breaking ? 0 : 1, breaking ? "X" : "");
				editor.selectAndReveal(breaking ? at + 1 : at, 0); // after the typed character, back after deleting it
			} else {
				document.replace(at, 1, breaking ? "X" : "e");
				editor.selectAndReveal(at + 1, 0);
			}
			Ui.waitUntil("diagnostics", () -> MentorWorkspace.publications(file) > published);
			long diagnosed = System.nanoTime();
			Ui.waitUntil("the annotation", () -> hasError(annotations) == breaking);
			long shown = System.nanoTime();
			if (i >= WARM_UP) {
				server.add((diagnosed - start) / 1e6);
				annotation.add((shown - start) / 1e6);
				uiCpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
			}
			if (PAUSE_MS > 0) {
				Ui.dispatchFor(PAUSE_MS);
			}
		}
		List<UiWatchdog.Probe> probes = watchdog.stop();
		long gcMs = UiWatchdog.gcMillis() - gcBefore;
		String what = "typing, " + lines + " lines, " + (inserting ? "inserting/deleting" : "replacing")
				+ (PAUSE_MS > 0 ? ", " + PAUSE_MS + " ms pauses" : "") + ": ";
		row(what + "keystroke -> server's diagnostics", server);
		row(what + "keystroke -> annotation in the editor", annotation);
		row(what + "UI thread unavailable (watchdog, 5 ms probes, after warm-up)", probes.stream().map(p -> p.delayMs).toList());
		// what the load cannot inflate: the UI thread's own CPU time (a starved thread uses none)
		row(what + "UI thread's CPU while a probe waited (its work, load aside)", probes.stream().map(p -> p.uiCpuMs).toList());
		row(what + "UI thread's CPU from keystroke to annotation", uiCpu);
		List<UiWatchdog.Probe> stalls = UiWatchdog.stalls(probes);
		System.out.printf("| %sstalls over %.0f ms: %d; GC pauses meanwhile %d ms in all; %d problems in the file |  |  |  |%n",
				what, UiWatchdog.STALL_MS, stalls.size(), gcMs, MentorWorkspace.markers(file).length);
		stalls.forEach(stall -> System.out.println(UiWatchdog.describe(stall)));
		Ui.page().closeAllEditors(false);
	}

	private static void opening(IProject project, int lines) throws Exception {
		String text = agreement("opening", lines).replace("from grace", "from gracX");
		IFile file = Ui.file(project, "opening.mentor", text);
		MentorWorkspace.awaitPublication(file, 0); // the server has seen the file on disk: now measure the editor
		List<Double> shown = new ArrayList<>();
		List<Double> marked = new ArrayList<>();
		for (int run = 0; run < 5; run++) {
			long start = System.nanoTime();
			ITextEditor editor = (ITextEditor) IDE.openEditor(Ui.page(), file);
			Ui.dispatchFor(0);
			long painted = System.nanoTime();
			IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			Ui.waitUntil("the marker's annotation", () -> hasError(annotations));
			long annotated = System.nanoTime();
			shown.add((painted - start) / 1e6);
			marked.add((annotated - start) / 1e6);
			Ui.page().closeAllEditors(false);
			Ui.dispatchFor(200);
		}
		row("open " + lines + " lines: editor shown with keyword colours", shown);
		row("open " + lines + " lines: error annotation shown", marked);
	}

	private static boolean hasError(IAnnotationModel model) {
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next().getType().endsWith(".error")) {
				return true;
			}
		}
		return false;
	}

	private static void row(String what, List<Double> samples) {
		List<Double> sorted = new ArrayList<>(samples);
		Collections.sort(sorted);
		double p50 = sorted.get(sorted.size() / 2);
		double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
		System.out.printf("| %s | %.1f | %.1f | %.1f |%n", what, p50, p95, sorted.get(sorted.size() - 1));
	}

	/** An agreement of about the given number of lines: a complete head, then goals of six lines. */
	static String agreement(String id, int lines) {
		StringBuilder text = new StringBuilder(MentorEditorTestData.HEAD.replace("ID", id));
		for (int goal = 1; text.chars().filter(c -> c == '\n').count() + 6 <= lines; goal++) {
			text.append("goal g").append(goal).append(" \"Lead design review ").append(goal).append("\"\n")
					.append("  milestone \"Prepare review ").append(goal).append("\" due 2027-0").append(2 + goal % 8).append("-15\n")
					.append("  milestone \"Hold review ").append(goal).append("\" due 2027-0").append(2 + goal % 8).append("-22\n")
					.append("  evidence artifact \"review notes\" from grace\n")
					.append("  success at least 1 \"review held\"\n\n");
		}
		return text.toString();
	}
}
