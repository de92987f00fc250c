package org.mentorship.dsl.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.mentorship.lsp.jface.tests.Ui;

/** The Problems view for the screenshot tour: a marker selected in it. */
final class ProblemsView {

	private ProblemsView() {
	}

	/** Shows the Problems view with the marker's entries selected; returns its tree viewer. */
	static TreeViewer select(IMarker marker) throws Exception {
		IViewPart problems = Ui.page().showView(IPageLayout.ID_PROBLEM_VIEW);
		Ui.page().activate(problems);
		TreeViewer viewer = (TreeViewer) problems.getSite().getSelectionProvider();
		List<TreeItem> entries = new ArrayList<>();
		Ui.waitUntil("the marker in the Problems view", () -> { // the view shows new markers after a delay
			viewer.expandAll();
			entries.clear();
			collectEntries(viewer.getTree().getItems(), marker, entries);
			return !entries.isEmpty();
		});
		viewer.getTree().setSelection(entries.toArray(TreeItem[]::new));
		Ui.dispatchFor(800);
		return viewer;
	}

	private static void collectEntries(TreeItem[] items, IMarker marker, List<TreeItem> found) {
		for (TreeItem item : items) {
			if (marker.equals(Adapters.adapt(item.getData(), IMarker.class))) {
				found.add(item);
			}
			collectEntries(item.getItems(), marker, found);
		}
	}
}
