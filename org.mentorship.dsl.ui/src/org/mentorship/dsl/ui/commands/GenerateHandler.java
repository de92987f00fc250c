package org.mentorship.dsl.ui.commands;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.mentorship.dsl.ide.codelens.MentorCommands;
import org.mentorship.dsl.ui.preferences.MentorPreferences;
import org.mentorship.lsp.jface.Documents;
import org.mentorship.lsp.jface.LanguageServers;
import org.mentorship.lsp.jface.ServerConnection;
import org.mentorship.lsp.jface.actions.EditorContext;

/**
 * Generate Summary and Calendar: the server's {@code mentor.generate} command on the agreement of the active editor
 * or the selected file. When files were written, the output folder is refreshed and the summary opened (if the
 * preference says so); when nothing was, the server's reason is shown.
 */
public class GenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<IFile> file = target(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (file.isEmpty()) {
			MessageDialog.openInformation(shell, "Generate Summary and Calendar", "Select or open a .mentor agreement first.");
			return null;
		}
		generate(file.get()).thenAccept(result -> Display.getDefault().asyncExec(() -> report(result, shell)));
		return null;
	}

	/** What the server answered: the files written, or the reason nothing was. */
	public record Result(IFile agreement, List<String> written, String reason) {
	}

	public static CompletableFuture<Result> generate(IFile file) {
		Optional<ServerConnection> server = LanguageServers.forFile(file);
		Optional<String> uri = Documents.uri(file);
		if (server.isEmpty() || uri.isEmpty()) {
			return CompletableFuture.completedFuture(new Result(file, List.of(), "Not a .mentor file."));
		}
		ExecuteCommandParams params = new ExecuteCommandParams(MentorCommands.GENERATE, List.of(uri.get()));
		return server.get().request(s -> s.getWorkspaceService().executeCommand(params)).handle((answer, error) -> {
			if (error != null) {
				return new Result(file, List.of(), "The language server failed: " + error.getMessage());
			}
			List<String> written = written(answer);
			refresh(file);
			return written.isEmpty() ? new Result(file, List.of(), String.valueOf(answer)) : new Result(file, written, null);
		});
	}

	/** The server is in-process, so its answer is the Java list it returned (not JSON). */
	private static List<String> written(Object answer) {
		List<String> uris = new ArrayList<>();
		if (answer instanceof List<?> list) {
			list.forEach(item -> uris.add(String.valueOf(item)));
		}
		return uris;
	}

	private static void refresh(IFile file) {
		try {
			file.getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			// the files are written; the Project Explorer shows them at the next refresh
		}
	}

	private static void report(Result result, Shell shell) {
		if (result.reason() != null) {
			MessageDialog.openInformation(shell, "Generate Summary and Calendar", result.reason());
			return;
		}
		if (MentorPreferences.openSummary()) {
			result.written().stream().filter(uri -> uri.endsWith(".html")).findFirst()
					.ifPresent(uri -> Program.launch(Documents.path(URI.create(uri).toString()).toString()));
		}
	}

	private static Optional<IFile> target(ExecutionEvent event) {
		Optional<EditorContext> editor = EditorContext.of(event);
		if (editor.isPresent()) {
			return Documents.file(editor.get().uri());
		}
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null && LanguageServers.forFile(file).isPresent()) {
				return Optional.of(file);
			}
		}
		return Optional.empty();
	}
}
