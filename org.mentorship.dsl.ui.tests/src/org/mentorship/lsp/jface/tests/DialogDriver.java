package org.mentorship.lsp.jface.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drives a modal dialog the way a user would, from inside its own event loop: a modal dialog's open() returns
 * only when it is closed, so the steps are queued before it opens and run from timers, each one retried until
 * it succeeds (the dialog, a page or the server's answer may not be there yet). A step that never succeeds
 * closes the dialog, so the test fails instead of hanging.
 */
public final class DialogDriver {

	private record Step(String what, BooleanSupplier action) {
	}

	private final Deque<Step> steps = new ArrayDeque<>();
	private final List<String> done = new ArrayList<>();
	private long deadline;
	private String failure;

	/** Adds a step: the action returns true once it has done its part, false to be tried again shortly. */
	public DialogDriver then(String what, BooleanSupplier action) {
		steps.add(new Step(what, action));
		return this;
	}

	/** Starts running the steps (call just before opening the dialog). */
	public void start() {
		deadline = System.currentTimeMillis() + Ui.TIMEOUT_MS;
		Display.getCurrent().timerExec(50, this::next);
	}

	/** After the dialog has closed: fails unless every step ran. */
	public void assertAllDone() {
		if (failure != null || !steps.isEmpty()) {
			throw new AssertionError("Dialog steps done: " + done + "; stuck at: "
					+ (failure != null ? failure : steps.peek().what()));
		}
	}

	private void next() {
		Step step = steps.peek();
		if (step == null) {
			return;
		}
		if (step.action().getAsBoolean()) {
			done.add(steps.remove().what());
			Display.getCurrent().timerExec(50, this::next);
		} else if (System.currentTimeMillis() > deadline) {
			failure = step.what() + " (timed out; shells: " + shells() + "; the dialog shows: " + dialog().map(DialogDriver::texts).orElse(List.of()) + ")";
			dialog().ifPresent(Shell::close);
		} else {
			Display.getCurrent().timerExec(50, this::next);
		}
	}

	/** The open dialog whose title starts with this (found by title: under Xvfb without a window manager no shell is active). */
	public static Optional<Shell> dialog(String title) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getParent() != null && shell.getText().startsWith(title)) {
				return Optional.of(shell);
			}
		}
		return Optional.empty();
	}

	private static List<String> texts(Shell shell) {
		List<String> texts = new ArrayList<>(treeLabels(shell));
		for (Control control : all(shell)) {
			if (control instanceof org.eclipse.swt.widgets.Label label && control.isVisible()) {
				texts.add(label.getText());
			} else if (control instanceof org.eclipse.swt.widgets.Table table && control.isVisible()) {
				for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
					texts.add(item.getText());
				}
			}
		}
		return texts;
	}

	private static List<String> shells() {
		List<String> titles = new ArrayList<>();
		for (Shell shell : Display.getCurrent().getShells()) {
			titles.add("'" + shell.getText() + "'" + (shell.isVisible() ? "" : " (hidden)") + (shell.getParent() == null ? " (top)" : ""));
		}
		return titles;
	}

	/** Any open dialog (a shell with a parent). */
	private static Optional<Shell> dialog() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getParent() != null) {
				return Optional.of(shell);
			}
		}
		return Optional.empty();
	}

	/** Presses the enabled button whose label (without the mnemonic's &) is {@code label}; false if there is none. */
	public static boolean press(Shell shell, String label) {
		for (Control control : all(shell)) {
			if (control instanceof Button button && button.isEnabled() && button.isVisible()
					&& button.getText().replace("&", "").equals(label)) {
				button.notifyListeners(SWT.Selection, null);
				return true;
			}
		}
		return false;
	}

	/** The labels of every tree item the dialog shows (expanded ones and their children). */
	public static List<String> treeLabels(Shell shell) {
		List<String> labels = new ArrayList<>();
		for (Control control : all(shell)) {
			if (control instanceof Tree tree && tree.isVisible()) {
				for (TreeItem item : tree.getItems()) {
					collect(item, labels);
				}
			}
		}
		return labels;
	}

	private static void collect(TreeItem item, List<String> labels) {
		labels.add(item.getText());
		if (item.getExpanded()) {
			for (TreeItem child : item.getItems()) {
				collect(child, labels);
			}
		}
	}

	public static List<Control> all(Composite parent) {
		List<Control> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			found.add(child);
			if (child instanceof Composite composite) {
				found.addAll(all(composite));
			}
		}
		return found;
	}
}
