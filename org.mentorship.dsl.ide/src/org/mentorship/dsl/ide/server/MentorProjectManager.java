package org.mentorship.dsl.ide.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.build.Source2GeneratedMapping;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.workspace.ISourceFolder;

import com.google.inject.Inject;

/**
 * Xtext's project manager with a first build on every core, the editor's open documents first ({@link FirstBuild}).
 * Every later build (a change, a save, a file changed on disk) is Xtext's own, on the index this one leaves.
 */
public class MentorProjectManager extends ProjectManager {

	@Inject
	private OpenedFirst opened;

	@Inject
	private LastSessionDiagnostics lastSession;

	/**
	 * After the first build the resource set is empty, so a read request may be the first to load a file. Read
	 * requests run in parallel, and EMF's resource set is not safe for two threads creating the same resource
	 * (XtextResourceSet throws "already registered"): one load at a time. Writes never run beside reads.
	 */
	@Override
	public synchronized Resource getResource(URI uri) {
		return super.getResource(uri);
	}

	@Override
	public IncrementalBuilder.Result doInitialBuild(CancelIndicator cancelIndicator) {
		List<URI> files = new ArrayList<>();
		for (ISourceFolder folder : getProjectConfig().getSourceFolders()) {
			for (URI file : folder.getAllResources(fileSystemScanner)) {
				if (languagesRegistry.getResourceServiceProvider(file) != null) {
					files.add(file);
				}
			}
		}
		// the last session's diagnostics, if these are its files unchanged: then no document need be checked early
		boolean shown = lastSession.beforeFirstBuild(this, files);
		FirstBuild.Outcome outcome = new FirstBuild(this, languagesRegistry, getIssueAcceptor(), opened, cancelIndicator)
				.run(files, Runtime.getRuntime().availableProcessors(), !shown);
		setIndexState(new IndexState(outcome.index(), new Source2GeneratedMapping()));
		getIndexProvider().get().put(getProjectDescription().getName(), outcome.index());
		createFreshResourceSet(outcome.index()); // empty: later builds load the files they need
		if (outcome.leftToXtext().isEmpty()) {
			return new IncrementalBuilder.Result(getIndexState(), outcome.deltas());
		}
		IncrementalBuilder.Result rest = doBuild(outcome.leftToXtext(), new ArrayList<>(), new ArrayList<>(), cancelIndicator);
		Set<URI> rebuilt = new HashSet<>();
		rest.getAffectedResources().forEach(delta -> rebuilt.add(delta.getUri()));
		List<IResourceDescription.Delta> deltas = new ArrayList<>(rest.getAffectedResources());
		outcome.deltas().stream().filter(delta -> !rebuilt.contains(delta.getUri())).forEach(deltas::add);
		return new IncrementalBuilder.Result(getIndexState(), deltas);
	}
}
