package org.mentorship.dsl.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.mentorship.dsl.mentor.Agreement;
import org.mentorship.dsl.mentor.MentorFile;
import org.mentorship.dsl.parser.SourceText;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * When Xtext's builder (the language server's, on start-up and on save) may generate an agreement's
 * summary and calendar: when generation on save is on ({@link GeneratorSettings}), it has no errors AND its
 * outputs already exist in its output folder ({@link OutputLocation}). Opening a folder of agreements in an
 * editor must not write files into it; once a user has generated an agreement (code lens, editor command or
 * `mentor generate`), saving it keeps its summary and calendar up to date.
 * <p>
 * Xtext's builder also runs on every keystroke in an open document; the outputs must then stay as they are:
 * only text that is on disk is generated ({@link #savedAsIs}), so unsaved edits never reach a summary and
 * typing never writes files.
 */
@Singleton
public class GeneratedBeforeOnly extends IShouldGenerate.OnlyWithoutErrors {

	@Inject
	private GeneratorSettings settings;

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return settings.generateOnSave() && generatedBefore(resource, settings) && savedAsIs(resource)
				&& super.shouldGenerate(resource, cancelIndicator);
	}

	/** Whether the text the builder has is the text of the file on disk (not an editor's unsaved copy). */
	static boolean savedAsIs(Resource resource) {
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return false;
		}
		try {
			String onDisk = SourceText.lenient(Files.readAllBytes(Paths.get(resource.getURI().toFileString())));
			return onDisk.equals(xtext.getParseResult().getRootNode().getText());
		} catch (IOException | RuntimeException e) {
			return false; // gone or unreadable: nothing saved to generate from
		}
	}

	static boolean generatedBefore(Resource resource, GeneratorSettings settings) {
		if (resource.getURI() == null || !resource.getURI().isFile() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof MentorFile file)
				|| !(file.getDocument() instanceof Agreement agreement)) {
			return false;
		}
		Optional<String> html = OutputNames.of(agreement.getName(), "html");
		Optional<String> ics = OutputNames.of(agreement.getName(), "ics");
		Path generated = settings.outputFolderOf(Paths.get(resource.getURI().toFileString()));
		return html.map(name -> Files.isRegularFile(generated.resolve(name))).orElse(false)
				|| ics.map(name -> Files.isRegularFile(generated.resolve(name))).orElse(false);
	}
}
